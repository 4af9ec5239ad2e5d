/**
 * Results of a confidence vote: counts, percentages on the chosen base, bands
 * and ranking, computed with exact integer arithmetic (see DOMAIN.md).
 *
 * <p>The calculation ({@link ResultsCalculator} and the records and enums it
 * uses) is plain Java with no framework, so that the counting minutes, the
 * documents and the command line can share it. {@link TallyService} is the thin
 * Spring wrapper; {@link ResultsView} is the page model of
 * {@code templates/tally/results.html}.
 *
 * <p>Flow: build a {@link ResultsInput} (preset, base, invalidity mode,
 * {@link Totals}, one {@link SubjectCounts} per subject), call
 * {@link ResultsCalculator#calculate}, and get either {@link Results} or the
 * list of {@link Inconsistency inconsistencies} that stop the counts from
 * adding up.
 */
package vn.tinnhiem.server.tally;
