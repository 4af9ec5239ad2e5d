package vn.tinnhiem.server.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.server.system.Outcome;
import vn.tinnhiem.server.system.Refusal;

/**
 * A backup the heap cannot hold is refused before it is read, saying how much memory it
 * needs; a restore that runs out of memory, or fails in any other way, still ends, with the
 * reason on its page.
 */
class RestoreMemoryTest {

  private static final long MB = 1L << 20;
  /** The 500 × 50 backup of the load test: 1 GB of heap failed, 1.5 GB restored it. */
  private static final long BACKUP = 174_474_374;

  @Test
  void aBackupTheHeapCannotHoldIsRefusedWithTheMemoryItNeeds() {
    Refusal refusal = BackupController.memoryRefusal(BACKUP, 1024 * MB).orElseThrow();
    assertThat(refusal.code()).isEqualTo("backup.memory");
    assertThat(refusal.args()).containsExactly(167L, 1332L, 1024L, "1844");
    assertThat(BackupController.memoryRefusal(BACKUP, 256 * MB)).isPresent();
    assertThat(BackupController.memoryRefusal(BACKUP, 1536 * MB)).isEmpty();
    assertThat(BackupController.memoryRefusal(10 * MB, 256 * MB)).isEmpty();
  }

  @Test
  void aRestoreOutOfMemoryEndsWithThatReason() throws Exception {
    assertThat(outcomeOfARestoreThatThrows(() -> new OutOfMemoryError("Java heap space")))
        .isEqualTo(Outcome.busy("backup.outOfMemory"));
  }

  @Test
  void aRestoreThatFailsOtherwiseEndsToo() throws Exception {
    assertThat(outcomeOfARestoreThatThrows(StackOverflowError::new))
        .isEqualTo(Outcome.invalid(Refusal.of("backup.failed")));
    assertThat(outcomeOfARestoreThatThrows(() -> new IllegalStateException("x")))
        .isEqualTo(Outcome.invalid(Refusal.of("backup.failed")));
  }

  private static Outcome<SessionBackup.Restored> outcomeOfARestoreThatThrows(
      Supplier<Throwable> failure) throws InterruptedException {
    SessionBackup failing = new SessionBackup(null, null, null) {
      @Override
      public Outcome<Restored> restore(Parsed backup, Steps steps) {
        Throwable t = failure.get();
        if (t instanceof Error e) {
          throw e;
        }
        throw (RuntimeException) t;
      }
    };
    RestoreJobs jobs = new RestoreJobs(failing, Clock.systemUTC());
    try {
      RestoreJobs.Job job = jobs.start(new SessionBackup.Parsed(7, Json.obj("tables",
          Json.array(List.of())), 0), "admin").orElseThrow();
      long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (!job.finished() && System.nanoTime() < until) {
        Thread.sleep(10);
      }
      assertThat(job.finished()).as("the job ends").isTrue();
      return job.outcome;
    } finally {
      jobs.destroy();
    }
  }
}
