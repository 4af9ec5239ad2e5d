package vn.tinnhiem.server.preparation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One milestone of a session's timeline as it stands today.
 *
 * @param milestone which
 * @param days      days before the conference
 * @param date      the day
 * @param state     where it stands
 * @param pending   what is still missing (subjects without a dossier, questions without an
 *                  answer); 0 where nothing is owed
 */
public record Deadline(Milestone milestone, int days, LocalDate date, State state, int pending) {

  /** Where a deadline stands. */
  public enum State {
    /** Still ahead. */
    UPCOMING,
    /** Everything owed is in. */
    DONE,
    /** Passed with something still owed. */
    OVERDUE,
    /** Passed; nothing was owed by a person (a release, the last day to ask). */
    PASSED
  }

  public Deadline {
    Objects.requireNonNull(milestone, "milestone");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(state, "state");
  }

  /** The deadlines of a conference on {@code heldOn}, seen on {@code today}. */
  static java.util.List<Deadline> of(Offsets offsets, LocalDate heldOn, LocalDate today,
      int subjectsWithoutDossier, int unansweredQuestions) {
    java.util.List<Deadline> out = new java.util.ArrayList<>();
    for (Milestone m : Milestone.values()) {
      LocalDate date = offsets.date(m, heldOn);
      int pending = switch (m) {
        case DOSSIER_DUE -> subjectsWithoutDossier;
        case ANSWERS_DUE -> unansweredQuestions;
        default -> 0;
      };
      boolean owes = m == Milestone.DOSSIER_DUE || m == Milestone.ANSWERS_DUE;
      State state;
      if (owes && pending == 0 && (m == Milestone.DOSSIER_DUE || !today.isBefore(date))) {
        state = State.DONE; // every dossier in counts as done early; answers once the day comes
      } else if (!today.isAfter(date)) {
        state = State.UPCOMING;
      } else if (owes) {
        state = pending > 0 ? State.OVERDUE : State.DONE;
      } else {
        state = State.PASSED;
      }
      out.add(new Deadline(m, offsets.days(m), date, state, pending));
    }
    return out;
  }
}
