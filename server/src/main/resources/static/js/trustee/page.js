// The counting-board member's page (templates/trustee/trustee.html). Driven by
// GET /api/trustee/{token}: shows the current step and does it in the browser (the heavy
// steps in trustee-worker.js), polls while the other members finish, and posts only public
// results. The seed or private key lives in this page's memory for one step at most: it is
// offered as a passphrase-protected download (keyfile.js) and read back from that file;
// it is never sent to the server and never stored by the browser. No inline script (CSP).

import { write } from '../booth/json.js';
import * as keyfile from './keyfile.js';
import { TrusteeWorker } from './trustee-worker-client.js';

const POLL_MS = 4000;
const root = document.getElementById('trustee');
const api = root.dataset.api;
const texts = Object.fromEntries([...document.querySelectorAll('#trustee-texts [data-text]')]
  .map((el) => [el.dataset.text, el.textContent]));

/** Where each step's result is posted. */
const ENDPOINTS = { certificate: 'certificate', 'public-key': 'public-key',
  polynomial: 'polynomial', voutput: 'voutput', decrypt: 'partial-decryption' };
const WAITING = ['wait-certificates', 'wait-polynomials', 'wait-voutputs', 'keys-done',
  'decrypted'];
const FACT_STEPS = ['keys-done', 'decrypt', 'decrypted', 'done'];

/**
 * What the page does at the server's step: 'generate' (Single key, or Pedersen step 1),
 * 'key' (a step that needs the key file), 'wait' (poll), 'done'. A Single board posts its key
 * to public-key whatever the step is called; for Pedersen "public-key" is the server's turn.
 */
function actionOf(s) {
  const step = s.step;
  if (s.mode === 'single' && (step === 'public-key' || step === 'certificate')) {
    return { step, action: 'generate', endpoint: 'public-key' };
  }
  if (step === 'certificate') return { step, action: 'generate', endpoint: 'certificate' };
  if (step === 'polynomial' || step === 'voutput' || step === 'decrypt') {
    return { step, action: 'key', endpoint: ENDPOINTS[step] };
  }
  if (WAITING.includes(step)) return { step, action: 'wait' };
  if (step === 'done') return { step, action: 'done' };
  return { step: 'unknown', action: 'wait' };
}

let state = null;
let offline = false;
let shownStep = null;
let busy = false;
let pollTimer = null;
/** A generated key waiting for "I have stored the file": { step, endpoint, body, fileUrl }. */
let generated = null;

const field = (name) => root.querySelector(`[data-field="${name}"]`);
const panel = (name) => root.querySelector(`[data-panel="${name}"]`);

function text(key, ...args) {
  return (texts[key] ?? key).replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

// ---- messages and progress ---------------------------------------------------------------

function showError(message) {
  const box = field('error');
  box.textContent = message;
  box.hidden = message === null;
  field('notice').hidden = true;
}

function showNotice(message) {
  const box = field('notice');
  box.textContent = message;
  box.hidden = false;
}

function showProgress(label, done = 0, total = 0) {
  const box = field('progress');
  box.hidden = label === null;
  if (label === null) return;
  const bar = box.querySelector('progress');
  if (total > 0) {
    bar.max = total;
    bar.value = done;
  } else {
    bar.removeAttribute('value'); // indeterminate while a step has no count yet
  }
  field('progress-label').textContent = label;
}

const onProgress = ({ done, total }) => showProgress(text('working', done, total), done, total);

// ---- state and rendering -----------------------------------------------------------------

async function refresh() {
  clearTimeout(pollTimer);
  try {
    const response = await fetch(api, { headers: { Accept: 'application/json' },
      credentials: 'same-origin', cache: 'no-store' });
    if (!response.ok) throw new Error(await problem(response));
    state = await response.json();
    if (offline) showError(null); // an action's error stays until the next action
    offline = false;
    render();
  } catch (e) {
    offline = true;
    showError(e instanceof TypeError ? text('network') : e.message);
    pollTimer = setTimeout(refresh, POLL_MS);
  }
}

function render() {
  const { step, action } = actionOf(state);
  field('index').textContent = String(state.index);
  field('board').textContent = `${state.trustees} / ${state.threshold}`;
  for (const el of root.querySelectorAll('[data-step]')) el.hidden = el.dataset.step !== step;
  const waitingToSend = generated !== null && generated.step === step;
  panel('generate').hidden = action !== 'generate' || waitingToSend;
  panel('generated').hidden = action !== 'generate' || !waitingToSend;
  panel('key').hidden = action !== 'key';
  panel('wait').hidden = action !== 'wait';
  panel('cli').hidden = action !== 'generate' && action !== 'key';
  panel('facts').hidden = !FACT_STEPS.includes(step) || !state.fingerprint;
  field('uuid').textContent = state.uuid ?? '';
  field('fingerprint').textContent = state.fingerprint ?? '';
  field('publicKey').textContent = state.publicKey ?? '';
  if (step !== shownStep) {
    shownStep = step;
    // Move the keyboard and screen reader to the new step.
    root.querySelector(`[data-step="${step}"] h2`)?.focus();
  }
  if (action === 'wait') pollTimer = setTimeout(refresh, POLL_MS);
}

// ---- talking to the server ---------------------------------------------------------------

/** The problem's detail (already in the page's language) or its status. */
async function problem(response) {
  try {
    const body = await response.json();
    return text('server', body.detail || body.title || response.status);
  } catch (e) {
    return text('server', response.status);
  }
}

async function post(endpoint, body) {
  showProgress(text('sending'));
  const response = await fetch(`${api}/${endpoint}`, { method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    credentials: 'same-origin', body });
  showProgress(null);
  if (!response.ok) throw new Error(await problem(response));
  showNotice(text('sent'));
}

/** Runs one action with the page locked; errors are shown, then the state is re-read. */
async function act(work) {
  if (busy) return;
  busy = true;
  clearTimeout(pollTimer);
  showError(null);
  for (const b of root.querySelectorAll('button')) b.disabled = true;
  try {
    await work();
  } catch (e) {
    showProgress(null);
    showError(explain(e));
  } finally {
    // A passphrase stays in the page no longer than one attempt.
    for (const input of root.querySelectorAll('input[type="password"]')) input.value = '';
    busy = false;
    for (const b of root.querySelectorAll('button')) b.disabled = false;
    field('send').disabled = !field('saved').checked;
    await refresh();
  }
}

function explain(e) {
  if (e instanceof keyfile.KeyFileError) return text(e.code, e.trustee ?? '');
  if (e.step === 'Decryption key') return text('wrongKey');
  if (e.step) return text('checkFailed', e.message);
  return e.message ? text('failed', e.message) : String(e);
}

// ---- step 1 (or the Single key): generate, download the protected file, send ---------------

async function generate(form) {
  const passphrase = form.elements.passphrase.value;
  if ([...passphrase].length < keyfile.MIN_PASSPHRASE_LENGTH) throw new Error(text('passphraseShort'));
  if (passphrase !== form.elements.confirm.value) throw new Error(text('passphraseMismatch'));
  const { step, endpoint } = actionOf(state);
  const worker = new TrusteeWorker();
  let secret;
  let body;
  try {
    showProgress(text('working', 0, 1));
    if (state.mode === 'single') {
      const made = await worker.singleKey(state.group);
      secret = { privateKey: BigInt(made.privateKey) };
      body = made.publicKey;
    } else {
      const made = await worker.certificate(state.group);
      secret = { seed: made.seed };
      body = made.certificate;
    }
  } finally {
    worker.terminate();
  }
  const file = await keyfile.protect({ uuid: state.uuid, trustee: state.index, mode: state.mode,
    group: state.group, secret }, passphrase);
  form.reset();
  showProgress(null);
  if (generated !== null) URL.revokeObjectURL(generated.fileUrl);
  generated = { step, endpoint, body,
    fileUrl: URL.createObjectURL(new Blob([file], { type: 'application/json' })) };
  const link = field('download');
  link.href = generated.fileUrl;
  link.download = text('fileName', state.uuid, state.index);
  field('saved').checked = false;
  link.click();
}

async function sendGenerated() {
  await post(generated.endpoint, generated.body);
  URL.revokeObjectURL(generated.fileUrl);
  generated = null;
}

// ---- later steps: open the key file, compute in the worker, send ---------------------------

async function withKey(form) {
  const file = form.elements.file.files[0];
  if (!file) throw new Error(text('chooseFile'));
  const content = await file.text();
  showProgress(text('keyfile'));
  let secret;
  try {
    secret = await keyfile.unprotect(content, form.elements.passphrase.value,
      { uuid: state.uuid, trustee: state.index, mode: state.mode, group: state.group });
  } catch (e) {
    if (e.code === 'wrong-trustee') e.trustee = keyfile.inspect(content).trustee;
    throw e;
  }
  const { step, endpoint } = actionOf(state);
  const worker = new TrusteeWorker();
  try {
    showProgress(text('working', 0, 0));
    await post(endpoint, await compute(worker, step, secret));
  } finally {
    worker.terminate(); // the key leaves memory with the worker
  }
  form.reset();
}

async function compute(worker, step, secret) {
  const certificates = () => state.certificates.map((c) => write(c));
  if (step === 'polynomial') {
    return worker.polynomial(state.group, secret.seed, certificates(), state.threshold,
      onProgress);
  }
  if (step === 'voutput') {
    return worker.voutput(state.group, secret.seed, certificates(), write(state.vinput),
      onProgress);
  }
  const response = await fetch(`${api}/encrypted-tally`, { headers: { Accept: 'application/json' },
    credentials: 'same-origin', cache: 'no-store' });
  if (!response.ok) throw new Error(await problem(response));
  const tally = await response.text();
  const key = state.mode === 'single' ? { privateKey: String(secret.privateKey) }
    : { seed: secret.seed, voutput: write(state.voutput) };
  // A Single board of one: the election key is the member's own public key.
  const publicKey = state.mode === 'single' ? state.publicKey : undefined;
  return worker.partialDecryption(state.group, tally, state.fingerprint, key, publicKey,
    onProgress);
}

// ---- a public file made with the command line tool -----------------------------------------

async function sendCliFile(form) {
  const file = form.elements.file.files[0];
  if (!file) throw new Error(text('chooseFile'));
  const content = (await file.text()).replace(/\r?\n$/, '');
  await post(actionOf(state).endpoint, content);
  form.reset();
}

// ---- wiring --------------------------------------------------------------------------------

function onSubmit(element, work) {
  element.addEventListener('submit', (event) => {
    event.preventDefault();
    act(() => work(element));
  });
}

onSubmit(panel('generate'), generate);
onSubmit(panel('key'), withKey);
onSubmit(field('cli-form'), sendCliFile);
field('saved').addEventListener('change', () => {
  field('send').disabled = !field('saved').checked;
});
field('send').addEventListener('click', () => act(sendGenerated));
refresh();
