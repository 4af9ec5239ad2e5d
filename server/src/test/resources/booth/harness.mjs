// Test harness: runs the booth modules under node for BoothCryptoNodeTest.
// Usage: node harness.mjs <directory of static/js/booth>  < requests.json
// Reads a JSON array of { op, ... } requests, answers a JSON array on stdout, one entry per
// request: { result } or { error }. Times are whole milliseconds.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// Node 18 (Debian 12's) has WebCrypto only as a module; browsers and node 19+ have it global.
if (!globalThis.crypto) {
  globalThis.crypto = (await import('node:crypto')).webcrypto;
}

const dir = process.argv[2];
const load = (name) => import(pathToFileURL(join(dir, name)).href);
const ballot = await load('ballot.js');
const credential = await load('credential.js');
const group = await load('group.js');
const json = await load('json.js');

const operations = {
  async createBallot({ election, credential: privateCredential, plaintext }) {
    const progress = [];
    const start = performance.now();
    const made = await ballot.createBallot(election, privateCredential, plaintext,
      { onProgress: (p) => progress.push(p) });
    return { ...made, ms: Math.round(performance.now() - start), progress: progress.length };
  },
  checkBallot: ({ election, ballot: b }) => ballot.checkBallot(election, b),
  auditBallot: ({ election, ballot: b, plaintext, randomness }) =>
    ballot.auditBallot(election, b, plaintext, randomness),
  trackingCode: ({ ballot: b }) => ballot.trackingCode(b),
  fingerprint: ({ text }) => ballot.electionFingerprint(text),
  rewriteBallot: ({ group: name, ballot: b }) =>
    json.write(ballot.parseBallot(group.groupByName(name), b)),
  publicCredential: async ({ group: name, uuid, credential: c }) =>
    String(await credential.publicCredential(group.groupByName(name), uuid, c)),
  normalize: ({ text }) => credential.normalize(text),
  isWellFormed: ({ text }) => credential.isWellFormed(text),
  generateCredential: () => credential.generate(),
  writeString: ({ value }) => json.writeString(value),
  rewriteJson: ({ text }) => json.write(JSON.parse(text)),
  group: ({ name }) => {
    const g = group.groupByName(name);
    return { p: String(g.p), q: String(g.q), g: String(g.g) };
  },
};

const requests = JSON.parse(readFileSync(0, 'utf8'));
const answers = [];
for (const { op, ...args } of requests) {
  try {
    answers.push({ result: await operations[op](args) });
  } catch (e) {
    answers.push({ error: e instanceof Error ? e.message : String(e) });
  }
}
process.stdout.write(JSON.stringify(answers));
