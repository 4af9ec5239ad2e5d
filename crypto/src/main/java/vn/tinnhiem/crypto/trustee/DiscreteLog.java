package vn.tinnhiem.crypto.trustee;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import vn.tinnhiem.crypto.group.Group;

/**
 * log_g(h) for h = g^m with 0 ≤ m ≤ max, by baby-step giant-step: one table of ⌈√(max+1)⌉
 * powers shared by every ciphertext of a tally, then at most as many giant steps per look-up.
 */
public final class DiscreteLog {
  private final Group group;
  private final long max;
  private final long m;
  private final Map<BigInteger, Long> babySteps;
  private final BigInteger giantStep;

  public DiscreteLog(Group group, long max) {
    if (max < 0) {
      throw new IllegalArgumentException("max must be non-negative");
    }
    this.group = group;
    this.max = max;
    this.m = Math.max(1, (long) Math.ceil(Math.sqrt((double) max + 1)));
    if (m > (1 << 24)) {
      throw new IllegalArgumentException("bound too large for a discrete logarithm: " + max);
    }
    this.babySteps = new HashMap<>((int) (m / 0.75) + 1);
    BigInteger x = BigInteger.ONE;
    for (long i = 0; i < m; i++) {
      babySteps.putIfAbsent(x, i);
      x = group.mul(x, group.g());
    }
    // x is now g^m; giant steps divide by it.
    this.giantStep = x.modInverse(group.p());
  }

  /** m with g^m = h and 0 ≤ m ≤ max, if there is one. */
  public OptionalLong log(BigInteger h) {
    BigInteger y = h.mod(group.p());
    for (long j = 0; j * m <= max; j++) {
      Long i = babySteps.get(y);
      if (i != null) {
        long result = j * m + i;
        return result <= max ? OptionalLong.of(result) : OptionalLong.empty();
      }
      y = group.mul(y, giantStep);
    }
    return OptionalLong.empty();
  }
}
