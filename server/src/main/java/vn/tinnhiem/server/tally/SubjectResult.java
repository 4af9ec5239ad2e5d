package vn.tinnhiem.server.tally;

import java.util.Objects;

/**
 * The result for one subject: every raw count, the three levels as exact
 * shares of the base, the band, the consequence and the rank.
 *
 * @param counts         the entered row (TT, name, position, level, invalid and blank counts)
 * @param totals         the conference-wide counts (summoned, present, issued, collected)
 * @param valid          ballots valid for this person: {@code high + confident + low + blank}
 * @param invalid        ballots invalid for this person: the invalid rows under
 *                       {@link InvalidityMode#PER_ROW}, the wholly invalid ballots under
 *                       {@link InvalidityMode#WHOLE_BALLOT}; {@code valid + invalid = collected}
 * @param base           {@code B}, the base value for this person
 * @param high           tín nhiệm cao of {@code B}
 * @param confident      tín nhiệm of {@code B}
 * @param low            tín nhiệm thấp of {@code B}
 * @param band           {@link Band#of(long, long) Band.of(low, B)}
 * @param consequenceKey message key of the preset's consequence for the band
 * @param rank           rank by the share of tín nhiệm cao, 1 = most; equal shares share a
 *                       rank and the next rank skips (1, 2, 2, 4)
 */
public record SubjectResult(
    SubjectCounts counts, Totals totals, long valid, long invalid, long base,
    Share high, Share confident, Share low, Band band, String consequenceKey, int rank) {

  public SubjectResult {
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(totals, "totals");
    Objects.requireNonNull(high, "high");
    Objects.requireNonNull(confident, "confident");
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(consequenceKey, "consequenceKey");
    if (valid < 0 || invalid < 0 || base < 0 || rank < 1) {
      throw new IllegalArgumentException("bad result for No. " + counts.order());
    }
    if (band != Band.of(low.numerator(), low.denominator())) {
      throw new IllegalArgumentException("band does not match the low share for No. "
          + counts.order());
    }
  }

  /** TT. */
  public int order() {
    return counts.order();
  }

  public String fullName() {
    return counts.fullName();
  }

  public String position() {
    return counts.position();
  }
}
