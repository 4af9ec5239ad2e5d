package vn.tinnhiem.crypto.verify;

/** Reports progress of long work: {@code done} of {@code total} items in a named phase. */
@FunctionalInterface
public interface Progress {
  Progress NONE = (phase, done, total) -> { };

  void report(String phase, long done, long total);
}
