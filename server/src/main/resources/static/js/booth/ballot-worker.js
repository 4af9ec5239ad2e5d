// Web Worker running the ballot cryptography off the page's thread
// (new Worker(url, { type: 'module' })). Messages in: { id, op, ...arguments }; out:
// { id, type: 'progress', done, total } while working, then { id, type: 'result', result }
// or { id, type: 'error', message }. ballot-worker-client.js wraps this in promises.

import { auditBallot, checkBallot, createBallot, parseElection } from './ballot.js';

const operations = {
  /** Builds the exponentiation tables for the election ahead of time. */
  async prepare({ election }) {
    const { group, publicKey } = await parseElection(election);
    group.prepare(publicKey);
    return { ready: true };
  },
  createBallot({ election, credential, plaintext }, progress) {
    return createBallot(election, credential, plaintext, { onProgress: progress });
  },
  checkBallot({ election, ballot }) {
    return checkBallot(election, ballot);
  },
  auditBallot({ election, ballot, plaintext, randomness }) {
    return auditBallot(election, ballot, plaintext, randomness);
  },
};

self.onmessage = async (event) => {
  const { id, op, ...args } = event.data;
  const operation = Object.hasOwn(operations, op) ? operations[op] : null;
  if (operation === null) {
    self.postMessage({ id, type: 'error', message: `unknown operation "${op}"` });
    return;
  }
  try {
    const progress = ({ done, total }) => self.postMessage({ id, type: 'progress', done, total });
    const result = await operation(args, progress);
    self.postMessage({ id, type: 'result', result });
  } catch (e) {
    self.postMessage({ id, type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
};
