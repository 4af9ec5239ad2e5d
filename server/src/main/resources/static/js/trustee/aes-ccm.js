// AES in CCM mode (RFC 3610, NIST SP 800-38C) as Belenios 2.0 uses it for the threshold PKI,
// byte for byte as vn.tinnhiem.crypto.trustee.AesCcm: no associated data, an 8-byte tag after
// the ciphertext, and the nonce cut from a longer IV (its first 15 − L bytes, L the size of the
// length field: 2 to 4, the smallest holding the length). WebCrypto has no CCM, so it is built
// from two WebCrypto modes: CBC with a zero IV gives the CBC-MAC as its last data block, and
// CTR from the counter block A0 gives S0 (the tag mask) followed by the key stream S1, S2, ….

export const TAG_BYTES = 8;
const BLOCK = 16;

/** L: bytes of the message-length field, 2 to 4 (Belenios never goes beyond 4). */
export function lengthFieldSize(length) {
  let l = 2;
  while (l < 4 && Math.floor(length / 2 ** (8 * l)) !== 0) l++;
  return l;
}

/** ciphertext ‖ tag of the plaintext bytes under a 32-byte key and an IV of ≥ 13 bytes. */
export async function encrypt(key, iv, plaintext) {
  const l = lengthFieldSize(plaintext.length);
  const nonce = nonceOf(iv, l);
  const mac = await cbcMac(key, nonce, l, plaintext);
  const stream = await ctr(key, nonce, l, plaintext);
  const out = new Uint8Array(plaintext.length + TAG_BYTES);
  out.set(stream.subarray(BLOCK));
  for (let i = 0; i < TAG_BYTES; i++) out[plaintext.length + i] = mac[i] ^ stream[i];
  return out;
}

/** The plaintext, or null when the tag does not match (wrong key or altered data). */
export async function decrypt(key, iv, ciphertextAndTag) {
  if (ciphertextAndTag.length < TAG_BYTES) return null;
  const length = ciphertextAndTag.length - TAG_BYTES;
  const l = lengthFieldSize(length);
  const nonce = nonceOf(iv, l);
  const stream = await ctr(key, nonce, l, ciphertextAndTag.subarray(0, length));
  const plaintext = stream.slice(BLOCK);
  const mac = await cbcMac(key, nonce, l, plaintext);
  let diff = 0;
  for (let i = 0; i < TAG_BYTES; i++) {
    diff |= (mac[i] ^ stream[i]) ^ ciphertextAndTag[length + i];
  }
  return diff === 0 ? plaintext : null;
}

function nonceOf(iv, l) {
  const n = 15 - l;
  if (iv.length < n) throw new RangeError(`CCM IV too short: ${iv.length} bytes`);
  return iv.subarray(0, n);
}

/** Writes value big-endian into the last l bytes of the 16-byte block. */
function putLength(block, value, l) {
  let v = value;
  for (let i = 0; i < l; i++) {
    block[BLOCK - 1 - i] = v % 256;
    v = Math.floor(v / 256);
  }
}

/** CBC-MAC of B0 ‖ zero-padded plaintext; B0 = flags ‖ nonce ‖ length. */
async function cbcMac(key, nonce, l, plaintext) {
  const blocks = 1 + Math.ceil(plaintext.length / BLOCK);
  const input = new Uint8Array(blocks * BLOCK);
  // Flags: no associated data, M' = (tag − 2) / 2 in bits 3–5, L − 1 in bits 0–2.
  input[0] = (((TAG_BYTES - 2) / 2) << 3) | (l - 1);
  input.set(nonce, 1);
  putLength(input, plaintext.length, l);
  input.set(plaintext, BLOCK);
  const aes = await crypto.subtle.importKey('raw', key, 'AES-CBC', false, ['encrypt']);
  const out = new Uint8Array(await crypto.subtle.encrypt(
    { name: 'AES-CBC', iv: new Uint8Array(BLOCK) }, aes, input));
  // WebCrypto appends one PKCS#7 padding block; the MAC is the last block before it.
  return out.subarray((blocks - 1) * BLOCK, blocks * BLOCK);
}

/** S0 ‖ (data XOR S1 S2 …): CTR from A0 = (L − 1) ‖ nonce ‖ 0 over 16 zero bytes ‖ data. */
async function ctr(key, nonce, l, data) {
  const a0 = new Uint8Array(BLOCK);
  a0[0] = l - 1;
  a0.set(nonce, 1);
  const input = new Uint8Array(BLOCK + data.length);
  input.set(data, BLOCK);
  const aes = await crypto.subtle.importKey('raw', key, 'AES-CTR', false, ['encrypt']);
  return new Uint8Array(await crypto.subtle.encrypt(
    { name: 'AES-CTR', counter: a0, length: 8 * l }, aes, input));
}
