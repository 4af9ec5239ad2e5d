// Web Worker making a site's credentials off the page's thread, so the progress bar moves
// while PBKDF2 and g^s run; speaks ../booth/worker-protocol.js. Nothing is stored: the
// credentials live only in this worker's and the page's memory.

import { groupByName } from '../booth/group.js';
import { generate, publicCredential } from '../booth/credential.js';
import { serve } from '../booth/worker-protocol.js';

serve({
  /** { credentials, publicCredentials }, index-aligned, `count` distinct credentials. */
  async make({ group: groupName, uuid, count }, progress) {
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
      progress({ done: credentials.length, total: count });
    }
    return { credentials, publicCredentials };
  },
});
