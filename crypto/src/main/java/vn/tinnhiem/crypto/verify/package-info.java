/**
 * The verifier: checks everything a {@code .bel} archive claims (chain, setup, every ballot,
 * encrypted tally, partial decryptions, result) and returns a {@link vn.tinnhiem.crypto.verify.Verdict}.
 */
package vn.tinnhiem.crypto.verify;
