// Web Worker running the trustee's heavy steps (polynomial, voutput, partial decryption) off
// the page's thread: new Worker(url, { type: 'module' }), speaking booth/worker-protocol.js
// with the operations of operations.js. trustee-worker-client.js wraps it in promises.

import { serve } from '../booth/worker-protocol.js';
import { operations } from './operations.js';

serve(operations);
