package vn.tinnhiem.server.backup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import vn.tinnhiem.server.system.Outcome;
import vn.tinnhiem.server.system.PolledJobs;
import vn.tinnhiem.server.system.Refusal;

/**
 * Restores run in the background: checking the board of a large session takes minutes (92 s for
 * 505 ballots of 50 subjects on 2 cores), longer than a browser or a reverse proxy
 * waits for one answer. One restore at a time, in the order asked; the progress page reads
 * the job, kept in this node's memory for {@link #KEEP}.
 */
@Component
class RestoreJobs implements DisposableBean {

  static final Duration KEEP = Duration.ofHours(1);
  /** Each waiting job holds its parsed backup in memory: a few at most. */
  static final int MAX_WAITING = 2;

  private static final Logger log = LoggerFactory.getLogger(RestoreJobs.class);

  /** Where a restore is: what it does now, how far, and at the end its outcome. */
  static final class Job extends PolledJobs.Job {
    final long sessionId;
    volatile SessionBackup.Step step = SessionBackup.Step.WAITING;
    volatile long done;
    volatile long total;
    volatile Outcome<SessionBackup.Restored> outcome;
    private volatile SessionBackup.Parsed backup;

    Job(String id, String owner, SessionBackup.Parsed backup, Instant started) {
      super(id, owner, started);
      this.sessionId = backup.sessionId();
      this.backup = backup;
    }

    @Override
    public boolean finished() {
      return outcome != null;
    }

    /** Percent of the current step done, 0 to 100. */
    int percent() {
      return percent(done, total);
    }
  }

  private final SessionBackup backups;
  private final PolledJobs<Job> jobs;

  RestoreJobs(SessionBackup backups, Clock clock) {
    this.backups = backups;
    this.jobs = new PolledJobs<>("restore", clock, KEEP);
  }

  /** Queues the restore; empty when {@link #MAX_WAITING} are already waiting or running. */
  Optional<Job> start(SessionBackup.Parsed backup, String owner) {
    return jobs.start((id, now) -> new Job(id, owner, backup, now), this::run, MAX_WAITING,
        true);
  }

  /** The job, if it exists and was started by this person. */
  Optional<Job> find(String id, String owner) {
    return jobs.find(id).filter(job -> job.owner.equals(owner));
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
    } catch (OutOfMemoryError e) {
      // the transaction is rolled back and the parsed file let go below: the server goes on
      log.error("restore of session {}: out of memory", job.sessionId, e);
      outcome = Outcome.busy("backup.outOfMemory");
    } catch (RuntimeException | Error e) {
      // any failure ends the job, or its page would reload for ever
      log.error("restore of session {} failed", job.sessionId, e);
      outcome = Outcome.invalid(Refusal.of("backup.failed"));
    }
    job.backup = null; // the parsed file can be large: let it go now
    job.took = jobs.since(job);
    job.step = SessionBackup.Step.DONE;
    job.outcome = outcome; // last: the page reads a finished job's other fields
    log.info("restore of session {}: {} in {} ms", job.sessionId,
        outcome.isDone() ? "done" : "refused", job.took.toMillis());
  }

  @Override
  public void destroy() {
    jobs.close();
  }
}
