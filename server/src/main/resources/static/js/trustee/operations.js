// The trustee's operations on wire-format text, as the Web Worker (trustee-worker.js) and the
// tests run them: JSON text in, JSON text out (byte-exact, ready to post), group by name.
// Private inputs (seed, private key) arrive as strings and never leave except as results the
// page asked for; nothing here logs.

import { groupByName } from '../booth/group.js';
import { write } from '../booth/json.js';
import { CheckError } from './check.js';
import * as decryption from './decryption.js';
import * as pedersen from './pedersen.js';
import { generateSeed, keysFromSeed } from './pki.js';
import * as single from './single.js';
import { parseSignedMessage, parseTrusteePublicKey, parseVinput, parseVoutput } from './wire.js';

const certificatesOf = (group, texts) => texts.map((c, i) =>
  parseSignedMessage(group, c, `certificate ${i + 1}`));

const STEP_KEY = 'Decryption key';

export const operations = {
  /** Single trustee: a fresh private key (decimal) and its public key JSON. */
  async singleKey({ group }) {
    const g = groupByName(group);
    const { privateKey, publicKey } = await single.generate(g);
    return { privateKey: String(privateKey), publicKey: write(publicKey) };
  },

  /** The public key JSON of a stored Single private key (decimal). */
  async singlePublicKey({ group, privateKey }) {
    return write(await single.publicKeyOf(groupByName(group), BigInt(privateKey)));
  },

  checkSinglePublicKey({ group, publicKey }) {
    const g = groupByName(group);
    return single.check(g, parseTrusteePublicKey(g, publicKey));
  },

  /** Step 1: a seed (fresh unless given) and its certificate. */
  async certificate({ group, seed }) {
    const g = groupByName(group);
    const s = seed ?? generateSeed();
    return { seed: s, certificate: write(await pedersen.certificate(g, await keysFromSeed(g, s))) };
  },

  async checkCertificate({ group, certificate }) {
    const g = groupByName(group);
    return pedersen.checkCertificate(g, parseSignedMessage(g, certificate, 'certificate'));
  },

  /** Step 3: the polynomial JSON, from every certificate (in order) and the threshold. */
  async polynomial({ group, seed, certificates, threshold }, onProgress) {
    const g = groupByName(group);
    return write(await pedersen.polynomial(g, await keysFromSeed(g, seed),
      certificatesOf(g, certificates), threshold, onProgress));
  },

  async checkVinput({ group, seed, certificates, vinput }) {
    const g = groupByName(group);
    return pedersen.checkVinput(g, await keysFromSeed(g, seed), certificatesOf(g, certificates),
      parseVinput(g, vinput));
  },

  /** Step 5: the voutput JSON, after checking the vinput (throws a CheckError otherwise). */
  async voutput({ group, seed, certificates, vinput }, onProgress) {
    const g = groupByName(group);
    return write(await pedersen.voutput(g, await keysFromSeed(g, seed),
      certificatesOf(g, certificates), parseVinput(g, vinput), onProgress));
  },

  /**
   * The partial decryption JSON of the encrypted tally. The key is { privateKey } (single)
   * or { seed, voutput } (pedersen: S_j from the voutput's private part). publicKey, when
   * given, is what g^x must be: a key file of another member is refused before any work.
   */
  async partialDecryption({ group, tally, fingerprint, privateKey, seed, voutput, publicKey },
    onProgress) {
    const g = groupByName(group);
    let x;
    let expected = publicKey === undefined ? undefined : g.parseElement(publicKey);
    if (privateKey !== undefined) {
      x = g.parseExponent(privateKey);
    } else {
      const v = parseVoutput(g, voutput);
      expected = v.public_key.public_key;
      try {
        x = await pedersen.decryptionKey(g, await keysFromSeed(g, seed), v.private_key);
      } catch (e) {
        throw new CheckError(STEP_KEY, 'the key does not open this voutput');
      }
    }
    if (expected !== undefined && g.gPow(x) !== expected) {
      throw new CheckError(STEP_KEY, 'the key is not this trustee\'s');
    }
    return write(await decryption.compute(g, decryption.parseEncryptedTally(g, tally), x,
      fingerprint, onProgress));
  },

  async checkPartialDecryption({ group, tally, fingerprint, publicKey, partialDecryption }) {
    const g = groupByName(group);
    return decryption.check(g, decryption.parseEncryptedTally(g, tally), fingerprint,
      g.parseElement(publicKey), decryption.parsePartialDecryption(g, partialDecryption));
  },
};

/** Runs one operation by name; unknown names are refused. */
export function perform(op, args, onProgress) {
  if (!Object.hasOwn(operations, op)) throw new TypeError(`unknown operation "${op}"`);
  return operations[op](args, onProgress);
}
