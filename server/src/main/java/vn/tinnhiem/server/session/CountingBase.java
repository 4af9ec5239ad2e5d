package vn.tinnhiem.server.session;

/** What percentages and thresholds are taken against. Every printed percentage names it. */
public enum CountingBase {
  /** All summoned members of the voting body, present or not. */
  MEMBERS,
  /** Ballots issued. */
  ISSUED,
  /** Ballots collected. */
  COLLECTED,
  /** Ballots valid for the subject. */
  VALID
}
