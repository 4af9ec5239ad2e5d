package vn.tinnhiem.server.counting;

/**
 * Counts entered for one subject from the paper ballots.
 *
 * @param high      tín nhiệm cao
 * @param confident tín nhiệm
 * @param low       tín nhiệm thấp
 * @param blank     left blank (0 unless the session allows blank rows)
 * @param invalid   invalid for this subject
 */
public record PaperCounts(int high, int confident, int low, int blank, int invalid) {

  /** Far above any conference; keeps every sum inside an int. */
  public static final int MAX = 1_000_000;

  public PaperCounts {
    for (int n : new int[] {high, confident, low, blank, invalid}) {
      if (n < 0 || n > MAX) {
        throw new IllegalArgumentException("count out of range: " + n);
      }
    }
  }

  public int total() {
    return high + confident + low + blank + invalid;
  }
}
