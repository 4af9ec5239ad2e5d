package vn.tinnhiem.server.tally;

/**
 * Conference-wide counts, merged over all sites and over paper and electronic
 * ballots. How they must relate ({@code collected ≤ issued ≤ present ≤ members})
 * is checked by {@link ResultsCalculator#check}, which reports a clear message
 * instead of throwing; the constructor only rejects negative counts.
 *
 * @param members       summoned members (tổng số người được triệu tập)
 * @param present       members present (có mặt)
 * @param issued        ballots issued (phiếu phát ra)
 * @param collected     ballots collected (phiếu thu vào)
 * @param whollyInvalid ballots invalid as a whole; only under
 *                      {@link InvalidityMode#WHOLE_BALLOT}, otherwise 0
 */
public record Totals(long members, long present, long issued, long collected, long whollyInvalid) {

  public Totals {
    requireNonNegative("members", members);
    requireNonNegative("present", present);
    requireNonNegative("issued", issued);
    requireNonNegative("collected", collected);
    requireNonNegative("whollyInvalid", whollyInvalid);
  }

  /** Totals without wholly invalid ballots (the usual case under {@link InvalidityMode#PER_ROW}). */
  public Totals(long members, long present, long issued, long collected) {
    this(members, present, issued, collected, 0);
  }

  static void requireNonNegative(String name, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must not be negative: " + value);
    }
  }
}
