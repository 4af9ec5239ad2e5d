package vn.tinnhiem.server.live;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Waits for something pushed from another thread, failing after a deadline. */
final class Eventually {

  private Eventually() {}

  static void until(Duration timeout, Callable<Boolean> condition) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!Boolean.TRUE.equals(condition.call())) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + timeout);
      }
      Thread.sleep(25);
    }
  }
}
