package vn.tinnhiem.server.tally;

/**
 * What a badly filled row (no box or several boxes marked) voids. The texts
 * leave it open; tinnhiem records the choice per session.
 */
public enum InvalidityMode {
  /**
   * Only that row is invalid, for that person; the rest of the ballot counts
   * (National Assembly practice). A ballot that is invalid as a whole (not
   * issued by the board, names added or crossed out) counts as an invalid row
   * for every person.
   */
  PER_ROW,
  /** Any bad row voids the whole ballot; it is then counted once as wholly invalid. */
  WHOLE_BALLOT;

  /** The default when a session does not choose: {@link #PER_ROW}. */
  public static InvalidityMode defaultMode() {
    return PER_ROW;
  }

  /** Message key of the mode's description, e.g. {@code tally.invalidity.PER_ROW}. */
  public String messageKey() {
    return "tally.invalidity." + name();
  }
}
