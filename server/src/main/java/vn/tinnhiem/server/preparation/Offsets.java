package vn.tinnhiem.server.preparation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tinnhiem.server.system.Refusal;

/**
 * Days before the conference for each {@link Milestone}. The usual plan is 20 / 15 / 10 / 3;
 * a session may set others, as long as they fall in that order.
 */
public record Offsets(int dossierDue, int release, int questionsDue, int answersDue) {

  public static final Offsets DEFAULT = new Offsets(20, 15, 10, 3);
  public static final int MAX_DAYS = 365;

  /** The day of a milestone for a conference held on {@code heldOn}. */
  public LocalDate date(Milestone m, LocalDate heldOn) {
    return heldOn.minusDays(days(m));
  }

  public int days(Milestone m) {
    return switch (m) {
      case DOSSIER_DUE -> dossierDue;
      case DOSSIER_RELEASE -> release;
      case QUESTIONS_DUE -> questionsDue;
      case ANSWERS_DUE -> answersDue;
    };
  }

  /** What is wrong with these offsets, as form refusals; empty when they are fine. */
  public List<Refusal> problems() {
    List<Refusal> problems = new ArrayList<>();
    for (Milestone m : Milestone.values()) {
      if (days(m) < 0 || days(m) > MAX_DAYS) {
        problems.add(Refusal.field(field(m), "preparation.offset.range", MAX_DAYS));
      }
    }
    if (problems.isEmpty()
        && !(dossierDue >= release && release >= questionsDue && questionsDue >= answersDue)) {
      problems.add(Refusal.of("preparation.offset.order"));
    }
    return problems;
  }

  static String field(Milestone m) {
    return switch (m) {
      case DOSSIER_DUE -> "dossierDue";
      case DOSSIER_RELEASE -> "release";
      case QUESTIONS_DUE -> "questionsDue";
      case ANSWERS_DUE -> "answersDue";
    };
  }
}
