package vn.tinnhiem.server.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Band#of} agrees with independent formulations: exhaustively for every
 * {@code 0 ≤ L ≤ B ≤ 600}, and on random large counts.
 *
 * <p>(jqwik, the property-testing library of the crypto tests, does not run on
 * the JUnit Platform 6 that Spring Boot 4 brings, so the small domain is
 * enumerated completely instead, which is stronger there.)
 */
class BandPropertiesTest {

  private static final int SMALL = 600;

  /** Exact rationals with BigInteger, reduced: nothing shared with the code under test. */
  private record Fraction(BigInteger num, BigInteger den) implements Comparable<Fraction> {
    static Fraction of(long num, long den) {
      BigInteger n = BigInteger.valueOf(num);
      BigInteger d = BigInteger.valueOf(den);
      BigInteger g = n.gcd(d);
      return new Fraction(n.divide(g), d.divide(g));
    }

    @Override
    public int compareTo(Fraction o) {
      return num.multiply(o.den).compareTo(o.num.multiply(den));
    }
  }

  private static final Fraction HALF = Fraction.of(1, 2);
  private static final Fraction TWO_THIRDS = Fraction.of(2, 3);

  /** The rules as written: over one half; two thirds or more; nothing for an empty base. */
  private static Band byFractions(long low, long base) {
    if (base == 0) {
      return Band.NONE;
    }
    Fraction share = Fraction.of(low, base);
    if (share.compareTo(TWO_THIRDS) >= 0) {
      return Band.TWO_THIRDS_OR_MORE;
    }
    return share.compareTo(HALF) > 0 ? Band.OVER_HALF : Band.NONE;
  }

  /** The same as minimum counts: over half from floor(B/2)+1, two thirds from ceil(2B/3). */
  private static Band byMinimumCounts(long low, long base) {
    if (base == 0) {
      return Band.NONE;
    }
    long overHalfFrom = base / 2 + 1;
    long twoThirdsFrom = (2 * base + 2) / 3;
    if (low >= twoThirdsFrom) {
      return Band.TWO_THIRDS_OR_MORE;
    }
    return low >= overHalfFrom ? Band.OVER_HALF : Band.NONE;
  }

  @Test
  void agreesWithExactFractionsForAllSmallCounts() {
    int checked = 0;
    for (long base = 0; base <= SMALL; base++) {
      for (long low = 0; low <= base; low++) {
        Band band = Band.of(low, base);
        assertThat(band).as("L=%d B=%d", low, base)
            .isEqualTo(byFractions(low, base))
            .isEqualTo(byMinimumCounts(low, base));
        checked++;
      }
    }
    assertThat(checked).isEqualTo((SMALL + 1) * (SMALL + 2) / 2);
  }

  @Test
  void isMonotoneInTheLowCount() {
    for (long base = 0; base <= SMALL; base++) {
      Band previous = Band.NONE;
      for (long low = 0; low <= base; low++) {
        Band band = Band.of(low, base);
        assertThat(band.compareTo(previous)).as("L=%d B=%d", low, base).isGreaterThanOrEqualTo(0);
        previous = band;
      }
    }
  }

  @Test
  void agreesWithExactFractionsOnRandomLargeCounts() {
    SplittableRandom random = new SplittableRandom(20230202L);
    for (int i = 0; i < 100_000; i++) {
      long base = random.nextLong(1, 1L << 40);
      long low = random.nextLong(0, base + 1);
      assertThat(Band.of(low, base)).as("L=%d B=%d", low, base)
          .isEqualTo(byFractions(low, base));
    }
  }

  @Test
  void agreesWithExactFractionsRightAtTheEdgesOfLargeCounts() {
    SplittableRandom random = new SplittableRandom(96L);
    for (int i = 0; i < 20_000; i++) {
      long base = random.nextLong(1, 1L << 40);
      for (long edge : new long[] {base / 2, (2 * base + 2) / 3}) {
        for (long low = Math.max(0, edge - 1); low <= Math.min(base, edge + 1); low++) {
          assertThat(Band.of(low, base)).as("L=%d B=%d", low, base)
              .isEqualTo(byFractions(low, base));
        }
      }
    }
  }
}
