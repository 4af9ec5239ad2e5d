// Web Worker running the ballot cryptography off the page's thread
// (new Worker(url, { type: 'module' })), speaking worker-protocol.js;
// ballot-worker-client.js wraps it in promises.

import { auditBallot, checkBallot, createBallot, parseElection } from './ballot.js';
import { serve } from './worker-protocol.js';

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

serve(operations);
