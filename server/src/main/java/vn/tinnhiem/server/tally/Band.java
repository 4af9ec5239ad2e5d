package vn.tinnhiem.server.tally;

/**
 * The threshold band of a person's <em>tín nhiệm thấp</em> count {@code L}
 * against the base {@code B}, decided in exact integer arithmetic:
 * <ul>
 *   <li>{@link #NONE}: {@code 2L ≤ B} (exactly one half is not over one half), or {@code B = 0};</li>
 *   <li>{@link #OVER_HALF}: {@code 2L > B} and {@code 3L < 2B};</li>
 *   <li>{@link #TWO_THIRDS_OR_MORE}: {@code 3L ≥ 2B} (exactly two thirds is in).</li>
 * </ul>
 * The software only flags the band; the competent body decides.
 */
public enum Band {
  NONE,
  OVER_HALF,
  TWO_THIRDS_OR_MORE;

  /**
   * The band of {@code low} votes out of {@code base}.
   *
   * @throws IllegalArgumentException if a count is negative or {@code low > base}
   * @throws ArithmeticException      if {@code 3 × low} overflows a {@code long}
   */
  public static Band of(long low, long base) {
    if (low < 0 || base < 0) {
      throw new IllegalArgumentException("negative count: low " + low + ", base " + base);
    }
    if (low > base) {
      throw new IllegalArgumentException("low " + low + " exceeds its base " + base);
    }
    if (base == 0) {
      return NONE; // nothing to compare with; 3L >= 2B would wrongly hold for 0 >= 0
    }
    if (Math.multiplyExact(3, low) >= Math.multiplyExact(2, base)) {
      return TWO_THIRDS_OR_MORE;
    }
    if (Math.multiplyExact(2, low) > base) {
      return OVER_HALF;
    }
    return NONE;
  }

  /** Message key of the band's short label, e.g. {@code tally.band.OVER_HALF}. */
  public String messageKey() {
    return "tally.band." + name();
  }

  /** CSS class of the band's badge, e.g. {@code band-over-half}. */
  public String cssClass() {
    return "band-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
