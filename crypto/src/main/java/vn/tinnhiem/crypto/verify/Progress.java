package vn.tinnhiem.crypto.verify;

/** Reports progress of long work: {@code done} of {@code total} items in a named phase. */
@FunctionalInterface
public interface Progress {
  Progress NONE = (phase, done, total) -> { };
  /** The phase that checks (or makes) ballots, one report per ballot. */
  String BALLOTS = "ballots";

  void report(String phase, long done, long total);
}
