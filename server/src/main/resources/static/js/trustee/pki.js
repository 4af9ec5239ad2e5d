// The public key infrastructure of the threshold ceremony (specification 4.6.1, 4.6.3),
// mirroring vn.tinnhiem.crypto.trustee.Pki: seeds and the keys derived from them, El Gamal +
// AES-CCM encryption of strings, signed messages, and channels (sign, then encrypt to the
// recipient).

import { BASE58 } from '../booth/credential.js';
import { sha256, toExponent, toHex, utf8 } from '../booth/hash.js';
import { write } from '../booth/json.js';
import { signMessage, verifyMessage } from '../booth/schnorr.js';
import * as ccm from './aes-ccm.js';
import {
  certKeysMessage, channelMessage, parseEncryptedMessage, parseSignedMessage, readChannelMessage,
} from './wire.js';

/** belenios-tool's seeds are 22 base58 characters (about 129 bits). */
export const SEED_LENGTH = 22;
const decoder = new TextDecoder('utf-8', { fatal: true });

export function generateSeed() {
  let seed = '';
  while (seed.length < SEED_LENGTH) {
    const [byte] = crypto.getRandomValues(new Uint8Array(1));
    if (byte < 58 * 4) seed += BASE58[byte % 58]; // rejection keeps the digits uniform
  }
  return seed;
}

export function isSeed(s) {
  return typeof s === 'string' && s.length === SEED_LENGTH
    && [...s].every((c) => BASE58.includes(c));
}

/**
 * A member's private PKI material from its seed: sk = SHA256("sk|" + seed), dk =
 * SHA256("dk|" + seed), reduced mod q (they only serve as exponents), and the certificate's
 * public keys g^sk, g^dk.
 */
export async function keysFromSeed(group, seed) {
  if (!isSeed(seed)) throw new TypeError(`a seed is ${SEED_LENGTH} base58 characters`);
  const signingKey = await toExponent(`sk|${seed}`, group.q);
  const decryptionKey = await toExponent(`dk|${seed}`, group.q);
  return Object.freeze({ seed, signingKey, decryptionKey,
    verification: group.gPow(signingKey), encryption: group.gPow(decryptionKey) });
}

/** The certificate's message, cert_keys, of these keys. */
export function certKeysOf(keys) {
  return certKeysMessage(keys.verification, keys.encryption);
}

// ---- signed messages ---------------------------------------------------------------------

export async function sign(group, signingKey, message) {
  return { message, signature: await signMessage(group, signingKey, message) };
}

export function verify(group, verificationKey, signed) {
  return verifyMessage(group, verificationKey, signed.message, signed.signature);
}

// ---- encryption --------------------------------------------------------------------------

/**
 * alpha = g^r, beta = ek^r·g^s; the AES-256 key is SHA256("key|" + g^s) and the CCM IV
 * SHA256("iv|" + alpha), numbers in decimal.
 */
export async function encrypt(group, encryptionKey, plaintext) {
  const r = group.randomExponent();
  const gs = group.gPow(group.randomExponent());
  const alpha = group.gPow(r);
  const beta = group.mul(group.pow(encryptionKey, r), gs);
  const data = await ccm.encrypt(await sha256(`key|${gs}`), await sha256(`iv|${alpha}`),
    utf8(plaintext));
  return { alpha, beta, data: toHex(data) };
}

/** The plaintext, recovering g^s = beta / alpha^dk; throws when the tag does not match. */
export async function decrypt(group, decryptionKey, message) {
  const gs = group.div(message.beta, group.pow(message.alpha, decryptionKey));
  const bytes = new Uint8Array(message.data.length / 2);
  for (let i = 0; i < bytes.length; i++) {
    bytes[i] = parseInt(message.data.substr(2 * i, 2), 16);
  }
  const plain = await ccm.decrypt(await sha256(`key|${gs}`), await sha256(`iv|${message.alpha}`),
    bytes);
  if (plain === null) {
    throw new Error('cannot decrypt message: wrong decryption key or altered data');
  }
  try {
    return decoder.decode(plain);
  } catch (e) {
    throw new TypeError('decrypted message is not UTF-8');
  }
}

// ---- channels ----------------------------------------------------------------------------

/** send(sk, recipient, M): channel_msg signed with sk, encrypted to recipient; as a string. */
export async function send(group, signingKey, recipient, message) {
  const signed = await sign(group, signingKey, channelMessage(recipient, message));
  return write(await encrypt(group, recipient, write(signed)));
}

/**
 * Opens a channel message (a serialised encrypted_msg): decrypts with dk, checks the
 * sender's signature and that the recipient is g^dk.
 */
export async function receive(group, decryptionKey, senderVerification, text) {
  const encrypted = parseEncryptedMessage(group, text);
  const signed = parseSignedMessage(group, await decrypt(group, decryptionKey, encrypted));
  if (!await verify(group, senderVerification, signed)) {
    throw new Error('invalid signature on received message');
  }
  const msg = readChannelMessage(group, signed.message);
  if (msg.recipient !== group.gPow(decryptionKey)) {
    throw new Error('invalid recipient on received message');
  }
  return msg.message;
}
