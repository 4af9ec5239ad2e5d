package vn.tinnhiem.server.tally;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;

/**
 * An exact share {@code numerator / denominator} of a base, e.g. 5 of 8
 * ballots. Percentages are derived for display only, by decimal arithmetic
 * with half-up rounding; decisions use {@link Band} on the integers.
 *
 * <p>A zero denominator (an empty base) is allowed with a zero numerator: the
 * share is then {@linkplain #defined() undefined} and printed as "—".
 *
 * @param numerator   the count, {@code 0 ≤ numerator ≤ denominator}
 * @param denominator the base, {@code ≥ 0}
 */
public record Share(long numerator, long denominator) implements Comparable<Share> {

  /** What an undefined percentage prints as. */
  public static final String UNDEFINED = "—";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public Share {
    if (numerator < 0 || denominator < 0) {
      throw new IllegalArgumentException(
          "negative share: " + numerator + "/" + denominator);
    }
    if (numerator > denominator) {
      throw new IllegalArgumentException(
          "share over the whole: " + numerator + "/" + denominator);
    }
  }

  /** Whether there is a base to divide by ({@code denominator > 0}). */
  public boolean defined() {
    return denominator > 0;
  }

  /**
   * The percentage {@code 100 × numerator / denominator} rounded half-up to
   * {@code scale} decimals (exact: no binary floating point), or empty when the
   * base is zero.
   */
  public Optional<BigDecimal> percent(int scale) {
    if (!defined()) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(numerator).multiply(HUNDRED)
        .divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP));
  }

  /**
   * The percentage with two decimals and the locale's decimal separator, e.g.
   * {@code "66,67%"} in Vietnamese and {@code "66.67%"} in English, or
   * {@link #UNDEFINED} when the base is zero.
   */
  public String formatPercent(Locale locale) {
    return percent(2)
        .map(p -> p.toPlainString().replace('.',
            DecimalFormatSymbols.getInstance(locale).getDecimalSeparator()) + "%")
        .orElse(UNDEFINED);
  }

  /**
   * Orders shares by value, exactly (cross-multiplication). An undefined share
   * counts as zero.
   */
  @Override
  public int compareTo(Share other) {
    long thisDenominator = defined() ? denominator : 1;
    long otherDenominator = other.defined() ? other.denominator : 1;
    return Long.compare(Math.multiplyExact(numerator, otherDenominator),
        Math.multiplyExact(other.numerator, thisDenominator));
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
