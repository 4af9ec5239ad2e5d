// Test harness: runs the trustee modules under node for TrusteeCryptoNodeTest.
// Usage: node harness.mjs <directory of static/js/trustee>  < requests.json
// Reads a JSON array of { op, ... } requests, answers a JSON array on stdout, one entry per
// request: { result, ms } or { error, step }. The operations of operations.js plus a few
// test-only ones on lower layers (AES-CCM, PKI, key files).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// Node 18 (Debian 12's) has WebCrypto only as a module; browsers and node 19+ have it global.
if (!globalThis.crypto) {
  globalThis.crypto = (await import('node:crypto')).webcrypto;
}

const dir = process.argv[2];
const load = (name) => import(pathToFileURL(join(dir, name)).href);
const { perform } = await load('operations.js');
const ccm = await load('aes-ccm.js');
const pki = await load('pki.js');
const keyfile = await load('keyfile.js');
const pedersen = await load('pedersen.js');
const wire = await load('wire.js');
const { groupByName } = await load('../booth/group.js');
const { toHex } = await load('../booth/hash.js');

const fromHex = (hex) => Uint8Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16));

const testOperations = {
  async ccmEncrypt({ key, iv, plaintext }) {
    return toHex(await ccm.encrypt(fromHex(key), fromHex(iv), fromHex(plaintext)));
  },
  async ccmDecrypt({ key, iv, data }) {
    const plain = await ccm.decrypt(fromHex(key), fromHex(iv), fromHex(data));
    return plain === null ? null : toHex(plain);
  },
  pkiEncrypt: async ({ group, encryptionKey, plaintext }) => {
    const g = groupByName(group);
    return (await load('../booth/json.js')).write(
      await pki.encrypt(g, g.parseElement(encryptionKey), plaintext));
  },
  pkiDecrypt: ({ group, decryptionKey, message }) => {
    const g = groupByName(group);
    return pki.decrypt(g, BigInt(decryptionKey), wire.parseEncryptedMessage(g, message));
  },
  async decryptionKey({ group, seed, dkey }) {
    const g = groupByName(group);
    return String(await pedersen.decryptionKey(g, await pki.keysFromSeed(g, seed), dkey));
  },
  async protectKey({ header, passphrase, iterations }) {
    const secret = header.mode === 'pedersen' ? { seed: header.seed }
      : { privateKey: BigInt(header.privateKey) };
    return keyfile.protect({ ...header, secret }, passphrase, iterations);
  },
  /** The secret as a string, or { code } when refused. */
  async unprotectKey({ text, passphrase, expected }) {
    try {
      const s = await keyfile.unprotect(text, passphrase, expected);
      return s.seed ?? String(s.privateKey);
    } catch (e) {
      if (e instanceof keyfile.KeyFileError) return { code: e.code, message: e.message };
      throw e;
    }
  },
};

const requests = JSON.parse(readFileSync(0, 'utf8'));
const answers = [];
for (const { op, ...args } of requests) {
  const start = performance.now();
  try {
    const result = Object.hasOwn(testOperations, op) ? await testOperations[op](args)
      : await perform(op, args);
    answers.push({ result, ms: Math.round(performance.now() - start) });
  } catch (e) {
    answers.push({ error: e instanceof Error ? e.message : String(e), step: e?.step });
  }
}
process.stdout.write(JSON.stringify(answers));
