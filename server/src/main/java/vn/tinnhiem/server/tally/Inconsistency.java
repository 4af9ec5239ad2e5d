package vn.tinnhiem.server.tally;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One reason why entered counts do not add up. The user reads it through the
 * message key {@code tally.problem.<KIND>} with {@link #args()}; logs and API
 * errors can use {@link #englishMessage()}.
 *
 * @param kind         what is wrong
 * @param subjectOrder TT of the subject concerned, or 0 for conference-wide counts
 * @param args         the message arguments, in the order of the kind's text
 */
public record Inconsistency(Kind kind, int subjectOrder, List<Object> args) {

  /** What can be wrong with the counts, with the English text of each. */
  public enum Kind {
    PRESENT_OVER_MEMBERS("Members present ({0}) exceed the summoned members ({1})."),
    ISSUED_OVER_PRESENT("Ballots issued ({0}) exceed the members present ({1})."),
    COLLECTED_OVER_ISSUED("Ballots collected ({0}) exceed the ballots issued ({1})."),
    WHOLLY_INVALID_OVER_COLLECTED(
        "Wholly invalid ballots ({0}) exceed the ballots collected ({1})."),
    WHOLLY_INVALID_UNDER_PER_ROW("{0} wholly invalid ballots entered, but in this session a bad"
        + " row voids only that row: count such a ballot as an invalid row for every person."),
    ROW_INVALID_UNDER_WHOLE_BALLOT("No. {0}, {1}: {2} invalid rows entered, but in this session"
        + " a bad row voids the whole ballot: count such ballots as wholly invalid."),
    BLANK_NOT_ALLOWED("No. {0}, {1}: {2} blank rows entered, but this session does not allow"
        + " leaving a row blank."),
    ROWS_NOT_COLLECTED("No. {0}, {1}: high {2} + confident {3} + low {4} + invalid {5}"
        + " + blank {6} = {7}, but must equal the ballots collected ({8})."),
    ROWS_NOT_VALID_BALLOTS("No. {0}, {1}: high {2} + confident {3} + low {4} + invalid {5}"
        + " + blank {6} = {7}, but must equal the ballots collected minus the wholly invalid"
        + " ballots ({8}).");

    private final String english;

    Kind(String english) {
      this.english = english;
    }
  }

  public Inconsistency {
    Objects.requireNonNull(kind, "kind");
    if (subjectOrder < 0) {
      throw new IllegalArgumentException("subject order must be 0 or positive: " + subjectOrder);
    }
    args = List.copyOf(args);
  }

  /** The message key, e.g. {@code tally.problem.COLLECTED_OVER_ISSUED}. */
  public String messageKey() {
    return "tally.problem." + kind.name();
  }

  /** The arguments as an array, as {@code #messages.msgWithParams} and MessageSource take them. */
  public Object[] argsArray() {
    return args.toArray();
  }

  /** The message in English, for logs and API errors. */
  public String englishMessage() {
    return new MessageFormat(kind.english, Locale.ENGLISH).format(argsArray());
  }

  @Override
  public String toString() {
    return kind + ": " + englishMessage();
  }
}
