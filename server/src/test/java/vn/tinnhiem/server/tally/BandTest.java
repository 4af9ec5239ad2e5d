package vn.tinnhiem.server.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The thresholds at and around their edges, in both parities of B. */
class BandTest {

  @ParameterizedTest(name = "L={0} of B={1}: {2} ({3})")
  @CsvSource(textBlock = """
      # L, B, band,            edge
        0, 0, NONE,               'B = 0 (3L >= 2B would hold; must not count)'
        0, 1, NONE,               'nobody low'
        1, 2, NONE,               '2L = B, even B'
        2, 4, NONE,               '2L = B, even B'
        4, 8, NONE,               '2L = B, even B'
       50, 100, NONE,             '2L = B, even B'
        1, 1, TWO_THIRDS_OR_MORE, '2L = B + 1 and 3L >= 2B, B = 1'
        2, 3, TWO_THIRDS_OR_MORE, '2L = B + 1 and 3L = 2B, B = 3'
        3, 5, OVER_HALF,          '2L = B + 1 and 3L = 2B - 1, odd B'
        5, 9, OVER_HALF,          '2L = B + 1, odd B'
       51, 101, OVER_HALF,        '2L = B + 1, odd B'
        3, 4, TWO_THIRDS_OR_MORE, '3L > 2B, even B'
        4, 6, TWO_THIRDS_OR_MORE, '3L = 2B, even B'
        6, 9, TWO_THIRDS_OR_MORE, '3L = 2B, odd B'
       20, 30, TWO_THIRDS_OR_MORE, '3L = 2B, even B'
        5, 8, OVER_HALF,          '3L = 2B - 1, even B'
        7, 11, OVER_HALF,         '3L = 2B - 1, odd B'
       19, 29, OVER_HALF,         '3L = 2B - 1, odd B'
       13, 20, OVER_HALF,         '3L = 2B - 1, even B'
        2, 2, TWO_THIRDS_OR_MORE, 'everyone low'
        4, 7, OVER_HALF,          'odd B, between the edges'
        6, 12, NONE,              '2L = B, divisible by 6'
        7, 12, OVER_HALF,         '2L = B + 2'
        8, 12, TWO_THIRDS_OR_MORE, '3L = 2B, divisible by 6'
      """)
  void bandAtTheEdges(long low, long base, Band expected, String edge) {
    assertThat(Band.of(low, base)).as(edge).isEqualTo(expected);
  }

  @Test
  void exactlyOneHalfIsNotOverOneHalf() {
    assertThat(Band.of(4, 8)).isEqualTo(Band.NONE);
    assertThat(Band.of(5, 8)).isEqualTo(Band.OVER_HALF);
  }

  @Test
  void exactlyTwoThirdsIsTwoThirdsOrMore() {
    assertThat(Band.of(6, 9)).isEqualTo(Band.TWO_THIRDS_OR_MORE);
    assertThat(Band.of(5, 9)).isEqualTo(Band.OVER_HALF);
  }

  @Test
  void rejectsNegativeCountsAndLowAboveBase() {
    assertThatIllegalArgumentException().isThrownBy(() -> Band.of(-1, 5));
    assertThatIllegalArgumentException().isThrownBy(() -> Band.of(0, -1));
    assertThatIllegalArgumentException().isThrownBy(() -> Band.of(6, 5));
    assertThatIllegalArgumentException().isThrownBy(() -> Band.of(1, 0));
  }

  @Test
  void overflowIsAnErrorNotAWrongBand() {
    assertThatThrownBy(() -> Band.of(Long.MAX_VALUE / 2, Long.MAX_VALUE - 1))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void namesItsMessageKeyAndBadge() {
    assertThat(Band.TWO_THIRDS_OR_MORE.messageKey()).isEqualTo("tally.band.TWO_THIRDS_OR_MORE");
    assertThat(Band.OVER_HALF.cssClass()).isEqualTo("band-over-half");
  }
}
