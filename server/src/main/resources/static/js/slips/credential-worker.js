// Web Worker making a site's credentials off the page's thread, so the progress bar moves
// while PBKDF2 and g^s run. Message in: { group, uuid, count }; out: { type: 'progress', done,
// total } after each credential, then { type: 'result', credentials, publicCredentials }
// (publicCredentials[i] belongs to credentials[i]) or { type: 'error', message }.
// Nothing is stored: the credentials live only in this worker's and the page's memory.

import { groupByName } from '../booth/group.js';
import { generate, publicCredential } from '../booth/credential.js';

self.onmessage = async ({ data: { group: groupName, uuid, count } }) => {
  try {
    const group = groupByName(groupName);
    const credentials = [];
    const publicCredentials = [];
    const seen = new Set();
    while (credentials.length < count) {
      const credential = generate();
      if (seen.has(credential)) continue; // two equal slips would be one vote
      seen.add(credential);
      credentials.push(credential);
      publicCredentials.push(String(await publicCredential(group, uuid, credential)));
      self.postMessage({ type: 'progress', done: credentials.length, total: count });
    }
    self.postMessage({ type: 'result', credentials, publicCredentials });
  } catch (e) {
    self.postMessage({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
};
