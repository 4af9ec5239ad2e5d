// The page's side of ballot-worker.js: one promise per request, progress by callback.
//
//   const worker = new BallotWorker(new URL('./ballot-worker.js', import.meta.url));
//   await worker.prepare(electionJsonText);          // tables, while the voter reads
//   const ballot = await worker.createBallot(electionJsonText, credential, plaintext,
//       ({ done, total }) => showProgress(done, total));
//   worker.terminate();                              // forget everything after casting

export class BallotWorker {
  constructor(url = new URL('./ballot-worker.js', import.meta.url)) {
    this.worker = new Worker(url, { type: 'module' });
    this.pending = new Map();
    this.nextId = 1;
    this.worker.onmessage = (event) => this.receive(event.data);
    this.worker.onerror = (event) => this.failAll(event.message || 'the ballot worker failed');
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

  /** Stops the worker; pending requests fail. */
  terminate() {
    this.worker.terminate();
    this.failAll('the ballot worker was stopped');
  }

  request(op, args, onProgress) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress });
      this.worker.postMessage({ id, op, ...args });
    });
  }

  receive({ id, type, ...data }) {
    const request = this.pending.get(id);
    if (request === undefined) return;
    if (type === 'progress') {
      request.onProgress?.({ done: data.done, total: data.total });
      return;
    }
    this.pending.delete(id);
    if (type === 'result') request.resolve(data.result);
    else request.reject(new Error(data.message));
  }

  failAll(message) {
    for (const request of this.pending.values()) request.reject(new Error(message));
    this.pending.clear();
  }
}
