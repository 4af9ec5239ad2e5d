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
 * Checks many ballots on all cores. The answer is the same as checking them one by one in order:
 * the failure reported is the one with the lowest index.
 */
final class BallotVerification {
  private BallotVerification() {}

  /** A ballot failure with its position in the list. */
  record IndexedFailure(int index, Check.Fail fail) {}

  static IndexedFailure firstFailure(Election election, List<Ballot> ballots,
      Map<BigInteger, Long> weights, Progress progress) {
    AtomicInteger firstBad = new AtomicInteger(Integer.MAX_VALUE);
    Check.Fail[] failures = new Check.Fail[ballots.size()];
    AtomicLong done = new AtomicLong();
    AllCores.forEach(ballots.size(), i -> {
      if (i > firstBad.get()) {
        return; // a lower index already failed: this one cannot be the answer
      }
      Check c = check(election, ballots.get(i), weights);
      if (c instanceof Check.Fail f) {
        failures[i] = f;
        firstBad.accumulateAndGet(i, Math::min);
      }
      progress.report("ballots", done.incrementAndGet(), ballots.size());
    });
    int i = firstBad.get();
    return i == Integer.MAX_VALUE ? null : new IndexedFailure(i, failures[i]);
  }

  static Check check(Election election, Ballot ballot, Map<BigInteger, Long> weights) {
    if (!weights.containsKey(ballot.credential())) {
      return Check.fail("Ballots: credential", "credential is not on the public list");
    }
    return BallotCheck.check(election, ballot);
  }
}
