package vn.tinnhiem.server.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShareTest {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  @ParameterizedTest(name = "{0}/{1} = {2}%")
  @CsvSource(textBlock = """
      0, 5, 0.00
      5, 5, 100.00
      1, 2, 50.00
      1, 3, 33.33
      2, 3, 66.67
      1, 6, 16.67
      5, 9, 55.56
      4, 7, 57.14
      1, 8, 12.50
      1, 800, 0.13
      1, 1600, 0.06
      1005, 100000, 1.01
      2675, 100000, 2.68
      1, 200000, 0.00
      1, 100001, 0.00
      """)
  void roundsHalfUpToTwoDecimalsExactly(long numerator, long denominator, String percent) {
    assertThat(new Share(numerator, denominator).percent(2)).contains(new BigDecimal(percent));
  }

  @Test
  void roundsWhereBinaryFloatingPointWouldNot() {
    // 1.005 and 2.675 have no exact double: Math.round(x * 100) / 100 gives 1.0 and 2.67.
    assertThat(Math.round(1005.0 / 100000 * 100 * 100) / 100.0).isEqualTo(1.0);
    assertThat(new Share(1005, 100000).percent(2)).contains(new BigDecimal("1.01"));
  }

  @Test
  void emptyBaseHasNoPercentage() {
    Share empty = new Share(0, 0);
    assertThat(empty.defined()).isFalse();
    assertThat(empty.percent(2)).isEmpty();
    assertThat(empty.formatPercent(VIETNAMESE)).isEqualTo("—");
  }

  @Test
  void formatsWithTheLocalesDecimalSeparator() {
    assertThat(new Share(2, 3).formatPercent(VIETNAMESE)).isEqualTo("66,67%");
    assertThat(new Share(2, 3).formatPercent(Locale.ENGLISH)).isEqualTo("66.67%");
    assertThat(new Share(1, 1).formatPercent(VIETNAMESE)).isEqualTo("100,00%");
  }

  @Test
  void comparesExactly() {
    assertThat(new Share(1, 2)).isEqualByComparingTo(new Share(2, 4));
    assertThat(new Share(2, 3)).isGreaterThan(new Share(3, 5));
    assertThat(new Share(333_333, 1_000_000)).isLessThan(new Share(1, 3));
    assertThat(new Share(0, 0)).isEqualByComparingTo(new Share(0, 7));
    assertThat(new Share(0, 0)).isLessThan(new Share(1, 7));
  }

  @Test
  void rejectsImpossibleShares() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Share(-1, 3));
    assertThatIllegalArgumentException().isThrownBy(() -> new Share(1, -3));
    assertThatIllegalArgumentException().isThrownBy(() -> new Share(4, 3));
    assertThatIllegalArgumentException().isThrownBy(() -> new Share(1, 0));
  }
}
