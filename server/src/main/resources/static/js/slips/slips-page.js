// The credential-slips page (docs/voting-api.md, section 2): makes one credential per person
// present at a site, uploads only the public credentials, then lays out printable slips.
// Private credentials exist only in this page's memory (never sent, never stored); the slips
// are shuffled since whoever hands them out must not be able to link a slip to anyone.

import { texts } from '../booth/texts.js';
import { problemOf } from '../booth/problem.js';
import { makeCredentials, shuffled, sortedPublicCredentials } from './credentials.js';
import { renderQr } from './qr.js';

const root = document.getElementById('slips-page');
const t = texts(root);
const $ = (id) => document.getElementById(id);
const status = $('slips-status');
const errorBox = $('slips-error');
const generateButton = $('slips-generate');
const printButton = $('slips-print');
const progress = $('slips-progress');

function say(text) {
  status.textContent = text;
}

function fail(text) {
  errorBox.textContent = text;
  errorBox.hidden = false;
}

function jsonHeaders() {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (root.dataset.csrfHeader && root.dataset.csrfToken) {
    headers[root.dataset.csrfHeader] = root.dataset.csrfToken;
  }
  return headers;
}

/** The server's detail, or a generic reason by status. */
async function reason(response) {
  const problem = await problemOf(response);
  return problem.detail ?? t('httpError', problem.status);
}

async function loadState() {
  let response;
  try {
    response = await fetch(root.dataset.stateUrl, { headers: jsonHeaders(), credentials: 'same-origin' });
  } catch (e) {
    fail(t('failed', t('networkError')));
    return null;
  }
  if (!response.ok) {
    fail(t('failed', await reason(response)));
    return null;
  }
  return response.json();
}

function showCounts(state) {
  $('slips-present').textContent = String(state.present);
  $('slips-issued').textContent = String(state.issued);
  $('slips-counts').hidden = false;
}

async function start() {
  const state = await loadState();
  say('');
  if (state === null) return;
  showCounts(state);
  if (state.issued > 0) {
    say(t('already', state.issued));
    root.dataset.phase = 'already-issued';
    return;
  }
  if (!(state.present > 0)) {
    say(t('none'));
    root.dataset.phase = 'nobody-present';
    return;
  }
  generateButton.textContent = t('generate', state.present);
  generateButton.hidden = false;
  $('slips-generate-hint').hidden = false;
  root.dataset.phase = 'ready-to-make';
  generateButton.addEventListener('click', () => make(state), { once: true });
}

async function make(state) {
  generateButton.disabled = true;
  errorBox.hidden = true;
  progress.max = state.present;
  progress.value = 0;
  progress.hidden = false;
  say(t('generating', 0, state.present));
  let made;
  try {
    made = await makeCredentials(state.group, state.uuid, state.present, (done, total) => {
      progress.value = done;
      say(t('generating', done, total));
    });
  } catch (e) {
    progress.hidden = true;
    fail(t('failed', e.message));
    return;
  }
  say(t('uploading'));
  const uploaded = await upload(sortedPublicCredentials(made.publicCredentials));
  progress.hidden = true;
  if (uploaded !== null) {
    // Not accepted: these credentials can never vote, so they must not be printed.
    made = null;
    say('');
    fail(`${t('failed', uploaded)} ${t('discarded')}`);
    root.dataset.phase = 'failed';
    return;
  }
  generateButton.hidden = true;
  $('slips-generate-hint').hidden = true;
  $('slips-issued').textContent = String(made.credentials.length);
  renderSlips(shuffled(made.credentials));
  say(t('ready', made.credentials.length));
  printButton.hidden = false;
  printButton.focus();
  root.dataset.phase = 'printable';
}

/** Null when the server took the list, else why not. */
async function upload(publicCredentials) {
  let response;
  try {
    response = await fetch(root.dataset.stateUrl, {
      method: 'POST',
      headers: { ...jsonHeaders(), 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ public_credentials: publicCredentials }),
    });
  } catch (e) {
    return t('networkError');
  }
  return response.ok ? null : reason(response);
}

function renderSlips(credentials) {
  const template = $('slip-template');
  const sheet = $('slips');
  for (const credential of credentials) {
    const slip = template.content.firstElementChild.cloneNode(true);
    slip.querySelector('[data-credential]').textContent = credential;
    const canvas = renderQr(slip.querySelector('[data-qr]'), credential);
    canvas.setAttribute('aria-hidden', 'true');
    sheet.append(slip);
  }
  sheet.hidden = false;
}

printButton.addEventListener('click', () => window.print());
start();
