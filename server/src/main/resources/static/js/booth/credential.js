// Voter credentials (specification 4.8), mirroring vn.tinnhiem.crypto.credential.Credentials:
// 15 base58 characters, the last a checksum, printed as XXX-XXX-XXX-XXX-XXX; the secret is
// PBKDF2-HMAC-SHA256(credential, election uuid, 1000 iterations, 32 bytes) mod q.

import { utf8 } from './hash.js';

/** Base58 without 0, O, I, l: the alphabet of credentials and uuids. */
export const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const PBKDF2_ITERATIONS = 1000;

/**
 * The printed form XXX-XXX-XXX-XXX-XXX of a typed or scanned credential, or null when it is
 * not one. Accepts it with or without the dashes; surrounding spaces are ignored. The secret
 * is derived from the printed form, so a credential typed without dashes still works.
 */
export function normalize(text) {
  const digits = typeof text === 'string' ? stripDashes(text.trim()) : null;
  if (digits === null || !checksumMatches(digits)) {
    return null;
  }
  return digits.match(/.{3}/g).join('-');
}

/** True when the string has the credential shape and a correct checksum. */
export function isWellFormed(credential) {
  const digits = typeof credential === 'string' ? stripDashes(credential) : null;
  return digits !== null && checksumMatches(digits);
}

function stripDashes(s) {
  if (s.length === 15) {
    return s;
  }
  if (s.length !== 19) {
    return null;
  }
  let out = '';
  for (let i = 0; i < 19; i++) {
    if (i % 4 === 3) {
      if (s[i] !== '-') return null;
    } else {
      out += s[i];
    }
  }
  return out;
}

function checksumMatches(digits) {
  let value = 0n;
  for (let i = 0; i < 14; i++) {
    const d = BASE58.indexOf(digits[i]);
    if (d < 0) return false;
    value = value * 58n + BigInt(d);
  }
  return BASE58.indexOf(digits[14]) === checksum(value);
}

// 53 − (c mod 53), from 1 to 53, as belenios-tool computes it: a multiple of 53 gets 'v'.
function checksum(first14) {
  return 53 - Number(first14 % 53n);
}

/** A fresh private credential in the printed form, from crypto.getRandomValues. */
export function generate() {
  let raw = '';
  let value = 0n;
  while (raw.length < 14) {
    const [byte] = crypto.getRandomValues(new Uint8Array(1));
    if (byte >= 58 * 4) continue; // keeps every digit equally likely
    const d = byte % 58;
    raw += BASE58[d];
    value = value * 58n + BigInt(d);
  }
  raw += BASE58[checksum(value)];
  return raw.match(/.{3}/g).join('-');
}

/** secret(c) = PBKDF2-HMAC-SHA256(c, uuid, 1000, 32 bytes) mod q, c exactly as given. */
export async function secret(group, uuid, credential) {
  const key = await crypto.subtle.importKey('raw', utf8(credential), 'PBKDF2', false,
    ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: utf8(uuid), iterations: PBKDF2_ITERATIONS },
    key, 256);
  let hex = '0x';
  for (const b of new Uint8Array(bits)) hex += b.toString(16).padStart(2, '0');
  return BigInt(hex) % group.q;
}

/** public(c) = g^secret(c). */
export async function publicCredential(group, uuid, credential) {
  return group.gPow(await secret(group, uuid, credential));
}
