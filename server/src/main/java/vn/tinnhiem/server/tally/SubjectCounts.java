package vn.tinnhiem.server.tally;

import java.util.Objects;

/**
 * The counted row of one subject (person voted on), merged over all sites
 * and ballot kinds.
 *
 * @param order     TT, the subject's place on the ballot, from 1
 * @param fullName  e.g. "Nguyễn Văn A"
 * @param position  e.g. "Bí thư Đảng ủy"
 * @param high      tín nhiệm cao
 * @param confident tín nhiệm
 * @param low       tín nhiệm thấp
 * @param invalid   rows invalid for this person (per-row counting); 0 under
 *                  {@link InvalidityMode#WHOLE_BALLOT}, where bad ballots are in
 *                  {@link Totals#whollyInvalid()}
 * @param blank     rows validly left blank, when the session allows it; else 0
 */
public record SubjectCounts(
    int order, String fullName, String position,
    long high, long confident, long low, long invalid, long blank) {

  /** Longest name or position accepted. */
  public static final int MAX_TEXT = 200;

  public SubjectCounts {
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(position, "position");
    if (order < 1) {
      throw new IllegalArgumentException("order must start at 1: " + order);
    }
    if (fullName.isBlank() || fullName.length() > MAX_TEXT) {
      throw new IllegalArgumentException("bad full name for No. " + order);
    }
    if (position.isBlank() || position.length() > MAX_TEXT) {
      throw new IllegalArgumentException("bad position for No. " + order);
    }
    Totals.requireNonNegative("high", high);
    Totals.requireNonNegative("confident", confident);
    Totals.requireNonNegative("low", low);
    Totals.requireNonNegative("invalid", invalid);
    Totals.requireNonNegative("blank", blank);
  }

  /** A row with no invalid and no blank count. */
  public SubjectCounts(int order, String fullName, String position,
      long high, long confident, long low) {
    this(order, fullName, position, high, confident, low, 0, 0);
  }

  /** Rows that chose a level: {@code high + confident + low}. */
  public long levels() {
    return Math.addExact(Math.addExact(high, confident), low);
  }

  /** Every row counted for this person: levels, invalid and blank. */
  public long rows() {
    return Math.addExact(Math.addExact(levels(), invalid), blank);
  }
}
