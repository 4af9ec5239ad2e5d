// The Schnorr-shaped proofs of Belenios, mirroring vn.tinnhiem.crypto.proof.Schnorr: knowledge
// of a key bound to a text (ballot signatures 4.14, signed messages of the threshold PKI
// 4.6.1), proof of knowledge of a trustee key (4.5) and of a correct decryption factor (4.18).
// A proof is { challenge, response } of BigInt; the verify functions answer, never throw.

import { mod } from './group.js';
import { toExponent } from './hash.js';

/** response = w − secret × challenge mod q. */
export function respond(group, w, secret, challenge) {
  return mod(w - secret * challenge, group.q);
}

/** Knowledge of x = log_g(X), bound to a text: challenge = SHA256(prefix + g^w) mod q. */
export async function proveKnowledge(group, x, prefix) {
  const w = group.randomExponent();
  const challenge = await toExponent(prefix + group.gPow(w), group.q);
  return { challenge, response: respond(group, w, x, challenge) };
}

export async function verifyKnowledge(group, publicKey, prefix, proof) {
  const a = group.powPow(group.g, proof.response, publicKey, proof.challenge);
  return proof.challenge === await toExponent(prefix + a, group.q);
}

/** signed_msg (4.6.1): challenge SHA256(sigmsg|M|A). */
export function signMessage(group, signingKey, message) {
  return proveKnowledge(group, signingKey, `sigmsg|${message}|`);
}

export function verifyMessage(group, verificationKey, message, proof) {
  return verifyKnowledge(group, verificationKey, `sigmsg|${message}|`, proof);
}

/** Proof of knowledge of a trustee key (4.5): challenge SHA256(pok|G|X|A). */
export async function provePok(group, x) {
  const publicKey = group.gPow(x);
  const w = group.randomExponent();
  const challenge = await pokChallenge(group, publicKey, group.gPow(w));
  return { challenge, response: respond(group, w, x, challenge) };
}

export async function verifyPok(group, publicKey, proof) {
  const a = group.powPow(group.g, proof.response, publicKey, proof.challenge);
  return proof.challenge === await pokChallenge(group, publicKey, a);
}

function pokChallenge(group, publicKey, a) {
  return toExponent(`pok|${group.name}|${publicKey}|${a}`, group.q);
}

/**
 * Decryption factor alpha^x with its proof (4.18), challenge SHA256(decrypt|φ|X|A,B) for
 * X = g^x, A = g^w, B = alpha^w. Both powers of alpha share one table of its odd powers.
 */
export async function decryptionFactor(group, fingerprint, x, publicKey, alpha) {
  const w = group.randomExponent();
  const [factor, b] = group.powsOf(alpha, [x, w]);
  const challenge = await decryptChallenge(group, fingerprint, publicKey, group.gPow(w), b);
  return { factor, proof: { challenge, response: respond(group, w, x, challenge) } };
}

export async function verifyDecryption(group, fingerprint, publicKey, alpha, factor, proof) {
  const a = group.powPow(group.g, proof.response, publicKey, proof.challenge);
  const b = group.powPow(alpha, proof.response, factor, proof.challenge);
  return proof.challenge === await decryptChallenge(group, fingerprint, publicKey, a, b);
}

function decryptChallenge(group, fingerprint, publicKey, a, b) {
  return toExponent(`decrypt|${fingerprint}|${publicKey}|${a},${b}`, group.q);
}
