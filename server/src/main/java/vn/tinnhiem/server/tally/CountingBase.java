package vn.tinnhiem.server.tally;

/**
 * What percentages and thresholds are taken of (the base {@code B}). Each
 * percentage printed names its base, see {@link #columnKey()}.
 */
public enum CountingBase {
  /** The total membership of the voting body, present or not (summoned members). */
  MEMBERS,
  /** Ballots issued by the counting board. */
  ISSUED,
  /** Ballots collected back. */
  COLLECTED,
  /** Ballots valid for the person concerned, so the base may differ per subject. */
  VALID;

  /** Message key of the base's name, e.g. {@code tally.base.MEMBERS}. */
  public String messageKey() {
    return "tally.base." + name();
  }

  /** Message key of the percentage column header naming the base. */
  public String columnKey() {
    return "tally.base." + name() + ".column";
  }

  /** Whether every subject has the same base (all but {@link #VALID}). */
  public boolean commonToAllSubjects() {
    return this != VALID;
  }
}
