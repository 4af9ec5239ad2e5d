package vn.tinnhiem.server.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Long jobs that run one at a time on a background thread while a page polls them by id
 * (the documents ZIP, a restore). Finished jobs are forgotten {@code keep} after they started.
 * Jobs live in this node's memory: on several nodes the progress page must reach the same
 * node (sticky sessions).
 *
 * @param <J> the job, with whatever its page shows
 */
public final class PolledJobs<J extends PolledJobs.Job> implements AutoCloseable {

  /** A job: who started it and when, how long it took once finished. */
  public abstract static class Job {
    public final String id;
    public final String owner;
    public final Instant started;
    public volatile Duration took;

    protected Job(String id, String owner, Instant started) {
      this.id = id;
      this.owner = owner;
      this.started = started;
    }

    public abstract boolean finished();

    /** {@code done} of {@code total} in percent, 0 to 100 (0 while the total is unknown). */
    protected static int percent(long done, long total) {
      return total == 0 ? 0 : (int) Math.min(100, done * 100 / total);
    }
  }

  private final Clock clock;
  private final Duration keep;
  private final Map<String, J> jobs = new ConcurrentHashMap<>();
  private final ExecutorService worker;

  public PolledJobs(String threadName, Clock clock, Duration keep) {
    this.clock = clock;
    this.keep = keep;
    // a daemon: a job cut off by shutdown leaves nothing half-written (one transaction, or
    // memory only)
    this.worker = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, threadName);
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Makes a job with a fresh id and the time now, and queues {@code run} for it; empty, and
   * nothing queued, when {@code limit} jobs are already held ({@code unfinishedOnly}: counting
   * only those not finished yet).
   */
  public synchronized Optional<J> start(BiFunction<String, Instant, J> make, Consumer<J> run,
      int limit, boolean unfinishedOnly) {
    Instant cutoff = clock.instant().minus(keep);
    jobs.values().removeIf(j -> j.finished() && j.started.isBefore(cutoff));
    long held = jobs.values().stream().filter(j -> !unfinishedOnly || !j.finished()).count();
    if (held >= limit) {
      return Optional.empty();
    }
    String id = UUID.randomUUID().toString();
    J job = make.apply(id, clock.instant());
    jobs.put(id, job);
    worker.submit(() -> run.accept(job));
    return Optional.of(job);
  }

  public Optional<J> find(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  /** How long since the job started, by this registry's clock. */
  public Duration since(J job) {
    return Duration.between(job.started, clock.instant());
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
