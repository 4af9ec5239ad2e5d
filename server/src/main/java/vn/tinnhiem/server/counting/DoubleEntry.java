package vn.tinnhiem.server.counting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a subject's double entry stands. The pair compared is the latest entry and the latest
 * entry by somebody else; the counts are accepted when the two agree. A person who types again
 * replaces their own earlier entry, never the other person's.
 *
 * @param subjectId the subject
 * @param latest    the latest entry, if any
 * @param other     the latest entry by someone other than {@code latest}'s author, if any
 * @param entries   how many entries the log holds for this subject
 */
public record DoubleEntry(long subjectId, Optional<CountEntry> latest, Optional<CountEntry> other,
    int entries) {

  /** What the board sees per subject. */
  public enum State {
    /** Nobody has entered the counts yet. */
    NONE,
    /** One person has; a second must enter them independently. */
    AWAITING_SECOND,
    /** Two people entered the same figures: accepted. */
    AGREED,
    /** Two people entered different figures: someone must count again and enter. */
    MISMATCH
  }

  /** The pair from a subject's entries in log order. */
  static DoubleEntry of(long subjectId, List<CountEntry> log) {
    if (log.isEmpty()) {
      return new DoubleEntry(subjectId, Optional.empty(), Optional.empty(), 0);
    }
    CountEntry latest = log.get(log.size() - 1);
    Optional<CountEntry> other = Optional.empty();
    for (int i = log.size() - 2; i >= 0; i--) {
      if (!log.get(i).by().equals(latest.by())) {
        other = Optional.of(log.get(i));
        break;
      }
    }
    return new DoubleEntry(subjectId, Optional.of(latest), other, log.size());
  }

  public State state() {
    if (latest.isEmpty()) {
      return State.NONE;
    }
    if (other.isEmpty()) {
      return State.AWAITING_SECOND;
    }
    return latest.get().counts().equals(other.get().counts()) ? State.AGREED : State.MISMATCH;
  }

  /** The figures both people agree on, once they do. */
  public Optional<PaperCounts> agreed() {
    return state() == State.AGREED ? latest.map(CountEntry::counts) : Optional.empty();
  }

  /** Names of the figures that differ between the pair ("high", "low", ...); empty unless MISMATCH. */
  public List<String> differences() {
    List<String> fields = new ArrayList<>();
    if (state() != State.MISMATCH) {
      return fields;
    }
    PaperCounts a = latest.get().counts();
    PaperCounts b = other.get().counts();
    if (a.high() != b.high()) {
      fields.add("high");
    }
    if (a.confident() != b.confident()) {
      fields.add("confident");
    }
    if (a.low() != b.low()) {
      fields.add("low");
    }
    if (a.blank() != b.blank()) {
      fields.add("blank");
    }
    if (a.invalid() != b.invalid()) {
      fields.add("invalid");
    }
    return fields;
  }

  /** Whether this person has an entry in the pair (so they wait for someone else). */
  public boolean enteredBy(String username) {
    return latest.map(e -> e.by().equals(username)).orElse(false)
        || other.map(e -> e.by().equals(username)).orElse(false);
  }
}
