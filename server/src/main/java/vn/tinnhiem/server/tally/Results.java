package vn.tinnhiem.server.tally;

import java.util.List;
import java.util.Objects;

/**
 * Computed results, made by {@link ResultsCalculator#calculate} from counts
 * that add up.
 *
 * @param input    what they were computed from, including the options in force
 * @param subjects one per subject, by TT
 * @param ranking  the same, by rank (tín nhiệm cao share, most first), ties by TT
 */
public record Results(ResultsInput input, List<SubjectResult> subjects, List<SubjectResult> ranking) {

  public Results {
    Objects.requireNonNull(input, "input");
    subjects = List.copyOf(subjects);
    ranking = List.copyOf(ranking);
    if (subjects.size() != input.subjects().size() || ranking.size() != subjects.size()) {
      throw new IllegalArgumentException("one result per subject expected");
    }
  }

  /**
   * Ballots valid as a whole, {@code collected − whollyInvalid}: meaningful under
   * {@link InvalidityMode#WHOLE_BALLOT}; under {@link InvalidityMode#PER_ROW} validity is
   * per person, see {@link SubjectResult#valid()}.
   */
  public long validBallots() {
    return input.totals().collected() - input.totals().whollyInvalid();
  }
}
