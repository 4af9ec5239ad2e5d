// Test page script for BoothCryptoBrowserTest: makes ballots in the Web Worker exactly as the
// booth page will, and reports them with timings. Called through window.boothTest.run.

import { BallotWorker } from '/js/booth/ballot-worker-client.js';

async function run({ election, credential, plaintexts, audit }) {
  const worker = new BallotWorker(new URL('/js/booth/ballot-worker.js', window.location.href));
  try {
    let start = performance.now();
    await worker.prepare(election);
    const prepareMs = Math.round(performance.now() - start);
    const ballots = [];
    for (const plaintext of plaintexts) {
      const progress = [];
      start = performance.now();
      const made = await worker.createBallot(election, credential, plaintext,
        (p) => progress.push(p));
      ballots.push({ ...made, ms: Math.round(performance.now() - start),
        progress: progress.length });
    }
    const audited = audit
      ? await worker.auditBallot(election, ballots[0].ballotJson, ballots[0].plaintext,
        ballots[0].randomness)
      : null;
    return { prepareMs, ballots, audit: audited, userAgent: navigator.userAgent };
  } finally {
    worker.terminate();
  }
}

window.boothTest = { run };
document.getElementById('status').textContent = 'ready';
