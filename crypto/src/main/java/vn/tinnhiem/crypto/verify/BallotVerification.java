package vn.tinnhiem.crypto.verify;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import vn.tinnhiem.crypto.AllCores;
import vn.tinnhiem.crypto.Check;
import vn.tinnhiem.crypto.election.Ballot;
import vn.tinnhiem.crypto.election.BallotCheck;
import vn.tinnhiem.crypto.election.Election;

/**
 * Checks many ballots on all cores, subgroup checks included (the ballots were parsed with
 * {@link vn.tinnhiem.crypto.election.BallotJson#fromBytesDeferringSubgroupChecks}). The answer
 * is the same as parsing strictly and then checking one by one in order: the first ballot with a
 * number outside the group if there is one (strict parsing would have stopped there), else the
 * first ballot that fails.
 */
final class BallotVerification {
  private BallotVerification() {}

  /** A ballot failure with its position in the list. */
  record IndexedFailure(int index, Check.Fail fail) {}

  static IndexedFailure firstFailure(Election election, List<Ballot> ballots,
      Map<BigInteger, Long> weights, Progress progress) {
    AtomicInteger firstNotInGroup = new AtomicInteger(Integer.MAX_VALUE);
    AtomicInteger firstBad = new AtomicInteger(Integer.MAX_VALUE);
    Check.Fail[] failures = new Check.Fail[ballots.size()];
    AtomicLong done = new AtomicLong();
    AllCores.forEach(ballots.size(), i -> {
      if (i > firstNotInGroup.get()) {
        return; // a lower index is already the answer
      }
      // Past another failure only a number outside the group can still change the answer.
      Check c = i > firstBad.get()
          ? BallotCheck.firstNotInGroup(election.group(), ballots.get(i))
          : check(election, ballots.get(i), weights);
      if (c instanceof Check.Fail f) {
        failures[i] = f;
        (f.step().equals(BallotCheck.NOT_IN_GROUP) ? firstNotInGroup : firstBad)
            .accumulateAndGet(i, Math::min);
      }
      progress.report(Progress.BALLOTS, done.incrementAndGet(), ballots.size());
    });
    int i = firstNotInGroup.get() != Integer.MAX_VALUE ? firstNotInGroup.get() : firstBad.get();
    return i == Integer.MAX_VALUE ? null : new IndexedFailure(i, failures[i]);
  }

  static Check check(Election election, Ballot ballot, Map<BigInteger, Long> weights) {
    if (!weights.containsKey(ballot.credential())) {
      Check notInGroup = BallotCheck.firstNotInGroup(election.group(), ballot);
      return notInGroup != null ? notInGroup
          : Check.fail("Ballots: credential", "credential is not on the public list");
    }
    return BallotCheck.checkWithSubgroups(election, ballot);
  }
}
