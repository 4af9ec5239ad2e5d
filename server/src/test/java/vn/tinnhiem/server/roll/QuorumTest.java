package vn.tinnhiem.server.roll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class QuorumTest {

  @ParameterizedTest(name = "{1} of {0} present: reached={2}, required={3}")
  @CsvSource({
      // summoned, present, reached, required
      "9, 6, true, 6",      // 3p = 2s exactly: reached
      "9, 5, false, 6",     // one fewer
      "10, 7, true, 7",     // 2s/3 = 6.67 rounds up
      "10, 6, false, 7",
      "3, 2, true, 2",
      "3, 1, false, 2",
      "2, 2, true, 2",
      "2, 1, false, 2",
      "1, 1, true, 1",
      "1, 0, false, 1",
      "0, 0, true, 0",
      "300, 200, true, 200",
      "300, 199, false, 200",
      "1500000000, 1000000000, true, 1000000000",   // no int overflow
      "1500000000, 999999999, false, 1000000000",
  })
  void twoThirdsInIntegers(int summoned, int present, boolean reached, int required) {
    Quorum quorum = new Quorum(summoned, present);

    assertThat(quorum.reached()).isEqualTo(reached);
    assertThat(quorum.required()).isEqualTo(required);
    assertThat(quorum.missing()).isEqualTo(Math.max(0, required - present));
  }

  @Test
  void refusesImpossibleCounts() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Quorum(5, 6));
    assertThatIllegalArgumentException().isThrownBy(() -> new Quorum(5, -1));
  }
}
