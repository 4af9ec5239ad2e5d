// SHA-256 as Belenios uses it, mirroring vn.tinnhiem.crypto.group.Hash: hex member names,
// unpadded base64 fingerprints and tracking codes, challenges reduced mod q.

const encoder = new TextEncoder();

/** UTF-8 bytes of a string (bytes are passed through). */
export function utf8(data) {
  return typeof data === 'string' ? encoder.encode(data) : data;
}

/** SHA-256 of a string (as UTF-8) or of bytes, via WebCrypto. */
export async function sha256(data) {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', utf8(data)));
}

export function toHex(bytes) {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

/** Standard base64 (+ and /) without the = padding, as Belenios writes hashes. */
export function toBase64(bytes) {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/=+$/, '');
}

/** Lower-case hex SHA-256: archive member names and event links. */
export async function hex(data) {
  return toHex(await sha256(data));
}

/** Unpadded base64 SHA-256: election fingerprint, ballot tracking code, signature hash. */
export async function base64(data) {
  return toBase64(await sha256(data));
}

/** SHA-256 of the text as a 256-bit big-endian number, reduced mod q. */
export async function toExponent(text, q) {
  return BigInt('0x' + toHex(await sha256(text))) % q;
}
