package vn.tinnhiem.server.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Results over both presets, all four bases and both invalidity modes. */
class ResultsCalculatorTest {

  /**
   * One subject per line. Columns: the options; the totals (members M, present P,
   * issued I, collected C, wholly invalid W); the subject's high, confident, low,
   * invalid-row and blank counts; then what must come out: the base B, the
   * person's valid and invalid ballots, the band, and tín nhiệm thấp in percent.
   */
  private static final String TABLE = """
      # preset, base,    mode,       blank, M,  P,  I,  C,  W, high, conf, low, inv, blk,  B, valid, invalid, band,               low%,    edge
        NQ96, MEMBERS,   PER_ROW,      false,  8,  8,  8,  8, 0,  2,  2,  4, 0, 0,  8,  8, 0, NONE,               50.00%, '2L = B (even B)'
        QD96, MEMBERS,   WHOLE_BALLOT, false,  9,  9,  9,  9, 0,  2,  2,  5, 0, 0,  9,  9, 0, OVER_HALF,          55.56%, '2L = B + 1 (odd B)'
        NQ96, MEMBERS,   WHOLE_BALLOT, false,  9,  7,  7,  7, 1,  0,  0,  6, 0, 0,  9,  6, 1, TWO_THIRDS_OR_MORE, 66.67%, '3L = 2B with absent members'
        QD96, MEMBERS,   PER_ROW,      false,  8,  8,  7,  6, 0,  0,  1,  5, 0, 0,  8,  6, 0, OVER_HALF,          62.50%, '3L = 2B - 1'
        NQ96, MEMBERS,   PER_ROW,      false, 12,  8,  8,  8, 0,  1,  1,  6, 0, 0, 12,  8, 0, NONE,               50.00%, '2L = B: absentees count in the base'
        NQ96, MEMBERS,   PER_ROW,      false,  0,  0,  0,  0, 0,  0,  0,  0, 0, 0,  0,  0, 0, NONE,               —,      'B = 0'
        QD96, MEMBERS,   WHOLE_BALLOT, false,  0,  0,  0,  0, 0,  0,  0,  0, 0, 0,  0,  0, 0, NONE,               —,      'B = 0'
        QD96, ISSUED,    PER_ROW,      false, 10, 10, 10, 10, 0,  3,  2,  5, 0, 0, 10, 10, 0, NONE,               50.00%, '2L = B (even B)'
        NQ96, ISSUED,    WHOLE_BALLOT, false,  9,  8,  7,  7, 0,  1,  2,  4, 0, 0,  7,  7, 0, OVER_HALF,          57.14%, '2L = B + 1 (odd B)'
        QD96, ISSUED,    PER_ROW,      false, 12, 12, 12, 11, 0,  1,  1,  8, 1, 0, 12, 10, 1, TWO_THIRDS_OR_MORE, 66.67%, '3L = 2B (even B)'
        NQ96, ISSUED,    PER_ROW,      false, 11, 11, 11, 10, 0,  1,  1,  7, 1, 0, 11,  9, 1, OVER_HALF,          63.64%, '3L = 2B - 1 (odd B)'
        QD96, ISSUED,    WHOLE_BALLOT, false, 10, 10, 10, 10, 2,  0,  2,  6, 0, 0, 10,  8, 2, OVER_HALF,          60.00%, 'wholly invalid ballots stay in the base'
        QD96, ISSUED,    WHOLE_BALLOT, false,  5,  0,  0,  0, 0,  0,  0,  0, 0, 0,  0,  0, 0, NONE,               —,      'B = 0 (nobody present)'
        NQ96, ISSUED,    PER_ROW,      false,  5,  4,  0,  0, 0,  0,  0,  0, 0, 0,  0,  0, 0, NONE,               —,      'B = 0'
        QD96, COLLECTED, PER_ROW,      false,  6,  6,  6,  6, 0,  1,  2,  3, 0, 0,  6,  6, 0, NONE,               50.00%, '2L = B (even B)'
        QD96, COLLECTED, WHOLE_BALLOT, false, 12, 12, 12, 11, 0,  2,  3,  6, 0, 0, 11, 11, 0, OVER_HALF,          54.55%, '2L = B + 1 (odd B)'
        NQ96, COLLECTED, PER_ROW,      false,  3,  3,  3,  3, 0,  0,  1,  2, 0, 0,  3,  3, 0, TWO_THIRDS_OR_MORE, 66.67%, '3L = 2B (odd B)'
        QD96, COLLECTED, WHOLE_BALLOT, false, 15, 15, 15, 14, 1,  1,  3,  9, 0, 0, 14, 13, 1, OVER_HALF,          64.29%, '3L = 2B - 1 (even B)'
        NQ96, COLLECTED, WHOLE_BALLOT, false,  9,  9,  9,  9, 3,  0,  0,  6, 0, 0,  9,  6, 3, TWO_THIRDS_OR_MORE, 66.67%, '3L = 2B (odd B)'
        QD96, COLLECTED, PER_ROW,      false,  5,  4,  3,  0, 0,  0,  0,  0, 0, 0,  0,  0, 0, NONE,               —,      'B = 0 (no ballot came back)'
        QD96, COLLECTED, PER_ROW,      true,   8,  8,  8,  8, 0,  3,  1,  2, 1, 1,  8,  7, 1, NONE,               25.00%, 'a blank row'
        QD96, VALID,     PER_ROW,      false, 10, 10, 10, 10, 0,  2,  2,  4, 2, 0,  8,  8, 2, NONE,               50.00%, '2L = B (even B)'
        NQ96, VALID,     PER_ROW,      false, 10, 10, 10, 10, 0,  2,  2,  5, 1, 0,  9,  9, 1, OVER_HALF,          55.56%, '2L = B + 1 (odd B)'
        QD96, VALID,     WHOLE_BALLOT, false, 10, 10, 10, 10, 1,  1,  2,  6, 0, 0,  9,  9, 1, TWO_THIRDS_OR_MORE, 66.67%, '3L = 2B (odd B)'
        NQ96, VALID,     WHOLE_BALLOT, false,  9,  9,  9,  9, 1,  1,  2,  5, 0, 0,  8,  8, 1, OVER_HALF,          62.50%, '3L = 2B - 1 (even B)'
        QD96, VALID,     PER_ROW,      false,  5,  5,  5,  5, 0,  0,  0,  0, 5, 0,  0,  0, 5, NONE,               —,      'B = 0 (every row invalid)'
        NQ96, VALID,     WHOLE_BALLOT, false,  5,  5,  5,  5, 5,  0,  0,  0, 0, 0,  0,  0, 5, NONE,               —,      'B = 0 (every ballot invalid)'
        NQ96, VALID,     PER_ROW,      true,  10, 10, 10, 10, 0,  2,  1,  4, 1, 2,  9,  9, 1, NONE,               44.44%, 'blank rows are valid and in the base'
        QD96, VALID,     WHOLE_BALLOT, true,  10,  9,  9,  9, 2,  1,  1,  4, 0, 1,  7,  7, 2, OVER_HALF,          57.14%, 'blank row under WHOLE_BALLOT'
      """;

  @ParameterizedTest(name = "{0} {1} {2} blank={3}: L={11} of B={14} -> {17} {18} ({19})")
  @CsvSource(textBlock = TABLE, quoteCharacter = '\'')
  void computesBaseBandAndPercentages(
      Preset preset, CountingBase base, InvalidityMode mode, boolean blankAllowed,
      long members, long present, long issued, long collected, long whollyInvalid,
      long high, long confident, long low, long invalidRows, long blank,
      long expectedBase, long expectedValid, long expectedInvalid, Band expectedBand,
      String expectedLowPercent, String edge) {
    ResultsInput input = new ResultsInput(preset, base, mode, blankAllowed,
        new Totals(members, present, issued, collected, whollyInvalid),
        List.of(new SubjectCounts(1, "Nguyễn Văn A", "Bí thư", high, confident, low,
            invalidRows, blank)));

    Calculation calculation = ResultsCalculator.calculate(input);

    assertThat(calculation.inconsistencies()).as(edge).isEmpty();
    Results results = calculation.computed().orElseThrow();
    SubjectResult r = results.subjects().get(0);
    assertThat(r.base()).as("B").isEqualTo(expectedBase);
    assertThat(r.valid()).as("valid").isEqualTo(expectedValid);
    assertThat(r.invalid()).as("invalid").isEqualTo(expectedInvalid);
    assertThat(r.valid() + r.invalid()).as("valid + invalid = collected").isEqualTo(collected);
    assertThat(r.band()).as(edge).isEqualTo(expectedBand);
    assertThat(r.low().formatPercent(Locale.ENGLISH)).isEqualTo(expectedLowPercent);
    assertThat(r.low()).isEqualTo(new Share(low, expectedBase));
    assertThat(r.high()).isEqualTo(new Share(high, expectedBase));
    assertThat(r.confident()).isEqualTo(new Share(confident, expectedBase));
    assertThat(r.consequenceKey())
        .isEqualTo("tally.consequence." + preset.name() + "." + expectedBand.name());
    assertThat(r.totals()).isEqualTo(input.totals());
    assertThat(r.counts().blank()).isEqualTo(blank);
    assertThat(r.rank()).isEqualTo(1);
  }

  @Test
  void tableCoversEveryPresetBaseAndModeCombination() {
    Set<String> seen = new java.util.HashSet<>();
    Set<String> edges = new java.util.HashSet<>();
    for (String line : TABLE.strip().split("\n")) {
      if (line.strip().startsWith("#")) {
        continue;
      }
      String[] cells = line.split(",");
      seen.add(cells[0].strip() + " " + cells[1].strip() + " " + cells[2].strip());
      edges.add(cells[1].strip() + " " + line.substring(line.indexOf('\'')).split("[ (']")[1]);
    }
    for (Preset preset : Preset.values()) {
      for (CountingBase base : CountingBase.values()) {
        // every base under both presets and both modes, though not every triple
        assertThat(seen).anyMatch(s -> s.startsWith(preset + " " + base + " "));
      }
    }
    for (CountingBase base : CountingBase.values()) {
      for (InvalidityMode mode : InvalidityMode.values()) {
        assertThat(seen).anyMatch(s -> s.contains(" " + base + " " + mode));
      }
      assertThat(edges).as("edges of %s", base).contains(base + " 2L", base + " 3L", base + " B");
    }
  }

  private static ResultsInput demoLike(Preset preset, CountingBase base) {
    return new ResultsInput(preset, base, InvalidityMode.PER_ROW, false,
        new Totals(9, 8, 8, 8),
        List.of(
            new SubjectCounts(1, "Nguyễn Văn A", "Bí thư", 5, 3, 0),
            new SubjectCounts(2, "Trần Thị B", "Phó Bí thư", 2, 2, 4),
            new SubjectCounts(3, "Lê Văn C", "Ủy viên", 1, 1, 5, 1, 0),
            new SubjectCounts(4, "Phạm Thị D", "Ủy viên", 0, 2, 6),
            new SubjectCounts(5, "Hoàng Văn E", "Ủy viên", 5, 2, 0, 1, 0)));
  }

  @Test
  void theBaseDecidesTheBand() {
    // Lê Văn C: 5 low of 8 collected, of 9 members, of 7 valid for him.
    assertThat(bandOfSubject3(CountingBase.COLLECTED)).isEqualTo(Band.OVER_HALF);
    assertThat(bandOfSubject3(CountingBase.MEMBERS)).isEqualTo(Band.OVER_HALF);
    assertThat(bandOfSubject3(CountingBase.VALID)).isEqualTo(Band.TWO_THIRDS_OR_MORE);
  }

  private static Band bandOfSubject3(CountingBase base) {
    return ResultsCalculator.calculate(demoLike(Preset.QD96, base)).computed().orElseThrow()
        .subjects().get(2).band();
  }

  @Test
  void ranksByHighConfidenceWithTiesSharingARank() {
    Results results = ResultsCalculator.calculate(demoLike(Preset.NQ96, CountingBase.MEMBERS))
        .computed().orElseThrow();

    assertThat(results.subjects()).extracting(SubjectResult::order).containsExactly(1, 2, 3, 4, 5);
    assertThat(results.subjects()).extracting(SubjectResult::rank).containsExactly(1, 3, 4, 5, 1);
    assertThat(results.ranking()).extracting(SubjectResult::order).containsExactly(1, 5, 2, 3, 4);
    assertThat(results.ranking()).extracting(SubjectResult::rank).containsExactly(1, 1, 3, 4, 5);
  }

  @Test
  void ranksByShareWhenTheBaseDiffersPerPerson() {
    // VALID base: A has 4 high of 8 valid (50%), B 4 of 5 (80%) though the same count.
    ResultsInput input = new ResultsInput(Preset.QD96, CountingBase.VALID, InvalidityMode.PER_ROW,
        false, new Totals(8, 8, 8, 8),
        List.of(new SubjectCounts(1, "Nguyễn Văn A", "Bí thư", 4, 4, 0),
            new SubjectCounts(2, "Trần Thị B", "Phó Bí thư", 4, 1, 0, 3, 0),
            new SubjectCounts(3, "Lê Văn C", "Ủy viên", 0, 0, 0, 8, 0)));

    Results results = ResultsCalculator.calculate(input).computed().orElseThrow();

    assertThat(results.ranking()).extracting(SubjectResult::order).containsExactly(2, 1, 3);
    assertThat(results.ranking()).extracting(SubjectResult::rank).containsExactly(1, 2, 3);
    assertThat(results.subjects().get(2).high().defined()).isFalse();
  }

  @Test
  void sortsSubjectsByTtWhateverTheInputOrder() {
    ResultsInput input = ResultsInput.withDefaults(Preset.QD96, new Totals(3, 3, 3, 3),
        List.of(new SubjectCounts(2, "Trần Thị B", "Phó Bí thư", 1, 1, 1),
            new SubjectCounts(1, "Nguyễn Văn A", "Bí thư", 1, 1, 1)));

    Results results = ResultsCalculator.calculate(input).computed().orElseThrow();

    assertThat(results.subjects()).extracting(SubjectResult::fullName)
        .containsExactly("Nguyễn Văn A", "Trần Thị B");
    assertThat(results.ranking()).extracting(SubjectResult::rank).containsExactly(1, 1);
  }

  @Test
  void presetsCarryTheirDefaultBaseAndConsequences() {
    assertThat(Preset.QD96.defaultBase()).isEqualTo(CountingBase.COLLECTED);
    assertThat(Preset.NQ96.defaultBase()).isEqualTo(CountingBase.MEMBERS);
    assertThat(InvalidityMode.defaultMode()).isEqualTo(InvalidityMode.PER_ROW);
    assertThat(Preset.NQ96.consequenceKey(Band.OVER_HALF))
        .isEqualTo("tally.consequence.NQ96.OVER_HALF");
    ResultsInput input = ResultsInput.withDefaults(Preset.NQ96, new Totals(1, 1, 1, 1),
        List.of(new SubjectCounts(1, "Nguyễn Văn A", "Chủ tịch", 1, 0, 0)));
    assertThat(input.base()).isEqualTo(CountingBase.MEMBERS);
    assertThat(input.invalidity()).isEqualTo(InvalidityMode.PER_ROW);
    assertThat(input.blankAllowed()).isFalse();
  }

  @Test
  void sameCountsGiveTheSameBandsUnderBothPresets() {
    for (CountingBase base : EnumSet.allOf(CountingBase.class)) {
      List<Band> qd = bands(Preset.QD96, base);
      assertThat(bands(Preset.NQ96, base)).as("%s", base).isEqualTo(qd);
    }
  }

  private static List<Band> bands(Preset preset, CountingBase base) {
    return ResultsCalculator.calculate(demoLike(preset, base)).computed().orElseThrow()
        .subjects().stream().map(SubjectResult::band).toList();
  }
}
