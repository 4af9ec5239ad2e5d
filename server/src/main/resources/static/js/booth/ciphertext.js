// ElGamal ciphertexts (g^r, y^r · g^m) (specification 4.3), mirroring
// vn.tinnhiem.crypto.group.Ciphertext. A ciphertext is { alpha, beta } of BigInt.

/** The neutral ciphertext (1, 1): an encryption of 0 with r = 0, the start of a product. */
export const ONE = Object.freeze({ alpha: 1n, beta: 1n });

/** Encrypts the small integer m with randomness r under the election key y. */
export function encrypt(group, y, r, m) {
  const beta = group.keyPow(y, r);
  return { alpha: group.gPow(r), beta: m === 0 ? beta : group.mul(beta, group.gPow(BigInt(m))) };
}

/** The homomorphic sum: pointwise product. */
export function times(group, a, b) {
  return { alpha: group.mul(a.alpha, b.alpha), beta: group.mul(a.beta, b.beta) };
}

export function equals(a, b) {
  return a.alpha === b.alpha && a.beta === b.beta;
}
