package vn.tinnhiem.server.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counts that do not add up are reported, each with a clear message, and nothing is computed. */
class ConsistencyTest {

  private static SubjectCounts subject(long high, long confident, long low, long invalid,
      long blank) {
    return new SubjectCounts(2, "Trần Thị B", "Phó Bí thư", high, confident, low, invalid, blank);
  }

  private static ResultsInput input(InvalidityMode mode, boolean blankAllowed, Totals totals,
      SubjectCounts subject) {
    return new ResultsInput(Preset.QD96, CountingBase.COLLECTED, mode, blankAllowed, totals,
        List.of(subject));
  }

  @ParameterizedTest(name = "{0} blank={1} M={2} P={3} I={4} C={5} W={6} rows {7}/{8}/{9}/{10}/{11}: {12}")
  @CsvSource(quoteCharacter = '\'', textBlock = """
      # mode,      blank, M, P, I, C, W, high, conf, low, inv, blk, kind, English message
      PER_ROW,      false, 8, 9, 8, 8, 0, 4, 4, 0, 0, 0, PRESENT_OVER_MEMBERS, 'Members present (9) exceed the summoned members (8).'
      PER_ROW,      false, 9, 8, 9, 8, 0, 4, 4, 0, 0, 0, ISSUED_OVER_PRESENT, 'Ballots issued (9) exceed the members present (8).'
      WHOLE_BALLOT, false, 9, 9, 8, 9, 0, 4, 5, 0, 0, 0, COLLECTED_OVER_ISSUED, 'Ballots collected (9) exceed the ballots issued (8).'
      WHOLE_BALLOT, false, 9, 9, 9, 8, 9, 0, 0, 0, 0, 0, WHOLLY_INVALID_OVER_COLLECTED, 'Wholly invalid ballots (9) exceed the ballots collected (8).'
      PER_ROW,      false, 9, 9, 9, 8, 1, 4, 4, 0, 0, 0, WHOLLY_INVALID_UNDER_PER_ROW, '1 wholly invalid ballots entered, but in this session a bad row voids only that row: count such a ballot as an invalid row for every person.'
      WHOLE_BALLOT, false, 9, 9, 9, 8, 0, 4, 3, 0, 1, 0, ROW_INVALID_UNDER_WHOLE_BALLOT, 'No. 2, Trần Thị B: 1 invalid rows entered, but in this session a bad row voids the whole ballot: count such ballots as wholly invalid.'
      PER_ROW,      false, 9, 9, 9, 8, 0, 4, 3, 0, 0, 1, BLANK_NOT_ALLOWED, 'No. 2, Trần Thị B: 1 blank rows entered, but this session does not allow leaving a row blank.'
      PER_ROW,      false, 9, 9, 9, 8, 0, 4, 3, 0, 0, 0, ROWS_NOT_COLLECTED, 'No. 2, Trần Thị B: high 4 + confident 3 + low 0 + invalid 0 + blank 0 = 7, but must equal the ballots collected (8).'
      PER_ROW,      true,  9, 9, 9, 8, 0, 4, 3, 1, 1, 1, ROWS_NOT_COLLECTED, 'No. 2, Trần Thị B: high 4 + confident 3 + low 1 + invalid 1 + blank 1 = 10, but must equal the ballots collected (8).'
      WHOLE_BALLOT, false, 9, 9, 9, 8, 1, 4, 4, 0, 0, 0, ROWS_NOT_VALID_BALLOTS, 'No. 2, Trần Thị B: high 4 + confident 4 + low 0 + invalid 0 + blank 0 = 8, but must equal the ballots collected minus the wholly invalid ballots (7).'
      """)
  void reportsEachInconsistencyAlone(InvalidityMode mode, boolean blankAllowed,
      long members, long present, long issued, long collected, long whollyInvalid,
      long high, long confident, long low, long invalid, long blank,
      Inconsistency.Kind kind, String english) {
    ResultsInput input = input(mode, blankAllowed,
        new Totals(members, present, issued, collected, whollyInvalid),
        subject(high, confident, low, invalid, blank));

    List<Inconsistency> problems = ResultsCalculator.check(input);
    Calculation calculation = ResultsCalculator.calculate(input);

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(kind);
      assertThat(p.englishMessage()).isEqualTo(english);
      assertThat(p.messageKey()).isEqualTo("tally.problem." + kind.name());
      assertThat(p.subjectOrder()).isEqualTo(english.startsWith("No. ") ? 2 : 0);
    });
    assertThat(calculation).isInstanceOf(Calculation.Rejected.class);
    assertThat(calculation.computed()).isEmpty();
    assertThat(calculation.inconsistencies()).isEqualTo(problems);
  }

  @Test
  void reportsEveryProblemAtOnceConferenceWideFirstThenByTt() {
    ResultsInput input = new ResultsInput(Preset.NQ96, CountingBase.MEMBERS,
        InvalidityMode.PER_ROW, false, new Totals(5, 6, 7, 8, 1),
        List.of(new SubjectCounts(3, "Lê Văn C", "Ủy viên", 1, 1, 1, 0, 2),
            new SubjectCounts(1, "Nguyễn Văn A", "Bí thư", 8, 0, 0)));

    assertThat(ResultsCalculator.check(input)).extracting(Inconsistency::kind).containsExactly(
        Inconsistency.Kind.PRESENT_OVER_MEMBERS,
        Inconsistency.Kind.ISSUED_OVER_PRESENT,
        Inconsistency.Kind.COLLECTED_OVER_ISSUED,
        Inconsistency.Kind.WHOLLY_INVALID_UNDER_PER_ROW,
        Inconsistency.Kind.BLANK_NOT_ALLOWED,
        Inconsistency.Kind.ROWS_NOT_COLLECTED);
  }

  @Test
  void acceptsCountsThatAddUp() {
    assertThat(ResultsCalculator.check(input(InvalidityMode.PER_ROW, true, new Totals(9, 8, 8, 8),
        subject(4, 2, 0, 1, 1)))).isEmpty();
    assertThat(ResultsCalculator.check(input(InvalidityMode.WHOLE_BALLOT, false,
        new Totals(9, 8, 8, 8, 2), subject(4, 2, 0, 0, 0)))).isEmpty();
  }

  @Test
  void recordsRejectMalformedInput() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Totals(-1, 0, 0, 0));
    assertThatIllegalArgumentException().isThrownBy(() -> new Totals(1, 1, 1, 1, -1));
    assertThatIllegalArgumentException().isThrownBy(() -> subject(-1, 0, 0, 0, 0));
    assertThatIllegalArgumentException().isThrownBy(() -> subject(0, 0, 0, 0, -1));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new SubjectCounts(0, "Nguyễn Văn A", "Bí thư", 0, 0, 0));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new SubjectCounts(1, " ", "Bí thư", 0, 0, 0));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new SubjectCounts(1, "A".repeat(201), "Bí thư", 0, 0, 0));
    assertThatNullPointerException()
        .isThrownBy(() -> new SubjectCounts(1, "Nguyễn Văn A", null, 0, 0, 0));
    Totals totals = new Totals(1, 1, 1, 1);
    assertThatIllegalArgumentException().isThrownBy(() -> ResultsInput.withDefaults(
        Preset.QD96, totals, List.of()));
    assertThatIllegalArgumentException().isThrownBy(() -> ResultsInput.withDefaults(
        Preset.QD96, totals, List.of(new SubjectCounts(1, "Nguyễn Văn A", "Bí thư", 1, 0, 0),
            new SubjectCounts(1, "Trần Thị B", "Phó Bí thư", 1, 0, 0))));
    assertThatNullPointerException().isThrownBy(() -> new ResultsInput(null,
        CountingBase.VALID, InvalidityMode.PER_ROW, false, totals,
        List.of(new SubjectCounts(1, "Nguyễn Văn A", "Bí thư", 1, 0, 0))));
  }
}
