// A "Single" trustee's key (specification 4.5), mirroring
// vn.tinnhiem.crypto.trustee.SingleTrusteeKey and belenios-tool `setup generate-trustee-key`:
// a private x in Z_q, and the trustee_public_key { pok, public_key } with X = g^x.

import { provePok, verifyPok } from '../booth/schnorr.js';
import { fail, pass } from './check.js';

/** The public key of x with a fresh proof of knowledge. */
export async function publicKeyOf(group, x) {
  if (typeof x !== 'bigint' || x < 0n || x >= group.q) {
    throw new RangeError('private key not in [0, q)');
  }
  return { pok: await provePok(group, x), public_key: group.gPow(x) };
}

/** A random x and its public key: { privateKey, publicKey }. */
export async function generate(group) {
  const privateKey = group.randomExponent();
  return { privateKey, publicKey: await publicKeyOf(group, privateKey) };
}

/** The key is a group element and its pok, SHA256(pok|G|X|A), verifies. */
export async function check(group, key, step = 'Trustees: Single key') {
  if (!group.isElement(key.public_key)) return fail(step, 'public key is not a group element');
  return await verifyPok(group, key.public_key, key.pok) ? pass(step)
    : fail(step, 'proof of knowledge of the private key does not verify');
}
