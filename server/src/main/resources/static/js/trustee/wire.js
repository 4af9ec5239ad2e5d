// Wire forms of the trustee messages (specification 4.5, 4.6, 4.18), mirroring
// vn.tinnhiem.crypto.trustee.Wire and the records around it. Objects are built with the field
// order of belenios-tool so that json.js writes them byte for byte; the small messages that
// travel inside strings (raw_coefexps, raw_polynomial, secret, partial_decryption_key,
// channel_msg) are written here. Parsers check shapes and group membership and throw a
// TypeError or RangeError naming what is wrong; they never put a secret in a message.

import { write } from '../booth/json.js';

/** JSON text parsed, or a TypeError naming what it should have been. */
export function parseJson(text, what) {
  if (typeof text !== 'string') return text;
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new TypeError(`${what} is not JSON`);
  }
}

/** The object, checked to have exactly the required keys plus any of the optional ones. */
export function fields(value, what, required, optional = []) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`${what} is not a JSON object`);
  }
  for (const key of required) {
    if (!Object.hasOwn(value, key)) throw new TypeError(`${what} has no "${key}"`);
  }
  for (const key of Object.keys(value)) {
    if (!required.includes(key) && !optional.includes(key)) {
      throw new TypeError(`${what} has an unexpected "${key}"`);
    }
  }
  return value;
}

export function list(value, what) {
  if (!Array.isArray(value)) throw new TypeError(`${what} is not a JSON array`);
  return value;
}

export function string(value, what) {
  if (typeof value !== 'string') throw new TypeError(`${what} is not a string`);
  return value;
}

/** proof: { challenge, response }, exponents in [0, q). */
export function parseProof(group, json, what = 'proof') {
  const o = fields(json, what, ['challenge', 'response']);
  return { challenge: group.parseExponent(o.challenge), response: group.parseExponent(o.response) };
}

/** signed_msg: the message string exactly as signed, and its signature. */
export function parseSignedMessage(group, json, what = 'signed message') {
  const o = fields(parseJson(json, what), what, ['message', 'signature']);
  return { message: string(o.message, `${what}: message`),
    signature: parseProof(group, o.signature, `${what}: signature`) };
}

/** encrypted_msg: alpha, beta group elements and data, hex of AES-CCM ciphertext ‖ tag. */
export function parseEncryptedMessage(group, json, what = 'encrypted message') {
  const o = fields(parseJson(json, what), what, ['alpha', 'beta', 'data']);
  if (typeof o.data !== 'string' || !/^([0-9a-fA-F]{2})*$/.test(o.data)) {
    throw new TypeError('encrypted data is not hexadecimal');
  }
  return { alpha: group.parseElement(o.alpha), beta: group.parseElement(o.beta), data: o.data };
}

/** trustee_public_key: { pok, public_key } and an optional name (Belenios 2.0 allows it). */
export function parseTrusteePublicKey(group, json, what = 'trustee public key') {
  const o = fields(parseJson(json, what), what, ['pok', 'public_key'], ['name']);
  return { pok: parseProof(group, o.pok, `${what}: pok`),
    public_key: group.parseElement(o.public_key),
    ...(o.name === undefined ? {} : { name: string(o.name, `${what}: name`) }) };
}

/** cert_keys, the message of a certificate. */
export function certKeysMessage(verification, encryption) {
  return write({ verification, encryption });
}

export function readCertKeys(group, message) {
  const o = fields(parseJson(message, 'certificate keys'), 'certificate keys',
    ['verification', 'encryption']);
  return { verification: group.parseElement(o.verification),
    encryption: group.parseElement(o.encryption) };
}

export function rawCoefexps(coefexps) {
  return write({ coefexps });
}

export function readRawCoefexps(group, message) {
  const o = fields(parseJson(message, 'coefexps'), 'coefexps', ['coefexps']);
  const out = list(o.coefexps, 'coefexps').map((x) => group.parseElement(x));
  if (out.length === 0) throw new TypeError('empty coefexps');
  return out;
}

export function rawPolynomial(coefficients) {
  return write({ polynomial: coefficients });
}

export function readRawPolynomial(group, message) {
  const o = fields(parseJson(message, 'polynomial'), 'polynomial', ['polynomial']);
  const out = list(o.polynomial, 'polynomial').map((x) => secretExponent(group, x,
    'polynomial coefficient'));
  if (out.length === 0) throw new TypeError('empty polynomial');
  return out;
}

export function secret(s) {
  return write({ secret: s });
}

/** belenios-tool leaves a share unreduced (it can exceed q): accepted and reduced. */
export function readSecret(group, message) {
  const o = fields(parseJson(message, 'secret'), 'secret', ['secret']);
  return unreducedExponent(group, o.secret, 'secret');
}

export function decryptionKey(s) {
  return write({ decryption_key: s });
}

/** belenios-tool writes the sum of the shares unreduced: accepted and reduced. */
export function readDecryptionKey(group, message) {
  const o = fields(parseJson(message, 'decryption key'), 'decryption key', ['decryption_key']);
  return unreducedExponent(group, o.decryption_key, 'decryption key');
}

export function channelMessage(recipient, message) {
  return write({ recipient, message });
}

export function readChannelMessage(group, text) {
  const o = fields(parseJson(text, 'channel message'), 'channel message',
    ['recipient', 'message']);
  return { recipient: group.parseElement(o.recipient),
    message: string(o.message, 'channel message: message') };
}

/** An exponent in [0, q) whose value must not appear in error messages. */
function secretExponent(group, value, what) {
  try {
    return group.parseExponent(value);
  } catch (e) {
    throw new RangeError(`${what} is not a number in [0, q)`);
  }
}

/** A non-negative decimal a little longer than q at most (a sum of shares), reduced mod q. */
function unreducedExponent(group, value, what) {
  if (typeof value !== 'string' || !/^(0|[1-9][0-9]*)$/.test(value) || value.length > 1000) {
    throw new TypeError(`${what} is not a decimal number`);
  }
  const x = BigInt(value);
  if (x.toString(2).length > group.qBits + 32) throw new RangeError(`${what} out of range`);
  return x % group.q;
}

/** vinput (4.6.5): own sent polynomial, the shares addressed to us, every member's coefexps. */
export function parseVinput(group, json, what = 'vinput') {
  const o = fields(parseJson(json, what), what, ['polynomial', 'secrets', 'coefexps']);
  return { polynomial: string(o.polynomial, `${what}: polynomial`),
    secrets: list(o.secrets, `${what}: secrets`).map((s) => string(s, `${what}: secret`)),
    coefexps: list(o.coefexps, `${what}: coefexps`)
      .map((c) => parseSignedMessage(group, c, `${what}: coefexps`)) };
}

/** voutput (4.6.6): the decryption key sent to ourselves (the .dkey) and its public key. */
export function parseVoutput(group, json, what = 'voutput') {
  const o = fields(parseJson(json, what), what, ['private_key', 'public_key']);
  return { private_key: string(o.private_key, `${what}: private_key`),
    public_key: parseTrusteePublicKey(group, o.public_key, `${what}: public_key`) };
}
