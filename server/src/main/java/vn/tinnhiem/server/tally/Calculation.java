package vn.tinnhiem.server.tally;

import java.util.List;
import java.util.Optional;

/** What {@link ResultsCalculator#calculate} gives: results, or why there are none. */
public sealed interface Calculation permits Calculation.Computed, Calculation.Rejected {

  /** The counts add up; here are the results. */
  record Computed(Results results) implements Calculation {
    public Computed {
      java.util.Objects.requireNonNull(results, "results");
    }
  }

  /** The counts do not add up; nothing was computed. */
  record Rejected(List<Inconsistency> problems) implements Calculation {
    public Rejected {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("a rejection needs a reason");
      }
    }
  }

  /** The results, if computed. */
  default Optional<Results> computed() {
    return this instanceof Computed c ? Optional.of(c.results()) : Optional.empty();
  }

  /** Why nothing was computed; empty if computed. */
  default List<Inconsistency> inconsistencies() {
    return this instanceof Rejected r ? r.problems() : List.of();
  }
}
