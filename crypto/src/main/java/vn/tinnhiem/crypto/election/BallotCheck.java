package vn.tinnhiem.crypto.election;

import java.math.BigInteger;
import java.util.List;
import vn.tinnhiem.crypto.Check;
import vn.tinnhiem.crypto.group.Ciphertext;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.group.Hash;
import vn.tinnhiem.crypto.proof.BlankProof;
import vn.tinnhiem.crypto.proof.IntervalProof;
import vn.tinnhiem.crypto.proof.Proof;
import vn.tinnhiem.crypto.proof.Schnorr;

/**
 * Checks one parsed ballot against its election: identity, shape, signature and every proof.
 * Whether the credential is on the list is the caller's business (board or verifier).
 */
public final class BallotCheck {
  private static final List<BigInteger> ZERO_ONE = IntervalProof.range(0, 1);

  private BallotCheck() {}

  public static Check check(Election election, Ballot ballot) {
    Group group = election.group();
    String fingerprint = election.fingerprint();
    if (!election.uuid().equals(ballot.electionUuid())) {
      return Check.fail("Ballots: election", "ballot is for election " + ballot.electionUuid());
    }
    if (!fingerprint.equals(ballot.electionHash())) {
      return Check.fail("Ballots: election", "election_hash does not match the election");
    }
    List<Question> questions = election.questions();
    if (ballot.answers().size() != questions.size()) {
      return Check.fail("Ballots: shape", "expected " + questions.size() + " answers, found "
          + ballot.answers().size());
    }
    String hash = Hash.base64(BallotJson.unsignedBytes(ballot));
    if (!hash.equals(ballot.signature().hash())) {
      return Check.fail("Ballots: signature", "signature hash does not match the ballot");
    }
    if (!Schnorr.verifySignature(group, ballot.credential(), hash, ballot.signature().proof())) {
      return Check.fail("Ballots: signature", "signature proof is invalid");
    }
    String s0 = fingerprint + "|" + ballot.credential();
    for (int i = 0; i < questions.size(); i++) {
      String why = checkAnswer(group, election.publicKey(), s0, questions.get(i),
          ballot.answers().get(i));
      if (why != null) {
        return Check.fail("Ballots: proofs", "question " + (i + 1) + ": " + why);
      }
    }
    return Check.pass("Ballots");
  }

  /** Null when the answer is well formed and all its proofs hold, else the reason. */
  static String checkAnswer(Group group, BigInteger y, String s0, Question q, Ballot.Answer a) {
    int n = q.choiceCount();
    if (a.choices().size() != n || a.individualProofs().size() != n) {
      return "expected " + n + " choices with individual proofs";
    }
    if (q.allowsBlank() != (a.blankProof() != null)) {
      return q.allowsBlank() ? "missing blank_proof" : "unexpected blank_proof";
    }
    for (int j = 0; j < n; j++) {
      if (!IntervalProof.verify(group, y, s0, a.choices().get(j), a.individualProofs().get(j),
          ZERO_ONE)) {
        return "individual proof " + (j + 1) + " is invalid";
      }
    }
    String s = s0 + "|" + BallotFactory.joinChoices(a.choices());
    int first = q.allowsBlank() ? 1 : 0;
    Ciphertext sigma = Ciphertext.one();
    for (int j = first; j < n; j++) {
      sigma = sigma.times(group, a.choices().get(j));
    }
    if (!q.allowsBlank()) {
      return IntervalProof.verify(group, y, s, sigma, a.overallProof(),
          IntervalProof.range(q.min(), q.max())) ? null : "overall proof is invalid";
    }
    List<Proof> blank = a.blankProof();
    if (!BlankProof.verifyBlank(group, y, s, a.choices().get(0), sigma, blank)) {
      return "blank proof is invalid";
    }
    return BlankProof.verifyOverall(group, y, s, a.choices().get(0), sigma, a.overallProof(),
        q.min(), q.max()) ? null : "overall proof is invalid";
  }
}
