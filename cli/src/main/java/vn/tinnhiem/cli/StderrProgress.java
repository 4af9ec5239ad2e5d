package vn.tinnhiem.cli;

import java.io.PrintWriter;
import vn.tinnhiem.crypto.verify.Progress;

/** Prints progress on stderr at most every 10% (and not at all for small phases). */
final class StderrProgress implements Progress {
  private static final long SMALL = 50;
  private final PrintWriter err;
  private String lastPhase = "";
  private long lastTenth = -1;

  StderrProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void report(String phase, long done, long total) {
    if (total < SMALL) {
      return;
    }
    if (!phase.equals(lastPhase)) {
      lastPhase = phase;
      lastTenth = -1;
    }
    long tenth = done * 10 / total;
    if (tenth != lastTenth) {
      lastTenth = tenth;
      err.println(phase + ": " + done + "/" + total);
      err.flush();
    }
  }
}
