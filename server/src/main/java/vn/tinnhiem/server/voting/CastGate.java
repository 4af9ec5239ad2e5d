package vn.tinnhiem.server.voting;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Admission for the costly part of a cast (parsing and checking its proofs): at most one cast
 * per core at a time, first come, first served, and none admitted once the expected wait is
 * over {@code tinnhiem.voting.max-cast-wait}. Those are answered 503 with a Retry-After (when
 * the casts admitted before have half of that wait left), and the booth sends the ballot again.
 *
 * <p>Why refuse rather than queue without end: a 50-subject check takes about a third of a
 * second of one core, so 500 voters pressing "cast" together wait up to 80 s on 2 cores. A cast
 * that waits that long outlives a reverse proxy's timeout (nginx's default is 60 s) and is then
 * stored while the voter is told it failed; and every waiting cast holds a server thread and its
 * ballot. The expected wait is the casts ahead times the mean check time (a moving average of
 * the last checks) over the cores.
 */
@Component
class CastGate {

  /** Weight of the newest check in the moving average of check times. */
  private static final double NEWEST_WEIGHT = 0.1;

  private final int cores;
  private final Semaphore checking;
  private final long maxWaitNanos;
  /** Casts admitted and not yet finished: being checked, or waiting for a core. */
  private final AtomicInteger admitted = new AtomicInteger();
  /** Mean check time in nanoseconds; 0 until the first check has finished. */
  private volatile double meanCheckNanos;

  @Autowired
  CastGate(@Value("${tinnhiem.voting.max-cast-wait:20s}") Duration maxWait) {
    this(Runtime.getRuntime().availableProcessors(), maxWait);
  }

  CastGate(int cores, Duration maxWait) {
    this.cores = cores;
    this.checking = new Semaphore(cores, true);
    this.maxWaitNanos = maxWait.toNanos();
  }

  /**
   * Runs {@code check} in its turn, or answers when to try again (whole seconds, at least 1)
   * without running it.
   */
  <T> Admission<T> run(Supplier<T> check) {
    Optional<Duration> busy = comeBackIn(admitted.getAndIncrement());
    if (busy.isPresent()) {
      admitted.decrementAndGet();
      return new Admission.Busy<>(busy.get());
    }
    try {
      checking.acquireUninterruptibly();
      long start = System.nanoTime();
      try {
        return new Admission.Ran<>(check.get());
      } finally {
        checking.release();
        recordCheck(System.nanoTime() - start);
      }
    } finally {
      admitted.decrementAndGet();
    }
  }

  /**
   * When a cast arriving now should come back, if it would not be admitted: lets a caller
   * answer before even reading the ballot.
   */
  Optional<Duration> busyFor() {
    return comeBackIn(admitted.get());
  }

  /** Empty when a cast with {@code ahead} casts admitted before it may wait its turn. */
  private Optional<Duration> comeBackIn(int ahead) {
    long waitNanos = expectedWaitNanos(ahead);
    if (ahead < cores || waitNanos <= maxWaitNanos) {
      return Optional.empty();
    }
    // Back when the casts ahead have half the maximum wait left: the cores still have work
    // then (coming back when they are all done left the cores idle 14% of the time in
    // bench/load.sh at 500 × 50).
    long comeBack = waitNanos - maxWaitNanos / 2;
    return Optional.of(Duration.ofSeconds(Math.max(1, (long) Math.ceil(comeBack / 1e9))));
  }

  /** The wait of a cast with {@code ahead} casts admitted before it. */
  long expectedWaitNanos(int ahead) {
    int waiting = Math.max(0, ahead - cores + 1);
    return (long) (Math.ceil((double) waiting / cores) * meanCheckNanos);
  }

  /** Two checks ending at once may lose one of their samples: harmless for an estimate. */
  void recordCheck(long nanos) {
    double mean = meanCheckNanos;
    meanCheckNanos = mean == 0 ? nanos : mean + NEWEST_WEIGHT * (nanos - mean);
  }

  /** Back to "nothing measured yet" (tests that set a mean of their own clean up with it). */
  void forgetCheckTimes() {
    meanCheckNanos = 0;
  }

  int admitted() {
    return admitted.get();
  }

  /** A check that ran, with its result, or was not admitted. */
  sealed interface Admission<T> {
    record Ran<T>(T result) implements Admission<T> {}

    record Busy<T>(Duration retryAfter) implements Admission<T> {}
  }
}
