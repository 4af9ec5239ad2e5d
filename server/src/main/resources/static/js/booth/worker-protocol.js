// The request/response protocol between a page and a module Web Worker, shared by the ballot
// worker and the trustee worker. Messages in: { id, op, ...args }; out: { id, type:
// 'progress', done, total } while working, then { id, type: 'result', result } or { id, type:
// 'error', message, step }. Errors carry the message only, never the request's arguments
// (they may hold a credential or a key).

/** Worker side: answers requests with the named operation (args, progress) => result. */
export function serve(operations) {
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
      self.postMessage({ id, type: 'error', message: e instanceof Error ? e.message : String(e),
        step: e?.step });
    }
  };
}

/** Page side: one promise per request, progress by callback; failures reject with an Error. */
export class WorkerClient {
  constructor(url, name) {
    this.name = name;
    this.worker = new Worker(url, { type: 'module' });
    this.pending = new Map();
    this.nextId = 1;
    this.worker.onmessage = (event) => this.receive(event.data);
    this.worker.onerror = (event) => this.failAll(event.message || `the ${name} failed`);
  }

  /** Stops the worker (and forgets whatever it held); pending requests fail. */
  terminate() {
    this.worker.terminate();
    this.failAll(`the ${this.name} was stopped`);
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
    if (type === 'result') {
      request.resolve(data.result);
    } else {
      const error = new Error(data.message);
      if (data.step) error.step = data.step;
      request.reject(error);
    }
  }

  failAll(message) {
    for (const request of this.pending.values()) request.reject(new Error(message));
    this.pending.clear();
  }
}
