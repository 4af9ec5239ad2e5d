package vn.tinnhiem.server.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The page model: formatted percentages, the base named once or per row, the totals shown. */
class ResultsViewTest {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private static ResultsView view(ResultsInput input, Locale locale) {
    return ResultsView.of(ResultsDemo.heading(input.preset()), input,
        ResultsCalculator.calculate(input), locale);
  }

  @Test
  void printsDashesForAnEmptyBase() {
    ResultsInput input = new ResultsInput(Preset.QD96, CountingBase.VALID,
        InvalidityMode.PER_ROW, false, new Totals(3, 3, 3, 3),
        List.of(new SubjectCounts(1, "Nguyễn Văn A", "Bí thư", 0, 0, 0, 3, 0)));

    ResultsView.Row row = view(input, VIETNAMESE).rows().get(0);

    assertThat(row.base()).isZero();
    assertThat(List.of(row.high().percent(), row.confident().percent(), row.low().percent()))
        .containsOnly("—");
    assertThat(row.band()).isEqualTo(Band.NONE);
    assertThat(row.consequenceKey()).isEqualTo("tally.consequence.QD96.NONE");
  }

  @Test
  void namesACommonBaseOnceAndAPerPersonBaseInAColumn() {
    ResultsView common = view(ResultsDemo.input(Preset.NQ96, null, InvalidityMode.PER_ROW),
        Locale.ENGLISH);
    ResultsView perPerson = view(ResultsDemo.input(Preset.NQ96, CountingBase.VALID,
        InvalidityMode.PER_ROW), Locale.ENGLISH);

    assertThat(common.baseColumn()).isFalse();
    assertThat(common.commonBase()).isEqualTo(9L);
    assertThat(common.rows().get(3).low().percent()).isEqualTo("66.67%");
    assertThat(perPerson.baseColumn()).isTrue();
    assertThat(perPerson.commonBase()).isNull();
    assertThat(perPerson.rows()).extracting(ResultsView.Row::base)
        .containsExactly(8L, 8L, 7L, 8L, 7L);
  }

  @Test
  void showsValidAndInvalidBallotsOnlyWhenWholeBallotsCount() {
    ResultsView perRow = view(ResultsDemo.input(Preset.QD96, null, InvalidityMode.PER_ROW),
        VIETNAMESE);
    ResultsView whole = view(ResultsDemo.input(Preset.QD96, null, InvalidityMode.WHOLE_BALLOT),
        VIETNAMESE);

    assertThat(perRow.totals()).extracting(ResultsView.TotalRow::labelKey).containsExactly(
        "tally.totals.members", "tally.totals.present", "tally.totals.issued",
        "tally.totals.collected");
    assertThat(whole.totals()).extracting(ResultsView.TotalRow::value)
        .containsExactly(9L, 8L, 8L, 8L, 7L, 1L);
    assertThat(whole.rows()).extracting(ResultsView.Row::invalid).containsOnly(1L);
  }

  @Test
  void demoCountsAddUpUnderEveryOption() {
    for (Preset preset : Preset.values()) {
      for (CountingBase base : CountingBase.values()) {
        for (InvalidityMode mode : InvalidityMode.values()) {
          ResultsView view = view(ResultsDemo.input(preset, base, mode), VIETNAMESE);
          assertThat(view.problems()).as("%s %s %s", preset, base, mode).isEmpty();
          assertThat(view.computed()).isTrue();
          assertThat(view.rows()).hasSize(5);
        }
      }
    }
  }

  @Test
  void carriesTheProblemsWhenRejected() {
    ResultsInput input = ResultsInput.withDefaults(Preset.QD96, new Totals(9, 8, 8, 9),
        List.of(new SubjectCounts(1, "Nguyễn Văn A", "Bí thư", 5, 3, 1)));

    ResultsView view = view(input, VIETNAMESE);

    assertThat(view.computed()).isFalse();
    assertThat(view.rows()).isEmpty();
    assertThat(view.ranking()).isEmpty();
    assertThat(view.problems()).extracting(Inconsistency::kind)
        .containsExactly(Inconsistency.Kind.COLLECTED_OVER_ISSUED);
  }

  @Test
  void givesThePlaceAndDateAsTextWithoutDigitGrouping() {
    ResultsView view = view(ResultsDemo.input(Preset.QD96, null, InvalidityMode.PER_ROW),
        VIETNAMESE);

    assertThat(view.placeDateArgs()).containsExactly("Hà Nội", "16", "3", "2026", "2026-03-16");
  }
}
