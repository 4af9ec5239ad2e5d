package vn.tinnhiem.server.backup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import vn.tinnhiem.server.system.Outcome;
import vn.tinnhiem.server.system.Refusal;

/**
 * Restores run in the background: checking the board of a large session takes minutes (about
 * 80 s for 500 ballots of 50 subjects on 2 cores), longer than a browser or a reverse proxy
 * waits for one answer. One restore at a time, in the order asked; the progress page reads
 * the job. Jobs live in this node's memory for {@link #KEEP}.
 */
@Component
class RestoreJobs implements DisposableBean {

  static final Duration KEEP = Duration.ofHours(1);
  /** Each waiting job holds its parsed backup in memory: a few at most. */
  static final int MAX_WAITING = 2;

  private static final Logger log = LoggerFactory.getLogger(RestoreJobs.class);

  /** Where a restore is: what it does now, how far, and at the end its outcome. */
  static final class Job {
    final String id;
    final String owner;
    final long sessionId;
    final Instant started;
    volatile SessionBackup.Step step = SessionBackup.Step.WAITING;
    volatile long done;
    volatile long total;
    volatile Outcome<SessionBackup.Restored> outcome;
    volatile Duration took;
    private volatile SessionBackup.Parsed backup;

    Job(String id, String owner, SessionBackup.Parsed backup, Instant started) {
      this.id = id;
      this.owner = owner;
      this.sessionId = backup.sessionId();
      this.backup = backup;
      this.started = started;
    }

    boolean finished() {
      return outcome != null;
    }

    /** Percent of the current step done, 0 to 100. */
    int percent() {
      return total == 0 ? 0 : (int) Math.min(100, done * 100 / total);
    }
  }

  private final SessionBackup backups;
  private final Clock clock;
  private final Map<String, Job> jobs = new ConcurrentHashMap<>();
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "restore");
    t.setDaemon(true);
    return t;
  });

  RestoreJobs(SessionBackup backups, Clock clock) {
    this.backups = backups;
    this.clock = clock;
  }

  /** Queues the restore; empty when {@link #MAX_WAITING} are already waiting or running. */
  synchronized Optional<Job> start(SessionBackup.Parsed backup, String owner) {
    forgetOld();
    if (jobs.values().stream().filter(j -> !j.finished()).count() >= MAX_WAITING) {
      return Optional.empty();
    }
    Job job = new Job(UUID.randomUUID().toString(), owner, backup, clock.instant());
    jobs.put(job.id, job);
    worker.submit(() -> run(job));
    return Optional.of(job);
  }

  /** The job, if it exists and was started by this person. */
  Optional<Job> find(String id, String owner) {
    Job job = jobs.get(id);
    return job != null && job.owner.equals(owner) ? Optional.of(job) : Optional.empty();
  }

  private void run(Job job) {
    Outcome<SessionBackup.Restored> outcome;
    try {
      outcome = backups.restore(job.backup, (step, done, total) -> {
        job.step = step;
        job.total = total;
        job.done = done;
      });
    } catch (SessionBackup.BackupRejectedException e) {
      outcome = Outcome.conflict("backup.clash");
    } catch (RuntimeException e) {
      log.error("restore of session {} failed", job.sessionId, e);
      outcome = Outcome.invalid(Refusal.of("backup.failed"));
    }
    job.backup = null; // the parsed file can be large: let it go now
    job.took = Duration.between(job.started, clock.instant());
    job.step = SessionBackup.Step.DONE;
    job.outcome = outcome; // last: the page reads a finished job's other fields
    log.info("restore of session {}: {} in {} ms", job.sessionId,
        outcome.isDone() ? "done" : "refused", job.took.toMillis());
  }

  private void forgetOld() {
    Instant cutoff = clock.instant().minus(KEEP);
    jobs.values().removeIf(j -> j.finished() && j.started.isBefore(cutoff));
  }

  @Override
  public void destroy() {
    worker.shutdownNow();
  }
}
