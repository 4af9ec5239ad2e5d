// The voting booth (docs/voting-api.md, section 3), a kiosk page: start → credential (typed or
// scanned) → ballot → review → encryption in the worker → tracking code → cast or audit →
// cleared for the next voter. The credential, the choices and the ballot live only in this
// module's `voter` object and the worker; every way out (cast, cancel, timeout, Back, leaving
// the page) clears them.

import { BallotWorker } from './ballot-worker-client.js';
import { parseElection } from './ballot.js';
import { isWellFormed, normalize } from './credential.js';
import { describeRow, readPlaintext, renderQuestions } from './booth-ballot-form.js';
import { Scanner, canScan } from './booth-scan.js';
import { problemOf } from './problem.js';
import { texts } from './texts.js';

const root = document.getElementById('booth');
const t = texts(root);
const $ = (id) => document.getElementById(id);
const translate = document.documentElement.lang !== 'vi';
const idleSeconds = Number(root.dataset.idleSeconds) || 120;
const clearSeconds = Number(root.dataset.clearSeconds) || 30;
const RETRY_ELECTION_MS = 15000;

/** Screens Back may return to, and what each needs of the voter's state. */
const NEEDS = {
  start: () => true,
  credential: () => true,
  ballot: () => voter.credential !== null,
  review: () => voter.plaintext !== null,
  encrypted: () => voter.ballot !== null,
  audit: () => voter.audit !== null,
};
/** Screens where the idle timer does not run (nothing to clear, or work under way). */
const NOT_IDLE = new Set(['loading', 'unavailable', 'start', 'encrypting', 'casting']);

let election = null; // { text, parsed }
let worker = null;
let voter = emptyVoter();
let screen = 'loading';
let lastActivity = Date.now();
let clearAt = null;
let auditUrl = null;
let scanner = null;

function emptyVoter() {
  return { credential: null, plaintext: null, ballot: null, audit: null };
}

// ---- screens --------------------------------------------------------------------------------

function show(name, { push = true } = {}) {
  if (screen === 'credential' && name !== 'credential') scanner?.stop();
  screen = name;
  root.dataset.screen = name;
  for (const section of root.querySelectorAll('section[data-screen]')) {
    section.hidden = section.dataset.screen !== name;
  }
  if (push && Object.hasOwn(NEEDS, name)) history.pushState({ screen: name }, '');
  const target = name === 'credential' ? $('credential-input')
    : root.querySelector(`section[data-screen="${name}"] h1`);
  target?.focus();
  lastActivity = Date.now();
}

window.addEventListener('popstate', (event) => {
  const wanted = event.state?.screen;
  if (Object.hasOwn(NEEDS, wanted) && wanted !== 'start' && NEEDS[wanted]()
      && !['encrypting', 'casting', 'cast'].includes(screen)) {
    if (wanted !== 'encrypted' && wanted !== 'audit') voter.ballot = null; // stepped back: re-encrypt
    show(wanted, { push: false });
    return;
  }
  clearVoter();
  history.replaceState({ screen: 'start' }, '');
  show(election === null ? 'loading' : 'start', { push: false });
});

/** Forgets everything about the current voter and blanks every field that showed it. */
function clearVoter() {
  voter = emptyVoter();
  clearAt = null;
  scanner?.stop();
  $('credential-form').reset();
  $('credential-input').value = '';
  $('credential-input').removeAttribute('aria-invalid');
  $('ballot-form').reset();
  for (const id of ['credential-error', 'ballot-error', 'cast-error', 'cast-note']) {
    $(id).hidden = true;
    $(id).textContent = '';
  }
  for (const id of ['review-list', 'tracking-code', 'cast-tracking-code', 'audit-data',
    'audit-result', 'clear-countdown']) {
    $(id).replaceChildren();
  }
  root.querySelectorAll('fieldset.missing').forEach((f) => f.classList.remove('missing'));
  if (auditUrl !== null) URL.revokeObjectURL(auditUrl);
  auditUrl = null;
  $('audit-download').removeAttribute('href');
  if (election !== null) restartWorker();
}

/** A fresh worker per voter, so nothing of the previous voter's can linger in its memory. */
function restartWorker() {
  worker?.terminate();
  worker = new BallotWorker();
  worker.prepare(election.text).catch(() => {}); // tables only; a failure shows at encryption
}

function startOver(noticeKey) {
  clearVoter();
  history.replaceState({ screen: 'start' }, '');
  show('start', { push: false });
  const notice = $('booth-notice');
  notice.textContent = noticeKey ? t(noticeKey) : '';
  notice.hidden = !noticeKey;
}

// ---- election -------------------------------------------------------------------------------

async function loadElection() {
  let response;
  try {
    response = await fetch(root.dataset.electionUrl, { headers: { Accept: 'application/json' } });
  } catch (e) {
    unavailable(null);
    return;
  }
  if (!response.ok) {
    unavailable((await problemOf(response)).detail);
    return;
  }
  const text = await response.text(); // exact bytes: the fingerprint is their hash
  try {
    election = { text, parsed: await parseElection(text) };
  } catch (e) {
    unavailable(e.message);
    return;
  }
  renderQuestions($('questions'), $('question-template'), election.parsed.questions, t, translate);
  const multiple = election.parsed.questions.some((q) => q.max > 1);
  if (multiple) $('ballot-lead').textContent = t('leadMulti', 1, election.parsed.questions[0].max);
  restartWorker();
  history.replaceState({ screen: 'start' }, '');
  show('start', { push: false });
}

function unavailable(detail) {
  $('unavailable-detail').textContent = detail ?? '';
  show('unavailable', { push: false });
  setTimeout(loadElection, RETRY_ELECTION_MS);
}

// ---- credential -----------------------------------------------------------------------------

/** Checks as the voter types: complains once the text is as long as a credential. */
function checkTyped({ final }) {
  const input = $('credential-input');
  const typed = input.value.trim();
  const error = $('credential-error');
  const long = typed.replaceAll('-', '').length >= 15;
  let message = null;
  if (typed === '' && final) message = t('credentialEmpty');
  else if ((final || long) && typed !== '' && !isWellFormed(typed)) message = t('credentialInvalid');
  error.textContent = message ?? '';
  error.hidden = message === null;
  if (message === null) input.removeAttribute('aria-invalid');
  else input.setAttribute('aria-invalid', 'true');
  return message === null ? normalize(typed) : null;
}

function acceptCredential(credential) {
  voter.credential = credential;
  show('ballot');
}

$('credential-input').addEventListener('input', () => checkTyped({ final: false }));
$('credential-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const credential = checkTyped({ final: true });
  if (credential === null) {
    $('credential-input').focus();
    return;
  }
  acceptCredential(credential);
});

async function setUpScanning() {
  if (!await canScan()) return;
  scanner = new Scanner($('scan-video'), (text) => {
    const credential = normalize(text);
    if (credential === null) {
      $('scan-status').textContent = t('credentialInvalid');
      return;
    }
    scanner.stop();
    $('credential-input').value = credential;
    acceptCredential(credential);
  });
  $('scan').hidden = false;
  $('scan-button').addEventListener('click', async () => {
    if (scanner.running) {
      scanner.stop();
      $('scan-button').textContent = t('scan');
      $('scan-status').textContent = '';
      return;
    }
    try {
      await scanner.start();
      $('scan-button').textContent = t('scanStop');
      $('scan-status').textContent = t('scanning');
    } catch (e) {
      scanner.stop();
      $('scan-status').textContent = t('cameraError');
    }
  });
}

// ---- ballot and review ----------------------------------------------------------------------

$('ballot-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const read = readPlaintext($('questions'), election.parsed.questions);
  const error = $('ballot-error');
  if (read.missing) {
    error.textContent = t('ballotMissing', read.missing.length);
    error.hidden = false;
    $('questions').querySelector(`fieldset[data-question="${read.missing[0]}"] input`)?.focus();
    return;
  }
  error.hidden = true;
  voter.plaintext = read.plaintext;
  voter.ballot = null;
  renderReview();
  show('review');
});

function renderReview() {
  const items = election.parsed.questions.map((q, i) => {
    const li = document.createElement('li');
    const question = document.createElement('span');
    question.className = 'q-text';
    question.textContent = q.question;
    const answer = document.createElement('strong');
    answer.className = 'review-answer';
    answer.textContent = describeRow(q, voter.plaintext[i], t, translate);
    li.append(question, answer);
    return li;
  });
  $('review-list').replaceChildren(...items);
}

$('edit-button').addEventListener('click', () => show('ballot'));

// ---- encryption -----------------------------------------------------------------------------

$('encrypt-button').addEventListener('click', async () => {
  const total = election.parsed.questions.length;
  const bar = $('encrypt-progress');
  bar.max = total;
  bar.value = 0;
  $('encrypt-status').textContent = t('encryptProgress', 0, total);
  show('encrypting', { push: false });
  try {
    const ballot = await worker.createBallot(election.text, voter.credential, voter.plaintext,
      ({ done }) => {
        bar.value = done;
        $('encrypt-status').textContent = t('encryptProgress', done, total);
      });
    if (screen !== 'encrypting') return; // cleared meanwhile
    voter.ballot = ballot;
    $('tracking-code').textContent = ballot.trackingCode;
    $('cast-error').hidden = true;
    show('encrypted');
  } catch (e) {
    if (screen !== 'encrypting') return;
    show('review', { push: false });
    const error = $('review-error');
    error.textContent = t('encryptFailed', e.message);
    error.hidden = false;
  }
});

// ---- cast -----------------------------------------------------------------------------------

function castHeaders() {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json' };
  if (root.dataset.csrfHeader && root.dataset.csrfToken) {
    headers[root.dataset.csrfHeader] = root.dataset.csrfToken;
  }
  return headers;
}

/** Times the booth sends a ballot again when the server is busy, before giving up. */
const MAX_BUSY_RETRIES = 30;

/** The server's Retry-After in seconds (1 to 60; 5 when it gives none). */
function retryAfterSeconds(response) {
  const seconds = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
  return Number.isFinite(seconds) ? Math.min(60, Math.max(1, seconds)) : 5;
}

/** Waits the server's Retry-After, counting down on the screen. */
async function waitWhileBusy(response, nextAttempt) {
  // Up to a second more, at random, so booths told the same wait do not all come back at once.
  const until = Date.now() + retryAfterSeconds(response) * 1000 + Math.floor(Math.random() * 1000);
  const status = $('casting-status');
  while (Date.now() < until) {
    status.textContent = t('castBusy', Math.ceil((until - Date.now()) / 1000), nextAttempt);
    await new Promise((resolve) => { setTimeout(resolve, Math.min(1000, until - Date.now())); });
  }
  status.textContent = '';
}

$('cast-button').addEventListener('click', async () => {
  const { ballotJson, trackingCode } = voter.ballot;
  $('casting-status').textContent = '';
  show('casting', { push: false });
  let response;
  for (let attempt = 1; ; attempt += 1) {
    try {
      response = await fetch(root.dataset.ballotsUrl, {
        method: 'POST', headers: castHeaders(), body: ballotJson, credentials: 'same-origin',
      });
    } catch (e) {
      castFailed(t('castNetwork'));
      return;
    }
    if (response.status !== 503 || attempt > MAX_BUSY_RETRIES) break;
    // 503: nothing was stored; the same bytes are sent again when the server asks.
    await waitWhileBusy(response, attempt + 1);
  }
  if (!response.ok) {
    const problem = await problemOf(response);
    castFailed(problem.detail ?? t('castHttp', problem.status));
    return;
  }
  let answer = {};
  try {
    answer = await response.json();
  } catch (e) {
    // accepted all the same: our own tracking code is the ballot's hash
  }
  clearVoter(); // cast: nothing of this voter stays but the code on the screen
  $('cast-tracking-code').textContent = trackingCode;
  const note = $('cast-note');
  const notes = [];
  if (answer.replaced === true) notes.push(t('castReplaced'));
  if (typeof answer.tracking_code === 'string' && answer.tracking_code !== trackingCode) {
    notes.push(t('castMismatch', answer.tracking_code));
  }
  note.textContent = notes.join(' ');
  note.hidden = notes.length === 0;
  clearAt = Date.now() + clearSeconds * 1000;
  tick();
  history.replaceState({ screen: 'start' }, '');
  show('cast', { push: false });
});

function castFailed(reason) {
  const error = $('cast-error');
  error.textContent = t('castFailed', reason);
  error.hidden = false;
  show('encrypted', { push: false });
}

$('done-button').addEventListener('click', () => startOver(null));

// ---- audit ----------------------------------------------------------------------------------

$('audit-button').addEventListener('click', async () => {
  const ballot = voter.ballot;
  voter.ballot = null; // an audited ballot must never be cast
  voter.audit = {
    election_uuid: election.parsed.uuid,
    election_hash: ballot.electionHash,
    tracking_code: ballot.trackingCode,
    ballot: JSON.parse(ballot.ballotJson),
    plaintext: ballot.plaintext,
    randomness: ballot.randomness,
  };
  const text = JSON.stringify(voter.audit, null, 2);
  $('audit-data').textContent = text;
  auditUrl = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = $('audit-download');
  link.href = auditUrl;
  link.download = `audit-${ballot.trackingCode.replace(/[^A-Za-z0-9]/g, '').slice(0, 12)}.json`;
  const result = $('audit-result');
  result.className = '';
  result.textContent = t('auditChecking');
  show('audit');
  try {
    const check = await worker.auditBallot(election.text, ballot.ballotJson, ballot.plaintext,
      ballot.randomness);
    if (voter.audit === null) return;
    result.className = check.passed ? 'ok' : 'bad';
    result.textContent = check.passed ? t('auditPassed') : t('auditFailedCheck', check.why);
  } catch (e) {
    if (voter.audit === null) return;
    result.className = 'bad';
    result.textContent = t('auditFailedCheck', e.message);
  }
});

$('audit-again').addEventListener('click', () => {
  voter.audit = null;
  $('audit-data').replaceChildren();
  show('review');
});

// ---- leaving, idling ------------------------------------------------------------------------

$('start-button').addEventListener('click', () => {
  $('booth-notice').hidden = true;
  show('credential');
});
for (const button of root.querySelectorAll('[data-action="cancel"]')) {
  button.addEventListener('click', () => startOver(null));
}
for (const type of ['keydown', 'pointerdown', 'input', 'touchstart']) {
  window.addEventListener(type, () => { lastActivity = Date.now(); }, { passive: true });
}
// Leaving the page (or a restore from the back-forward cache) must not keep a voter's state.
window.addEventListener('pagehide', () => clearVoter());
window.addEventListener('pageshow', (event) => {
  if (event.persisted) startOver(null);
});

function tick() {
  const now = Date.now();
  if (screen === 'cast' && clearAt !== null) {
    const left = Math.max(0, Math.ceil((clearAt - now) / 1000));
    $('clear-countdown').textContent = t('castClearing', left);
    if (left === 0) startOver(null);
    return;
  }
  if (!NOT_IDLE.has(screen) && now - lastActivity > idleSeconds * 1000) startOver('timeout');
}
setInterval(tick, 1000);

setUpScanning();
loadElection();
