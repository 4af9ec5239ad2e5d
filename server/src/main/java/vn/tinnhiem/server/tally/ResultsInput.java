package vn.tinnhiem.server.tally;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the results are computed from: the options in force and the
 * merged counts. The constructor checks the shape (no nulls, at least one
 * subject, distinct TT numbers); whether the counts add up is
 * {@link ResultsCalculator#check}'s job.
 *
 * @param preset       the rule set, for the consequence texts and documents
 * @param base         what percentages and thresholds are taken of
 * @param invalidity   what a bad row voids
 * @param blankAllowed whether a row may be left blank
 * @param totals       conference-wide counts
 * @param subjects     one row per subject, any order, distinct {@link SubjectCounts#order()}
 */
public record ResultsInput(
    Preset preset, CountingBase base, InvalidityMode invalidity, boolean blankAllowed,
    Totals totals, List<SubjectCounts> subjects) {

  public ResultsInput {
    Objects.requireNonNull(preset, "preset");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(invalidity, "invalidity");
    Objects.requireNonNull(totals, "totals");
    subjects = List.copyOf(subjects);
    if (subjects.isEmpty()) {
      throw new IllegalArgumentException("no subjects");
    }
    Set<Integer> orders = new HashSet<>();
    for (SubjectCounts subject : subjects) {
      if (!orders.add(subject.order())) {
        throw new IllegalArgumentException("two subjects with No. " + subject.order());
      }
    }
  }

  /** The preset's default base, per-row invalidity, no blank rows. */
  public static ResultsInput withDefaults(
      Preset preset, Totals totals, List<SubjectCounts> subjects) {
    return new ResultsInput(preset, preset.defaultBase(), InvalidityMode.defaultMode(), false,
        totals, subjects);
  }

  /**
   * How many rows each subject must have: {@code collected} under
   * {@link InvalidityMode#PER_ROW}, {@code collected − whollyInvalid} under
   * {@link InvalidityMode#WHOLE_BALLOT}.
   */
  public long expectedRows() {
    return invalidity == InvalidityMode.WHOLE_BALLOT
        ? totals.collected() - totals.whollyInvalid()
        : totals.collected();
  }
}
