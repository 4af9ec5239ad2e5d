// The page's side of credential-worker.js: one promise for a site's batch of credentials.

import { randomBelow } from '../booth/group.js';
import { WorkerClient } from '../booth/worker-protocol.js';

/**
 * Makes `count` distinct credentials for the election in a worker, stopped afterwards.
 * @returns {Promise<{credentials: string[], publicCredentials: string[]}>} index-aligned
 */
export async function makeCredentials(group, uuid, count, onProgress) {
  const worker = new WorkerClient(new URL('./credential-worker.js', import.meta.url),
    'credential worker');
  try {
    return await worker.request('make', { group, uuid, count },
      ({ done, total }) => onProgress?.(done, total));
  } finally {
    worker.terminate();
  }
}

/** The upload's list: distinct and in numeric order, as belenios-tool writes public credentials. */
export function sortedPublicCredentials(publicCredentials) {
  return [...new Set(publicCredentials)]
    .sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0));
}

/** A uniformly shuffled copy (Fisher–Yates with crypto randomness). */
export function shuffled(items) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Number(randomBelow(BigInt(i + 1)));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
