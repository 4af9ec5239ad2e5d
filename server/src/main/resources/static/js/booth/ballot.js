// The voter's ballot (specification 4.11.1, 4.13, 4.14), mirroring
// vn.tinnhiem.crypto.election.BallotFactory (build), BallotCheck (check) and BallotJson
// (wire form). The plaintext has belenios-tool's shape: per question one 0/1 entry per
// answer, preceded by the blank flag when the question allows blank votes.

import { groupByName } from './group.js';
import * as hash from './hash.js';
import { write } from './json.js';
import * as credentials from './credential.js';
import { ONE, encrypt, equals, times } from './ciphertext.js';
import {
  proveBlank, proveBlankOverall, proveInterval, range, sign, verifyBlank, verifyBlankOverall,
  verifyInterval, verifySignature,
} from './proofs.js';

const ZERO_ONE = [0, 1];

/** φ: unpadded base64 SHA-256 of the election exactly as given (never re-serialised). */
export function electionFingerprint(electionJsonText) {
  return hash.base64(electionJsonText);
}

/** The tracking code shown to the voter: unpadded base64 SHA-256 of the ballot's bytes. */
export function trackingCode(ballotJson) {
  return hash.base64(ballotJson);
}

/**
 * What a voter's device needs from the election (4.10): group, key, uuid, questions and the
 * fingerprint of the exact text. Throws on anything a booth cannot vote in.
 */
export async function parseElection(electionJsonText) {
  const json = JSON.parse(electionJsonText);
  if (json === null || typeof json !== 'object' || json.version !== 1) {
    throw new TypeError('not a version 1 election');
  }
  const group = groupByName(json.group);
  if (typeof json.uuid !== 'string' || !/^[1-9A-HJ-NP-Za-km-z]{14,64}$/.test(json.uuid)) {
    throw new TypeError('election uuid is not base58 of length >= 14');
  }
  if (!Array.isArray(json.questions) || json.questions.length === 0) {
    throw new TypeError('an election needs at least one question');
  }
  return Object.freeze({
    group,
    publicKey: group.parseElement(json.public_key),
    uuid: json.uuid,
    questions: Object.freeze(json.questions.map(parseQuestion)),
    fingerprint: await electionFingerprint(electionJsonText),
  });
}

function parseQuestion(q, i) {
  const where = `question ${i + 1}`;
  if (q === null || typeof q !== 'object' || Object.hasOwn(q, 'type') || Object.hasOwn(q, 'value')) {
    throw new TypeError(`${where}: only homomorphic questions are supported`);
  }
  const { answers, min, max } = q;
  if (!Array.isArray(answers) || answers.length === 0
      || !answers.every((a) => typeof a === 'string')) {
    throw new TypeError(`${where}: needs a list of answers`);
  }
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max < min
      || max > answers.length) {
    throw new TypeError(`${where}: need 0 <= min <= max <= answers`);
  }
  if (q.blank !== undefined && typeof q.blank !== 'boolean') {
    throw new TypeError(`${where}: blank must be true or false`);
  }
  const blank = q.blank === true;
  return Object.freeze({ question: q.question, answers, min, max, blank,
    choiceCount: answers.length + (blank ? 1 : 0) });
}

/**
 * Encrypts and proves a ballot, then signs it with the credential.
 *
 * @param electionJsonText the election exactly as published (its hash is the fingerprint)
 * @param privateCredential as printed on the slip, with or without dashes
 * @param plaintext one array of 0/1 per question (blank flag first where blank is allowed)
 * @param options.onProgress called with { done, total } questions after each one
 * @returns { ballotJson, trackingCode, electionHash, credential, plaintext, randomness } where
 *     randomness[i][j] is the decimal r of choice j of question i, revealed only on audit
 */
export async function createBallot(electionJsonText, privateCredential, plaintext,
  { onProgress } = {}) {
  const election = await parseElection(electionJsonText);
  const printed = credentials.normalize(privateCredential);
  if (printed === null) {
    throw new RangeError('not a valid credential (check the characters and the dashes)');
  }
  validatePlaintext(election, plaintext);
  const { group, publicKey: y } = election;
  const secret = await credentials.secret(group, election.uuid, printed);
  const credential = group.gPow(secret);
  const s0 = `${election.fingerprint}|${credential}`;
  const answers = [];
  const randomness = [];
  for (let i = 0; i < election.questions.length; i++) {
    const { answer, r } = await answerQuestion(group, y, s0, election.questions[i],
      plaintext[i]);
    answers.push(answer);
    randomness.push(r.map(String));
    onProgress?.({ done: i + 1, total: election.questions.length });
  }
  const unsigned = { election_uuid: election.uuid, election_hash: election.fingerprint,
    credential, answers };
  const signatureHash = await hash.base64(write(unsigned));
  const proof = await sign(group, secret, signatureHash);
  const ballotJson = write({ ...unsigned, signature: { hash: signatureHash, proof } });
  return {
    ballotJson,
    trackingCode: await trackingCode(ballotJson),
    electionHash: election.fingerprint,
    credential: String(credential),
    plaintext: plaintext.map((row) => [...row]),
    randomness,
  };
}

/** One question's answer: choices with 0/1 proofs on S0, then the overall and blank proofs. */
async function answerQuestion(group, y, s0, q, m) {
  const r = m.map(() => group.randomExponent());
  const choices = m.map((mj, j) => encrypt(group, y, r[j], mj));
  const individual = [];
  for (let j = 0; j < m.length; j++) {
    individual.push(await proveInterval(group, y, s0, choices[j], r[j], m[j], ZERO_ONE));
  }
  const s = `${s0}|${joinChoices(choices)}`;
  const first = q.blank ? 1 : 0;
  let sigma = ONE;
  let rSigma = 0n;
  let mSigma = 0;
  for (let j = first; j < m.length; j++) {
    sigma = times(group, sigma, choices[j]);
    rSigma += r[j];
    mSigma += m[j];
  }
  rSigma %= group.q;
  const answer = { choices, individual_proofs: individual };
  if (!q.blank) {
    answer.overall_proof = await proveInterval(group, y, s, sigma, rSigma, mSigma,
      range(q.min, q.max));
    return { answer, r };
  }
  const blank = m[0] === 1;
  const blankProof = await proveBlank(group, y, s, choices[0], r[0], sigma, rSigma, mSigma,
    blank);
  answer.overall_proof = await proveBlankOverall(group, y, s, choices[0], r[0], sigma, rSigma,
    blank, mSigma, q.min, q.max);
  answer.blank_proof = blankProof;
  return { answer, r };
}

/** "α1,β1,α2,β2,…": the suffix of S in the overall and blank proofs. */
function joinChoices(choices) {
  return choices.map((c) => `${c.alpha},${c.beta}`).join(',');
}

function validatePlaintext(election, plaintext) {
  const questions = election.questions;
  if (!Array.isArray(plaintext) || plaintext.length !== questions.length) {
    throw new RangeError(`expected ${questions.length} answers`);
  }
  questions.forEach((q, i) => {
    const why = plaintextProblem(q, plaintext[i]);
    if (why !== null) throw new RangeError(`question ${i + 1}: ${why}`);
  });
}

/** Null when m is a valid plaintext for q, else why not. */
function plaintextProblem(q, m) {
  if (!Array.isArray(m) || m.length !== q.choiceCount) {
    return `needs ${q.choiceCount} entries`;
  }
  if (!m.every((v) => v === 0 || v === 1)) {
    return 'each entry must be 0 or 1';
  }
  const sum = m.reduce((a, b) => a + b, 0);
  if (q.blank && m[0] === 1) {
    return sum === 1 ? null : 'a blank vote selects nothing else';
  }
  const selected = q.blank ? sum - m[0] : sum;
  return selected < q.min || selected > q.max ? `select between ${q.min} and ${q.max}` : null;
}

// ---- checking (what an auditor's page runs) ------------------------------------------------

function pass(step) {
  return { passed: true, step };
}

function fail(step, why) {
  return { passed: false, step, why };
}

/**
 * Checks a ballot against its election as BallotCheck does: identity, shape, signature and
 * every proof. Whether the credential is registered is the board's business.
 * Answers { passed, step, why } instead of throwing.
 */
export async function checkBallot(electionJsonText, ballotJson) {
  let election;
  let ballot;
  try {
    election = await parseElection(electionJsonText);
    ballot = parseBallot(election.group, ballotJson);
  } catch (e) {
    return fail('Ballots: format', e.message);
  }
  return checkParsed(election, ballot);
}

async function checkParsed(election, ballot) {
  const { group, publicKey: y, questions } = election;
  if (ballot.election_uuid !== election.uuid) {
    return fail('Ballots: election', `ballot is for election ${ballot.election_uuid}`);
  }
  if (ballot.election_hash !== election.fingerprint) {
    return fail('Ballots: election', 'election_hash does not match the election');
  }
  if (ballot.answers.length !== questions.length) {
    return fail('Ballots: shape', `expected ${questions.length} answers, found ${ballot.answers.length}`);
  }
  const { signature, ...unsigned } = ballot;
  const signatureHash = await hash.base64(write(unsigned));
  if (signatureHash !== signature.hash) {
    return fail('Ballots: signature', 'signature hash does not match the ballot');
  }
  if (!await verifySignature(group, ballot.credential, signatureHash, signature.proof)) {
    return fail('Ballots: signature', 'signature proof is invalid');
  }
  const s0 = `${election.fingerprint}|${ballot.credential}`;
  for (let i = 0; i < questions.length; i++) {
    const why = await answerProblem(group, y, s0, questions[i], ballot.answers[i]);
    if (why !== null) return fail('Ballots: proofs', `question ${i + 1}: ${why}`);
  }
  return pass('Ballots');
}

/** Null when the answer is well formed and all its proofs hold, else the reason. */
async function answerProblem(group, y, s0, q, a) {
  const n = q.choiceCount;
  if (a.choices.length !== n || a.individual_proofs.length !== n) {
    return `expected ${n} choices with individual proofs`;
  }
  if (q.blank !== (a.blank_proof !== undefined)) {
    return q.blank ? 'missing blank_proof' : 'unexpected blank_proof';
  }
  for (let j = 0; j < n; j++) {
    if (!await verifyInterval(group, y, s0, a.choices[j], a.individual_proofs[j], ZERO_ONE)) {
      return `individual proof ${j + 1} is invalid`;
    }
  }
  const s = `${s0}|${joinChoices(a.choices)}`;
  let sigma = ONE;
  for (let j = q.blank ? 1 : 0; j < n; j++) sigma = times(group, sigma, a.choices[j]);
  if (!q.blank) {
    return await verifyInterval(group, y, s, sigma, a.overall_proof, range(q.min, q.max))
      ? null : 'overall proof is invalid';
  }
  if (!await verifyBlank(group, y, s, a.choices[0], sigma, a.blank_proof)) {
    return 'blank proof is invalid';
  }
  return await verifyBlankOverall(group, y, s, a.choices[0], sigma, a.overall_proof, q.min,
    q.max) ? null : 'overall proof is invalid';
}

/**
 * An audited ballot: checks it as above, then re-encrypts the plaintext with the revealed
 * randomness and compares every ciphertext, so anyone can see the booth encrypted what the
 * voter chose.
 */
export async function auditBallot(electionJsonText, ballotJson, plaintext, randomness) {
  const checked = await checkBallot(electionJsonText, ballotJson);
  if (!checked.passed) {
    return checked;
  }
  const election = await parseElection(electionJsonText);
  const ballot = parseBallot(election.group, ballotJson);
  const { group, publicKey: y, questions } = election;
  if (!Array.isArray(plaintext) || !Array.isArray(randomness)
      || plaintext.length !== questions.length || randomness.length !== questions.length) {
    return fail('Audit: shape', `expected plaintext and randomness for ${questions.length} questions`);
  }
  for (let i = 0; i < questions.length; i++) {
    const why = plaintextProblem(questions[i], plaintext[i]);
    if (why !== null) return fail('Audit: plaintext', `question ${i + 1}: ${why}`);
    const mismatch = reencryptionProblem(group, y, ballot.answers[i].choices, plaintext[i],
      randomness[i]);
    if (mismatch !== null) return fail('Audit: encryption', `question ${i + 1}: ${mismatch}`);
  }
  return pass('Audit');
}

function reencryptionProblem(group, y, choices, m, r) {
  if (!Array.isArray(r) || r.length !== choices.length) {
    return `expected ${choices.length} random values`;
  }
  for (let j = 0; j < choices.length; j++) {
    let rj;
    try {
      rj = group.parseExponent(r[j]);
    } catch (e) {
      return `choice ${j + 1}: ${e.message}`;
    }
    if (!equals(encrypt(group, y, rj, m[j]), choices[j])) {
      return `choice ${j + 1} is not the encryption of ${m[j]} with the given randomness`;
    }
  }
  return null;
}

// ---- wire form ----------------------------------------------------------------------------

/**
 * Parses a ballot as BallotJson.fromJson does: only the known keys, every number checked
 * against the group. Keys come out in wire order, so write(ballot) gives the bytes back for
 * a canonical ballot.
 */
export function parseBallot(group, ballotJson) {
  const o = onlyKeys(JSON.parse(ballotJson), 'ballot', ['election_uuid', 'election_hash',
    'credential', 'answers', 'signature'], []);
  const sig = onlyKeys(o.signature, 'signature', ['hash', 'proof'], []);
  return {
    election_uuid: string(o.election_uuid, 'election_uuid'),
    election_hash: string(o.election_hash, 'election_hash'),
    credential: group.parseElement(o.credential),
    answers: list(o.answers, 'answers').map((a) => parseAnswer(group, a)),
    signature: { hash: string(sig.hash, 'signature hash'), proof: parseProof(group, sig.proof) },
  };
}

function parseAnswer(group, json) {
  const o = onlyKeys(json, 'answer', ['choices', 'individual_proofs', 'overall_proof'],
    ['blank_proof']);
  const proofs = (x, what) => list(x, what).map((p) => parseProof(group, p));
  const answer = {
    choices: list(o.choices, 'choices').map((c) => parseCiphertext(group, c)),
    individual_proofs: list(o.individual_proofs, 'individual_proofs')
      .map((p) => proofs(p, 'individual proof')),
    overall_proof: proofs(o.overall_proof, 'overall_proof'),
  };
  if (o.blank_proof !== undefined) answer.blank_proof = proofs(o.blank_proof, 'blank_proof');
  return answer;
}

function parseCiphertext(group, json) {
  const o = onlyKeys(json, 'ciphertext', ['alpha', 'beta'], []);
  return { alpha: group.parseElement(o.alpha), beta: group.parseElement(o.beta) };
}

function parseProof(group, json) {
  const o = onlyKeys(json, 'proof', ['challenge', 'response'], []);
  return { challenge: group.parseExponent(o.challenge), response: group.parseExponent(o.response) };
}

function onlyKeys(json, what, required, optional) {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new TypeError(`${what}: expected an object`);
  }
  for (const key of Object.keys(json)) {
    if (!required.includes(key) && !optional.includes(key)) {
      throw new TypeError(`${what}: unexpected field "${key}"`);
    }
  }
  for (const key of required) {
    if (!Object.hasOwn(json, key)) throw new TypeError(`${what}: missing field "${key}"`);
  }
  return json;
}

function list(json, what) {
  if (!Array.isArray(json)) throw new TypeError(`${what}: expected a list`);
  return json;
}

function string(json, what) {
  if (typeof json !== 'string') throw new TypeError(`${what}: expected a string`);
  return json;
}
