package vn.tinnhiem.server.roll;

/**
 * The quorum rule: the vote is valid only if at least two thirds of the
 * summoned members are present, {@code 3 × present ≥ 2 × summoned}, in
 * integers (no rounding, no floating point).
 *
 * @param summoned all summoned members, over all sites
 * @param present  present members, over all sites
 */
public record Quorum(int summoned, int present) {

  public Quorum {
    if (summoned < 0 || present < 0 || present > summoned) {
      throw new IllegalArgumentException(
          "need 0 <= present <= summoned, got " + present + " of " + summoned);
    }
  }

  /** Whether the gate is open. */
  public boolean reached() {
    return 3L * present >= 2L * summoned;
  }

  /** The fewest present members that reach the quorum: ⌈2 × summoned / 3⌉. */
  public int required() {
    return (int) ((2L * summoned + 2) / 3);
  }

  /** How many more must be present; 0 once reached. */
  public int missing() {
    return Math.max(0, required() - present);
  }
}
