// The page's side of ballot-worker.js: one promise per request, progress by callback.
//
//   const worker = new BallotWorker(new URL('./ballot-worker.js', import.meta.url));
//   await worker.prepare(electionJsonText);          // tables, while the voter reads
//   const ballot = await worker.createBallot(electionJsonText, credential, plaintext,
//       ({ done, total }) => showProgress(done, total));
//   worker.terminate();                              // forget everything after casting

import { WorkerClient } from './worker-protocol.js';

export class BallotWorker extends WorkerClient {
  constructor(url = new URL('./ballot-worker.js', import.meta.url)) {
    super(url, 'ballot worker');
  }

  prepare(election) {
    return this.request('prepare', { election });
  }

  createBallot(election, credential, plaintext, onProgress) {
    return this.request('createBallot', { election, credential, plaintext }, onProgress);
  }

  checkBallot(election, ballot) {
    return this.request('checkBallot', { election, ballot });
  }

  auditBallot(election, ballot, plaintext, randomness) {
    return this.request('auditBallot', { election, ballot, plaintext, randomness });
  }
}
