package vn.tinnhiem.crypto.election;

import java.math.BigInteger;
import java.util.List;
import vn.tinnhiem.crypto.Check;
import vn.tinnhiem.crypto.group.Ciphertext;
import vn.tinnhiem.crypto.group.FastGroup;
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

  /** The step of a failure for a choice's α or β outside the group (a format error). */
  public static final String NOT_IN_GROUP = "Ballots: group";

  /**
   * Checks a ballot parsed by {@link BallotJson#fromBytesDeferringSubgroupChecks}: the subgroup
   * checks of its α and β, then everything {@link #check} does. A failure of the former (step
   * {@link #NOT_IN_GROUP}) is reported before any other, as strict parsing would have.
   * With {@link Group#fast} the subgroup checks share their work with the proofs.
   */
  public static Check checkWithSubgroups(Election election, Ballot ballot) {
    FastGroup fast = election.group().fast();
    if (fast == null) {
      return checkPlainWithSubgroups(election, ballot);
    }
    Check failure = firstFailure(election, ballot,
        new FastAnswerCheck(fast, election.publicKey()));
    if (failure == null) {
      return Check.pass("Ballots");
    }
    if (failure.step().equals(NOT_IN_GROUP)) {
      return failure;
    }
    // Another failure came first; a number outside the group anywhere still wins.
    Check notInGroup = firstNotInGroup(election.group(), ballot);
    return notInGroup != null ? notInGroup : failure;
  }

  /**
   * The reference for {@link #checkWithSubgroups}: every subgroup check first, then each proof
   * exponentiation on its own. Same answers, about 2.3 times the work.
   */
  public static Check checkPlainWithSubgroups(Election election, Ballot ballot) {
    Check notInGroup = firstNotInGroup(election.group(), ballot);
    return notInGroup != null ? notInGroup : check(election, ballot);
  }

  /** A failure for the first α or β of the ballot outside the group, or null. */
  public static Check firstNotInGroup(Group group, Ballot ballot) {
    return firstNotInGroup(group, ballot.answers());
  }

  private static Check firstNotInGroup(Group group, List<Ballot.Answer> answers) {
    for (Ballot.Answer a : answers) {
      for (Ciphertext c : a.choices()) {
        for (BigInteger x : List.of(c.alpha(), c.beta())) {
          if (!group.isElement(x)) {
            return Check.fail(NOT_IN_GROUP, group.notAnElement(x));
          }
        }
      }
    }
    return null;
  }

  public static Check check(Election election, Ballot ballot) {
    Check failure = firstFailure(election, ballot, null);
    return failure == null ? Check.pass("Ballots") : failure;
  }

  /**
   * Null when all holds, else the first failure found (not necessarily a group one). With
   * {@code fast} null, the plain check of a strictly parsed ballot; otherwise questions without
   * blank go through {@code fast}, which also checks their subgroups, and the others get their
   * subgroup checks here.
   */
  private static Check firstFailure(Election election, Ballot ballot, FastAnswerCheck fast) {
    Check head = checkHead(election, ballot);
    if (head != null) {
      return head;
    }
    Group group = election.group();
    String s0 = election.fingerprint() + "|" + ballot.credential();
    List<Question> questions = election.questions();
    for (int i = 0; i < questions.size(); i++) {
      Question q = questions.get(i);
      Ballot.Answer a = ballot.answers().get(i);
      String why;
      if (fast == null || q.allowsBlank() || checkShape(q, a) != null) {
        if (fast != null) {
          Check notInGroup = firstNotInGroup(group, List.of(a));
          if (notInGroup != null) {
            return notInGroup;
          }
        }
        why = checkAnswer(group, election.publicKey(), s0, q, a);
      } else {
        FastAnswerCheck.Problem problem = fast.check(s0, q, a);
        if (problem != null && problem.notInGroup()) {
          return Check.fail(NOT_IN_GROUP, problem.why());
        }
        why = problem == null ? null : problem.why();
      }
      if (why != null) {
        return Check.fail("Ballots: proofs", "question " + (i + 1) + ": " + why);
      }
    }
    return null;
  }

  /** Identity, number of answers and signature: null when they hold. */
  private static Check checkHead(Election election, Ballot ballot) {
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
    return null;
  }

  /** Null when the answer has the question's shape, else the reason. */
  private static String checkShape(Question q, Ballot.Answer a) {
    int n = q.choiceCount();
    if (a.choices().size() != n || a.individualProofs().size() != n) {
      return "expected " + n + " choices with individual proofs";
    }
    if (q.allowsBlank() != (a.blankProof() != null)) {
      return q.allowsBlank() ? "missing blank_proof" : "unexpected blank_proof";
    }
    return null;
  }

  /** Null when the answer is well formed and all its proofs hold, else the reason. */
  static String checkAnswer(Group group, BigInteger y, String s0, Question q, Ballot.Answer a) {
    String shape = checkShape(q, a);
    if (shape != null) {
      return shape;
    }
    int n = q.choiceCount();
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
