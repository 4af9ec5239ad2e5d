package vn.tinnhiem.server.tally;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The model of {@code templates/tally/results.html}: texts as message keys,
 * counts as numbers, percentages already formatted for the page's locale
 * (two decimals, half-up, "—" for an empty base).
 *
 * @param heading  organisation, session, place and date
 * @param options  the options in force
 * @param counts   conference-wide counts
 * @param totals   the same, labelled, in print order
 * @param rows     one per subject by TT; empty when the counts were rejected
 * @param ranking  the same rows by rank; empty when rejected
 * @param problems why the counts were rejected; empty when computed
 */
public record ResultsView(
    ResultsHeading heading, Options options, Totals counts, List<TotalRow> totals,
    List<Row> rows, List<Row> ranking, List<Inconsistency> problems) {

  /** The options in force, printed with the results. */
  public record Options(
      Preset preset, CountingBase base, InvalidityMode invalidity, boolean blankAllowed) {}

  /** A labelled conference-wide count. */
  public record TotalRow(String labelKey, long value) {}

  /** One level's count and its percentage of the base. */
  public record Level(long count, String percent) {}

  /** One subject's line. */
  public record Row(
      int order, String fullName, String position, long valid, long invalid, long blank,
      long base, Level high, Level confident, Level low, Band band, String consequenceKey,
      int rank) {}

  public ResultsView {
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(counts, "counts");
    totals = List.copyOf(totals);
    rows = List.copyOf(rows);
    ranking = List.copyOf(ranking);
    problems = List.copyOf(problems);
  }

  /** The page for a calculation, computed or rejected. */
  public static ResultsView of(
      ResultsHeading heading, ResultsInput input, Calculation calculation, Locale locale) {
    Options options = new Options(
        input.preset(), input.base(), input.invalidity(), input.blankAllowed());
    List<TotalRow> totals = totals(input);
    return calculation.computed()
        .map(results -> new ResultsView(heading, options, input.totals(), totals,
            rows(results.subjects(), locale), rows(results.ranking(), locale), List.of()))
        .orElseGet(() -> new ResultsView(heading, options, input.totals(), totals, List.of(),
            List.of(), calculation.inconsistencies()));
  }

  /** Whether results were computed (otherwise {@link #problems()} says why not). */
  public boolean computed() {
    return problems.isEmpty();
  }

  /**
   * Arguments of {@code tally.results.placeDate}: place, day, month, year (as
   * text, so no digit grouping) and the ISO date.
   */
  public Object[] placeDateArgs() {
    return new Object[] {heading.place(), String.valueOf(heading.date().getDayOfMonth()),
        String.valueOf(heading.date().getMonthValue()), String.valueOf(heading.date().getYear()),
        heading.date().toString()};
  }

  /** Whether the base differs per subject, so the page shows a column for it. */
  public boolean baseColumn() {
    return !options.base().commonToAllSubjects();
  }

  /** The base value shared by all subjects, or {@code null} when it is per person. */
  public Long commonBase() {
    return switch (options.base()) {
      case MEMBERS -> counts.members();
      case ISSUED -> counts.issued();
      case COLLECTED -> counts.collected();
      case VALID -> null;
    };
  }

  private static List<TotalRow> totals(ResultsInput input) {
    Totals t = input.totals();
    List<TotalRow> totals = new ArrayList<>(List.of(
        new TotalRow("tally.totals.members", t.members()),
        new TotalRow("tally.totals.present", t.present()),
        new TotalRow("tally.totals.issued", t.issued()),
        new TotalRow("tally.totals.collected", t.collected())));
    if (input.invalidity() == InvalidityMode.WHOLE_BALLOT) {
      totals.add(new TotalRow("tally.totals.validBallots", t.collected() - t.whollyInvalid()));
      totals.add(new TotalRow("tally.totals.whollyInvalid", t.whollyInvalid()));
    }
    return totals;
  }

  private static List<Row> rows(List<SubjectResult> results, Locale locale) {
    return results.stream().map(r -> new Row(
            r.order(), r.fullName(), r.position(), r.valid(), r.invalid(), r.counts().blank(),
            r.base(), level(r.high(), locale), level(r.confident(), locale),
            level(r.low(), locale), r.band(), r.consequenceKey(), r.rank()))
        .toList();
  }

  private static Level level(Share share, Locale locale) {
    return new Level(share.numerator(), share.formatPercent(locale));
  }
}
