// Partial decryptions (specification 4.18), mirroring vn.tinnhiem.crypto.trustee.Decryption:
// alpha^x for every ciphertext of the encrypted tally, each with its proof bound to the
// election fingerprint. x is a Single trustee's private key or a Pedersen member's S_j.

import { verifyDecryption, decryptionFactor } from '../booth/schnorr.js';
import { fail, pass } from './check.js';
import { fields, list, parseJson, parseProof } from './wire.js';

const STEP = 'Partial decryption';

/** encrypted_tally: per question, per answer, { alpha, beta } group elements. */
export function parseEncryptedTally(group, json) {
  return list(parseJson(json, 'encrypted tally'), 'encrypted tally').map((row, i) =>
    list(row, `encrypted tally row ${i + 1}`).map((c) => {
      const o = fields(c, `encrypted tally row ${i + 1}`, ['alpha', 'beta']);
      return { alpha: group.parseElement(o.alpha), beta: group.parseElement(o.beta) };
    }));
}

/**
 * { decryption_factors, decryption_proofs } for the tally; progress counts ciphertexts.
 * The public key g^x goes into every proof's challenge, so it is computed once.
 */
export async function compute(group, tally, x, fingerprint, onProgress = () => {}) {
  const publicKey = group.gPow(x);
  const total = tally.reduce((n, row) => n + row.length, 0);
  let done = 0;
  const factors = [];
  const proofs = [];
  for (const row of tally) {
    const f = [];
    const p = [];
    for (const c of row) {
      const made = await decryptionFactor(group, fingerprint, x, publicKey, c.alpha);
      f.push(made.factor);
      p.push(made.proof);
      onProgress({ done: ++done, total });
    }
    factors.push(f);
    proofs.push(p);
  }
  return { decryption_factors: factors, decryption_proofs: proofs };
}

/** partial_decryption parsed: factors group elements, proofs exponents. */
export function parsePartialDecryption(group, json) {
  const o = fields(parseJson(json, 'partial decryption'), 'partial decryption',
    ['decryption_factors', 'decryption_proofs']);
  return {
    decryption_factors: list(o.decryption_factors, 'decryption factors')
      .map((row) => list(row, 'decryption factors').map((x) => group.parseElement(x))),
    decryption_proofs: list(o.decryption_proofs, 'decryption proofs')
      .map((row) => list(row, 'decryption proofs').map((p) => parseProof(group, p))),
  };
}

/** Shape of the tally, and every proof valid for the trustee's public key. */
export async function check(group, tally, fingerprint, publicKey, pd) {
  const { decryption_factors: factors, decryption_proofs: proofs } = pd;
  const sameShape = (xs) => xs.length === tally.length
    && xs.every((row, i) => row.length === tally[i].length);
  if (!sameShape(factors) || !sameShape(proofs)) {
    return fail(STEP, 'shape differs from the encrypted tally');
  }
  for (let i = 0; i < tally.length; i++) {
    for (let j = 0; j < tally[i].length; j++) {
      if (!await verifyDecryption(group, fingerprint, publicKey, tally[i][j].alpha,
        factors[i][j], proofs[i][j])) {
        return fail(STEP, `proof [${i}][${j}] does not verify`);
      }
    }
  }
  return pass(STEP);
}
