// The trustee's private material as a file protected by a passphrase. It never goes to the
// server nor to browser storage: the page offers it as a download and reads it back.
//
// Format, version 1 (UTF-8 JSON; field order as below, indentation free):
//   {
//     "format": "tinnhiem-trustee-key",
//     "version": 1,
//     "uuid": "<election uuid>",
//     "trustee": <1-based index of the member on the counting board>,
//     "mode": "single" | "pedersen",
//     "group": "BELENIOS-2048" | "RFC-3526-2048",
//     "kdf": { "name": "PBKDF2", "hash": "SHA-256", "iterations": 600000,
//              "salt": "<base64 of 16 random bytes>" },
//     "cipher": { "name": "AES-GCM", "iv": "<base64 of 12 random bytes>" },
//     "ciphertext": "<base64 of AES-256-GCM ciphertext ‖ 16-byte tag>"
//   }
// (base64: standard alphabet, written without "=" padding; padding is accepted on reading.)
// The AES key is PBKDF2-HMAC-SHA256(passphrase as UTF-8, salt, iterations, 256 bits). The
// plaintext is compact JSON: {"seed":"<22 base58>"} (pedersen: the step-1 seed, as
// belenios-tool's .key) or {"private_key":"<decimal>"} (single: as its .privkey). The
// associated data is the compact JSON of every field but "ciphertext", in the order above, so
// a file whose uuid, trustee or parameters were edited does not open.
//
// Reading also accepts the unprotected files of `tinnhiem trustee keygen` and belenios-tool:
// a .key (the seed on one line) or a .privkey (the key as a JSON string on one line).

import { toBase64, utf8 } from '../booth/hash.js';
import { write } from '../booth/json.js';
import { isSeed } from './pki.js';

export const FORMAT = 'tinnhiem-trustee-key';
export const VERSION = 1;
export const ITERATIONS = 600000;
export const MIN_PASSPHRASE_LENGTH = 10;
const MAX_ITERATIONS = 10000000;

/** A key file refused; code is stable (the page shows a message per code). */
export class KeyFileError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'KeyFileError';
    this.code = code;
  }
}

/**
 * The protected file's text. secret: { seed } (pedersen) or { privateKey } (single, BigInt).
 * Refuses a passphrase shorter than MIN_PASSPHRASE_LENGTH.
 */
export async function protect({ uuid, trustee, mode, group, secret }, passphrase,
  iterations = ITERATIONS) {
  if (typeof passphrase !== 'string' || [...passphrase].length < MIN_PASSPHRASE_LENGTH) {
    throw new KeyFileError('weak-passphrase',
      `the passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters`);
  }
  const plaintext = mode === 'pedersen' ? write({ seed: secret.seed })
    : write({ private_key: secret.privateKey });
  const header = {
    format: FORMAT, version: VERSION, uuid, trustee, mode, group,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations,
      salt: toBase64(crypto.getRandomValues(new Uint8Array(16))) },
    cipher: { name: 'AES-GCM', iv: toBase64(crypto.getRandomValues(new Uint8Array(12))) },
  };
  const key = await deriveKey(passphrase, header.kdf, 'encrypt');
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM',
    iv: fromBase64(header.cipher.iv), additionalData: utf8(write(header)) }, key,
  utf8(plaintext));
  return `${JSON.stringify({ ...header, ciphertext: toBase64(new Uint8Array(ciphertext)) },
    null, 2)}\n`;
}

/**
 * What the file says it is, before any passphrase: { protected: true, uuid, trustee, mode,
 * group } or, for an unprotected CLI file, { protected: false, mode, secret }.
 */
export function inspect(text) {
  if (typeof text !== 'string') throw new KeyFileError('not-key-file', 'not a key file');
  const line = text.replace(/\r?\n$/, '');
  if (isSeed(line)) return { protected: false, mode: 'pedersen', secret: { seed: line } };
  if (/^"(0|[1-9][0-9]*)"$/.test(line)) {
    return { protected: false, mode: 'single', secret: { privateKey: BigInt(line.slice(1, -1)) } };
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new KeyFileError('not-key-file', 'not a key file');
  }
  if (json === null || typeof json !== 'object' || json.format !== FORMAT) {
    throw new KeyFileError('not-key-file', 'not a key file');
  }
  if (json.version !== VERSION) {
    throw new KeyFileError('unsupported-version', `key file version ${json.version} is not`
      + ` supported (this page reads version ${VERSION})`);
  }
  const header = readHeader(json);
  return { protected: true, uuid: header.uuid, trustee: header.trustee, mode: header.mode,
    group: header.group };
}

/**
 * The secret ({ seed } or { privateKey }) of a file meant for `expected` ({ uuid, trustee,
 * mode, group }); refuses another election's or member's file before asking the passphrase
 * matters, and a wrong passphrase with code 'wrong-passphrase'.
 */
export async function unprotect(text, passphrase, expected) {
  const info = inspect(text);
  if (info.mode !== expected.mode) {
    throw new KeyFileError('wrong-mode', `this file holds a ${info.mode} key, this board uses`
      + ` ${expected.mode} keys`);
  }
  if (!info.protected) return info.secret;
  if (info.uuid !== expected.uuid || info.group !== expected.group) {
    throw new KeyFileError('wrong-election', `this key file is for election ${info.uuid}`);
  }
  if (info.trustee !== expected.trustee) {
    throw new KeyFileError('wrong-trustee', `this key file is for counting-board member`
      + ` ${info.trustee}, not ${expected.trustee}`);
  }
  const json = JSON.parse(text);
  const header = readHeader(json);
  let plain;
  try {
    const key = await deriveKey(passphrase, header.kdf, 'decrypt');
    plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(header.cipher.iv),
      additionalData: utf8(write(header)) }, key, fromBase64(json.ciphertext));
  } catch (e) {
    throw new KeyFileError('wrong-passphrase', 'wrong passphrase, or the file was altered');
  }
  const secret = JSON.parse(new TextDecoder().decode(plain));
  if (header.mode === 'pedersen' && isSeed(secret.seed)) return { seed: secret.seed };
  if (header.mode === 'single' && /^(0|[1-9][0-9]*)$/.test(secret.private_key)) {
    return { privateKey: BigInt(secret.private_key) };
  }
  throw new KeyFileError('not-key-file', 'the key file holds no key');
}

/** The fields covered by the associated data, checked and rebuilt in their fixed order. */
function readHeader(json) {
  const { uuid, trustee, mode, group, kdf, cipher } = json;
  const ok = typeof uuid === 'string' && Number.isSafeInteger(trustee) && trustee >= 1
    && (mode === 'single' || mode === 'pedersen') && typeof group === 'string'
    && kdf && kdf.name === 'PBKDF2' && kdf.hash === 'SHA-256'
    && Number.isSafeInteger(kdf.iterations) && kdf.iterations >= 1
    && kdf.iterations <= MAX_ITERATIONS && typeof kdf.salt === 'string'
    && cipher && cipher.name === 'AES-GCM' && typeof cipher.iv === 'string'
    && typeof json.ciphertext === 'string';
  if (!ok) throw new KeyFileError('not-key-file', 'the key file is damaged');
  return {
    format: FORMAT, version: VERSION, uuid, trustee, mode, group,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: kdf.iterations, salt: kdf.salt },
    cipher: { name: 'AES-GCM', iv: cipher.iv },
  };
}

async function deriveKey(passphrase, kdf, usage) {
  const material = await crypto.subtle.importKey('raw', utf8(passphrase), 'PBKDF2', false,
    ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(kdf.salt),
    iterations: kdf.iterations }, material, { name: 'AES-GCM', length: 256 }, false, [usage]);
}

function fromBase64(text) {
  let binary;
  try {
    binary = atob(text);
  } catch (e) {
    throw new KeyFileError('not-key-file', 'the key file is damaged');
  }
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
