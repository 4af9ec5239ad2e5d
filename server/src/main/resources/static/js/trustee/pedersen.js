// A counting-board member's side of the Pedersen ceremony (specification 3.1.1, 4.6),
// mirroring vn.tinnhiem.crypto.trustee.PedersenTrustee (and the checks of PedersenSetup it
// uses): certificate (step 1), polynomial (3), vinput check and voutput (5), and the decryption
// key from the voutput's private part. Byte-compatible with belenios-tool
// `setup generate-trustee-key-threshold`. Members are numbered from 1 in messages.

import { CheckError, run } from './check.js';
import * as pki from './pki.js';
import { provePok } from '../booth/schnorr.js';
import {
  decryptionKey as decryptionKeyMessage, rawCoefexps, rawPolynomial,
  readCertKeys, readDecryptionKey, readRawCoefexps, readRawPolynomial, readSecret, secret,
} from './wire.js';

export const STEP_CERT = 'Pedersen step 1: certificate';
export const STEP_CERTS = 'Pedersen step 2: certificates';
export const STEP_POLYNOMIAL = 'Pedersen step 3: polynomial';
export const STEP_VINPUT = 'Pedersen step 5: vinput';

/** Step 1: the certificate, cert_keys signed with sk (keys from pki.keysFromSeed). */
export function certificate(group, keys) {
  return pki.sign(group, keys.signingKey, pki.certKeysOf(keys));
}

/** A certificate is well formed and signed by the verification key it carries. */
export function checkCertificate(group, cert) {
  return run(STEP_CERT, () => certKeys(group, cert, STEP_CERT, 'certificate'));
}

/** Every certificate valid, no key twice, and ours among them. */
export function checkCertificates(group, keys, certs) {
  return run(STEP_CERTS, async () => ownIndex(keys,
    await allCertKeys(group, certs, STEP_CERTS), STEP_CERTS));
}

/**
 * Step 3: a random polynomial with `threshold` coefficients; the coefficients sent to
 * ourselves, f(j) sent to each member j, and the signed g^{a_k}. Progress counts members.
 */
export async function polynomial(group, keys, certs, threshold, onProgress = () => {}) {
  const step = STEP_POLYNOMIAL;
  const all = await allCertKeys(group, certs, step);
  ownIndex(keys, all, step);
  if (!Number.isInteger(threshold) || threshold < 1 || threshold > all.length) {
    throw new CheckError(step, `threshold ${threshold} not in 1..${all.length}`);
  }
  const a = [];
  for (let k = 0; k < threshold; k++) a.push(group.randomExponent());
  const coefexps = a.map((ak) => group.gPow(ak));
  const sk = keys.signingKey;
  const sentPolynomial = await pki.send(group, sk, keys.encryption, rawPolynomial(a));
  const secrets = [];
  for (let j = 1; j <= all.length; j++) {
    onProgress({ done: j - 1, total: all.length });
    secrets.push(await pki.send(group, sk, all[j - 1].encryption, secret(evaluate(group, a, j))));
  }
  onProgress({ done: all.length, total: all.length });
  return { polynomial: sentPolynomial, secrets,
    coefexps: await pki.sign(group, sk, rawCoefexps(coefexps)) };
}

/** Step 5a–b: certificates valid, and every share g^{s_ij} = Π_k A_ik^(j^k). */
export function checkVinput(group, keys, certs, vinput) {
  return run(STEP_VINPUT, () => decryptionKeyFromVinput(group, keys, certs, vinput));
}

/**
 * Step 5c: checks the vinput, then S_j = Σ_i s_ij mod q, sent to ourselves, and g^{S_j}
 * with its pok. Throws a CheckError when the vinput fails its check.
 */
export async function voutput(group, keys, certs, vinput, onProgress = () => {}) {
  const s = await decryptionKeyFromVinput(group, keys, certs, vinput, onProgress);
  return {
    private_key: await pki.send(group, keys.signingKey, keys.encryption, decryptionKeyMessage(s)),
    public_key: { pok: await provePok(group, s), public_key: group.gPow(s) },
  };
}

/**
 * The member's decryption key S_j from the private part of its voutput (belenios-tool's
 * .dkey); opening it checks our own signature and the recipient.
 */
export async function decryptionKey(group, keys, dkey) {
  const plain = await pki.receive(group, keys.decryptionKey, keys.verification, dkey);
  return readDecryptionKey(group, plain);
}

// ---- internals ---------------------------------------------------------------------------

/** cert_keys of a certificate whose signature is valid. */
async function certKeys(group, cert, step, what) {
  let keys;
  try {
    keys = readCertKeys(group, cert.message);
  } catch (e) {
    throw new CheckError(step, `${what} is malformed: ${e.message}`);
  }
  if (!await pki.verify(group, keys.verification, cert)) {
    throw new CheckError(step, `${what} does not validate (bad signature)`);
  }
  return keys;
}

async function allCertKeys(group, certs, step) {
  if (!Array.isArray(certs) || certs.length === 0) throw new CheckError(step, 'no certificates');
  const out = [];
  const seen = new Set();
  for (let i = 0; i < certs.length; i++) {
    const k = await certKeys(group, certs[i], step, `certificate ${i + 1}`);
    if (seen.has(k.verification) || seen.has(k.encryption) || k.verification === k.encryption) {
      throw new CheckError(step, `certificate ${i + 1} repeats a key of another`);
    }
    seen.add(k.verification);
    seen.add(k.encryption);
    out.push(k);
  }
  return out;
}

function ownIndex(keys, all, step) {
  const i = all.findIndex((k) => k.verification === keys.verification
    && k.encryption === keys.encryption);
  if (i < 0) throw new CheckError(step, 'could not find my certificate');
  return i;
}

async function decryptionKeyFromVinput(group, keys, certs, vinput, onProgress = () => {}) {
  const step = STEP_VINPUT;
  const all = await allCertKeys(group, certs, step);
  const n = all.length;
  const j = ownIndex(keys, all, step) + 1;
  const dk = keys.decryptionKey;
  let threshold;
  try {
    threshold = readRawPolynomial(group,
      await pki.receive(group, dk, keys.verification, vinput.polynomial)).length;
  } catch (e) {
    throw new CheckError(step, `own polynomial: ${e.message}`);
  }
  if (vinput.secrets.length !== n || vinput.coefexps.length !== n) {
    throw new CheckError(step, `expected ${n} secrets and coefexps, got `
      + `${vinput.secrets.length} and ${vinput.coefexps.length}`);
  }
  let sum = 0n;
  for (let i = 0; i < n; i++) {
    onProgress({ done: i, total: n });
    let s;
    try {
      s = readSecret(group, await pki.receive(group, dk, all[i].verification, vinput.secrets[i]));
    } catch (e) {
      throw new CheckError(step, `secret ${i + 1}: ${e.message}`);
    }
    const a = await signedCoefexps(group, all[i], vinput.coefexps[i], i, step);
    if (a.length !== threshold) {
      throw new CheckError(step, `coefexps ${i + 1} has ${a.length} commitments, our`
        + ` polynomial ${threshold}`);
    }
    if (group.gPow(s) !== shareCommitment(group, a, j)) {
      throw new CheckError(step, `secret ${i + 1} does not validate`);
    }
    sum += s;
  }
  onProgress({ done: n, total: n });
  return sum % group.q;
}

async function signedCoefexps(group, signer, coefexps, index, step) {
  if (!await pki.verify(group, signer.verification, coefexps)) {
    throw new CheckError(step, `coefexps ${index + 1} does not validate (bad signature)`);
  }
  try {
    return readRawCoefexps(group, coefexps.message);
  } catch (e) {
    throw new CheckError(step, `coefexps ${index + 1} is malformed: ${e.message}`);
  }
}

/** Π_k A_k^(j^k): g raised to the polynomial's value at j. */
export function shareCommitment(group, coefexps, j) {
  let power = 1n;
  let acc = 1n;
  for (const a of coefexps) {
    acc = group.mul(acc, group.pow(a, power));
    power = (power * BigInt(j)) % group.q;
  }
  return acc;
}

/** f(j) mod q by Horner's rule. */
function evaluate(group, a, j) {
  let acc = 0n;
  for (let k = a.length - 1; k >= 0; k--) acc = (acc * BigInt(j) + a[k]) % group.q;
  return acc;
}

