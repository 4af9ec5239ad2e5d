package vn.tinnhiem.server.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The cast gate: one check per core, and "busy" only when the expected wait is too long. */
class CastGateTest {

  private static final long MS = 1_000_000L;

  /** Threads of their own: the common pool may have a single thread on a 2-core machine. */
  private final ExecutorService threads = Executors.newFixedThreadPool(2);

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void theExpectedWaitCountsTheCastsAheadPerCore() {
    CastGate gate = new CastGate(2, Duration.ofSeconds(20));
    assertThat(gate.expectedWaitNanos(5)).as("nothing measured yet").isZero();
    gate.recordCheck(300 * MS);
    assertThat(gate.expectedWaitNanos(0)).isZero();
    assertThat(gate.expectedWaitNanos(1)).isZero();
    assertThat(gate.expectedWaitNanos(2)).isEqualTo(300 * MS);
    assertThat(gate.expectedWaitNanos(3)).isEqualTo(300 * MS);
    assertThat(gate.expectedWaitNanos(4)).isEqualTo(600 * MS);
    // A moving average: one slow check moves the mean a tenth of the way.
    gate.recordCheck(1300 * MS);
    assertThat(gate.expectedWaitNanos(2)).isEqualTo(400 * MS);
  }

  @Test
  void aCastWhoseWaitIsTooLongIsNotRunAndToldWhenToComeBack() throws Exception {
    CastGate gate = new CastGate(1, Duration.ofMillis(500));
    gate.recordCheck(1500 * MS);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<CastGate.Admission<String>> first = checkingUntil(gate, release);

    AtomicBoolean ran = new AtomicBoolean();
    CastGate.Admission<String> second = gate.run(() -> {
      ran.set(true);
      return "second";
    });
    assertThat(ran).isFalse();
    assertThat(second).isEqualTo(new CastGate.Admission.Busy<String>(Duration.ofSeconds(2)));
    assertThat(gate.admitted()).isEqualTo(1);

    release.countDown();
    assertThat(first.get(10, TimeUnit.SECONDS))
        .isEqualTo(new CastGate.Admission.Ran<>("first"));
    assertThat(gate.admitted()).isZero();
    assertThat(gate.run(() -> "third")).isEqualTo(new CastGate.Admission.Ran<>("third"));
  }

  @Test
  void aCastWhoseWaitIsShortWaitsForItsTurn() throws Exception {
    CastGate gate = new CastGate(1, Duration.ofSeconds(20));
    gate.recordCheck(100 * MS);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<CastGate.Admission<String>> first = checkingUntil(gate, release);
    CompletableFuture<CastGate.Admission<String>> second =
        CompletableFuture.supplyAsync(() -> gate.run(() -> "second"), threads);
    Thread.sleep(200);
    assertThat(second).as("waits while the only core is taken").isNotDone();
    release.countDown();
    assertThat(second.get(10, TimeUnit.SECONDS))
        .isEqualTo(new CastGate.Admission.Ran<>("second"));
    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(new CastGate.Admission.Ran<>("first"));
  }

  /** A cast that takes the gate's only core until {@code release}; answers "first". */
  private CompletableFuture<CastGate.Admission<String>> checkingUntil(CastGate gate,
      CountDownLatch release) throws InterruptedException {
    CountDownLatch running = new CountDownLatch(1);
    CompletableFuture<CastGate.Admission<String>> first = CompletableFuture.supplyAsync(() ->
        gate.run(() -> {
          running.countDown();
          await(release);
          return "first";
        }), threads);
    assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
    return first;
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
