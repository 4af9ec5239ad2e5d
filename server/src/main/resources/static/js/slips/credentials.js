// The page's side of credential-worker.js: one promise for a site's batch of credentials.

import { randomBelow } from '../booth/group.js';

/**
 * Makes `count` distinct credentials for the election in a worker.
 * @returns {Promise<{credentials: string[], publicCredentials: string[]}>} index-aligned
 */
export function makeCredentials(group, uuid, count, onProgress) {
  const worker = new Worker(new URL('./credential-worker.js', import.meta.url),
    { type: 'module' });
  return new Promise((resolve, reject) => {
    worker.onmessage = ({ data }) => {
      if (data.type === 'progress') {
        onProgress?.(data.done, data.total);
        return;
      }
      worker.terminate();
      if (data.type === 'result') resolve(data);
      else reject(new Error(data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the credential worker failed'));
    };
    worker.postMessage({ group, uuid, count });
  });
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
