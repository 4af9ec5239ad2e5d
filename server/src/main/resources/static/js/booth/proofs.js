// Zero-knowledge proofs of a Belenios ballot, mirroring vn.tinnhiem.crypto.proof:
// interval proofs (4.12), blank-vote proofs (4.13) and the ballot signature (4.14).
// A proof is { challenge, response } of BigInt; json.js writes them as decimal strings.
//
// The prover knows each ciphertext's randomness r and plaintext m, so a simulated branch
// "encrypts M" is built from fixed-base powers only: with e random and
// response = e − r·c, the verifier's g^response·α^c = g^e and
// y^response·(β/g^M)^c = y^e·g^((m−M)·c). Same values as the textbook simulation, without
// any exponentiation of a fresh base.

import { mod } from './group.js';
import { toExponent } from './hash.js';
import { proveKnowledge, respond, verifyKnowledge } from './schnorr.js';

/** The values min, min+1, …, max. */
export function range(min, max) {
  const out = [];
  for (let m = min; m <= max; m++) out.push(m);
  return out;
}

/** A branch proved for real: commitments g^w, y^w for a random w. */
function commit(group, y) {
  const w = group.randomExponent();
  return { w, a: group.gPow(w), b: group.keyPow(y, w) };
}

/** A simulated branch claiming that the ciphertext (randomness r, plaintext m) encrypts claim. */
function simulate(group, y, r, m, claim) {
  const challenge = group.randomExponent();
  const e = group.randomExponent();
  const delta = mod(BigInt(m - claim) * challenge, group.q);
  return {
    proof: { challenge, response: respond(group, e, r, challenge) },
    a: group.gPow(e),
    b: group.mul(group.keyPow(y, e), group.gPow(delta)),
  };
}

/** Commitments of a proof as the verifier recomputes them: g^resp·α^c, y^resp·(β/g^claim)^c. */
function recompute(group, y, c, claim, proof) {
  return [
    group.powPow(group.g, proof.response, c.alpha, proof.challenge),
    group.keyPowPow(y, proof.response, group.divByGPow(c.beta, claim), proof.challenge),
  ];
}

/**
 * Proves that c (randomness r) encrypts m, one of values (4.12, iprove): the challenge is
 * SHA256(prove|S|α,β|A0,B0,…,Ak,Bk) and the branch challenges add up to it.
 */
export async function proveInterval(group, y, s, c, r, m, values) {
  const index = values.indexOf(m);
  if (index < 0) {
    throw new RangeError(`plaintext ${m} is not among ${values}`);
  }
  const branches = values.map((claim, j) => (j === index ? commit(group, y)
    : simulate(group, y, r, m, claim)));
  const hash = await intervalChallenge(group, s, c, branches.flatMap((x) => [x.a, x.b]));
  return closeBranches(group, branches, index, r, hash);
}

export async function verifyInterval(group, y, s, c, proofs, values) {
  if (!Array.isArray(proofs) || proofs.length !== values.length) {
    return false;
  }
  const commitments = proofs.flatMap((p, j) => recompute(group, y, c, values[j], p));
  const hash = await intervalChallenge(group, s, c, commitments);
  return hash === sumOfChallenges(group, proofs);
}

function intervalChallenge(group, s, c, commitments) {
  return toExponent(`prove|${s}|${c.alpha},${c.beta}|${commitments.join(',')}`, group.q);
}

/** The real branch's challenge is what the hash leaves after the simulated ones. */
function closeBranches(group, branches, real, secret, hash) {
  let others = 0n;
  branches.forEach((x, j) => {
    if (j !== real) others += x.proof.challenge;
  });
  const challenge = mod(hash - others, group.q);
  return branches.map((x, j) => (j === real
    ? { challenge, response: respond(group, x.w, secret, challenge) } : x.proof));
}

function sumOfChallenges(group, proofs) {
  return mod(proofs.reduce((sum, p) => sum + p.challenge, 0n), group.q);
}

/**
 * blank_proof (4.13): m0 = 0 ∨ mΣ = 0 with challenge SHA256(bproof0|S|A0,B0,AΣ,BΣ).
 * c0 is the blank flag (randomness r0), cSigma the product of the other choices (rSigma,
 * plaintext mSigma); blank says which side is true.
 */
export async function proveBlank(group, y, s, c0, r0, cSigma, rSigma, mSigma, blank) {
  // The true side is the one whose plaintext is 0: m0 when not blank, mΣ when blank.
  const real = blank ? 1 : 0;
  const branches = blank
    ? [simulate(group, y, r0, 1, 0), commit(group, y)]
    : [commit(group, y), simulate(group, y, rSigma, mSigma, 0)];
  const hash = await blankChallenge(group, 'bproof0', s, branches.flatMap((x) => [x.a, x.b]));
  return closeBranches(group, branches, real, blank ? rSigma : r0, hash);
}

export async function verifyBlank(group, y, s, c0, cSigma, proofs) {
  if (!Array.isArray(proofs) || proofs.length !== 2) {
    return false;
  }
  const commitments = [...recompute(group, y, c0, 0, proofs[0]),
    ...recompute(group, y, cSigma, 0, proofs[1])];
  const hash = await blankChallenge(group, 'bproof0', s, commitments);
  return hash === sumOfChallenges(group, proofs);
}

/**
 * overall_proof of a question with blank (4.13): m0 = 1 ∨ mΣ ∈ [min…max], challenge
 * SHA256(bproof1|S|A0,B0,…,Ak,Bk); π0 is about (α0, β0/g), πj about (αΣ, βΣ/g^(min+j−1)).
 */
export async function proveBlankOverall(group, y, s, c0, r0, cSigma, rSigma, blank, mSigma,
  min, max) {
  const claims = [1, ...range(min, max)];
  const real = blank ? 0 : mSigma - min + 1;
  const branches = claims.map((claim, j) => {
    if (j === real) return commit(group, y);
    // π0 is only simulated when the vote is not blank, so the blank flag m0 is then 0.
    return j === 0 ? simulate(group, y, r0, 0, claim) : simulate(group, y, rSigma, mSigma, claim);
  });
  const hash = await blankChallenge(group, 'bproof1', s, branches.flatMap((x) => [x.a, x.b]));
  return closeBranches(group, branches, real, blank ? r0 : rSigma, hash);
}

export async function verifyBlankOverall(group, y, s, c0, cSigma, proofs, min, max) {
  const claims = [1, ...range(min, max)];
  if (!Array.isArray(proofs) || proofs.length !== claims.length) {
    return false;
  }
  const commitments = proofs.flatMap((p, j) => recompute(group, y, j === 0 ? c0 : cSigma,
    claims[j], p));
  const hash = await blankChallenge(group, 'bproof1', s, commitments);
  return hash === sumOfChallenges(group, proofs);
}

function blankChallenge(group, tag, s, commitments) {
  return toExponent(`${tag}|${s}|${commitments.join(',')}`, group.q);
}

/** Ballot signature (4.14): knowledge of the credential's secret, challenge SHA256(sig|hash|A). */
export function sign(group, secret, ballotHash) {
  return proveKnowledge(group, secret, `sig|${ballotHash}|`);
}

export function verifySignature(group, credential, ballotHash, proof) {
  return verifyKnowledge(group, credential, `sig|${ballotHash}|`, proof);
}
