package vn.tinnhiem.crypto.verify;

import java.util.Optional;
import vn.tinnhiem.crypto.election.Election;
import vn.tinnhiem.crypto.tally.ElectionResult;

/**
 * What the verifier concludes about an archive: valid or the first failure (with the event that
 * failed), plus what it saw. {@code result} is the announced result when there is one and every
 * check passed.
 */
public record Verdict(boolean valid, Failure failure, ElectionResult result, Summary summary) {

  /** The first check that failed: which event (height and type) and why. */
  public record Failure(int eventHeight, String eventType, String step, String reason) {
    /** "event 12 (Ballot): Ballots: proofs: question 3: overall proof is invalid". */
    public String describe() {
      String where = eventHeight < 0 ? eventType : "event " + eventHeight + " (" + eventType + ")";
      return where + ": " + step + ": " + reason;
    }
  }

  /** Counts of what the archive holds, for reports. */
  public record Summary(Election election, int voters, int ballots, int countedBallots,
      int partialDecryptions, String lastEventHash) {
    public static final Summary EMPTY = new Summary(null, 0, 0, 0, 0, null);
  }

  public static Verdict valid(ElectionResult result, Summary summary) {
    return new Verdict(true, null, result, summary);
  }

  public static Verdict invalid(Failure failure, Summary summary) {
    return new Verdict(false, failure, null, summary);
  }

  public Optional<ElectionResult> resultIfAny() {
    return Optional.ofNullable(result);
  }
}
