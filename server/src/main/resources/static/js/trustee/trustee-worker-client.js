// The page's side of trustee-worker.js: one promise per step, progress by callback.
//
//   const worker = new TrusteeWorker();
//   const polynomial = await worker.polynomial(group, seed, certificates, threshold,
//       ({ done, total }) => showProgress(done, total));
//   worker.terminate();   // forget the key material once the step is posted
//
// Requests and results are JSON text ready to post (see operations.js).

import { WorkerClient } from '../booth/worker-protocol.js';

export class TrusteeWorker extends WorkerClient {
  constructor(url = new URL('./trustee-worker.js', import.meta.url)) {
    super(url, 'trustee worker');
  }

  singleKey(group) {
    return this.request('singleKey', { group });
  }

  singlePublicKey(group, privateKey) {
    return this.request('singlePublicKey', { group, privateKey });
  }

  certificate(group, seed) {
    return this.request('certificate', { group, seed });
  }

  polynomial(group, seed, certificates, threshold, onProgress) {
    return this.request('polynomial', { group, seed, certificates, threshold }, onProgress);
  }

  voutput(group, seed, certificates, vinput, onProgress) {
    return this.request('voutput', { group, seed, certificates, vinput }, onProgress);
  }

  /** key: { privateKey } (single) or { seed, voutput } (pedersen); publicKey optional. */
  partialDecryption(group, tally, fingerprint, key, publicKey, onProgress) {
    return this.request('partialDecryption', { group, tally, fingerprint, ...key, publicKey },
      onProgress);
  }
}
