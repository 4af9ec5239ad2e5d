// Test page script for TrusteeCryptoBrowserTest: runs one trustee operation in the Web Worker
// exactly as the trustee page does, with its time and progress reports.
// Called through window.trusteeTest.run(op, args).

import { TrusteeWorker } from '/js/trustee/trustee-worker-client.js';

async function run(op, args) {
  const worker = new TrusteeWorker(new URL('/js/trustee/trustee-worker.js', window.location.href));
  try {
    const progress = [];
    const start = performance.now();
    const result = await worker.request(op, args, (p) => progress.push(p));
    return { result, ms: Math.round(performance.now() - start), progress: progress.length,
      userAgent: navigator.userAgent };
  } finally {
    worker.terminate();
  }
}

window.trusteeTest = { run };
document.getElementById('status').textContent = 'ready';
