package vn.tinnhiem.server.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import vn.tinnhiem.server.system.Outcome;

/**
 * "All documents" of a session as one ZIP, made in the background so the page can show how
 * far it is: one job per request, one file per step. Jobs live in this node's memory for
 * {@link #KEEP}; on several nodes the progress page must reach the same node (sticky
 * sessions), or the secretary starts again.
 */
@Component
class DocumentJobs implements DisposableBean {

  static final Duration KEEP = Duration.ofMinutes(30);
  /** Enough for every secretary of a conference at once; more wait for a free slot. */
  private static final int MAX_JOBS = 20;

  private static final Logger log = LoggerFactory.getLogger(DocumentJobs.class);

  /** One job's state, read by the progress page. */
  static final class Job {
    final String id;
    final long sessionId;
    final String owner;
    final Instant started;
    final AtomicInteger done = new AtomicInteger();
    volatile int total;
    volatile byte[] zip;
    volatile String error;
    volatile Duration took;

    Job(String id, long sessionId, String owner, Instant started) {
      this.id = id;
      this.sessionId = sessionId;
      this.owner = owner;
      this.started = started;
    }

    boolean finished() {
      return zip != null || error != null;
    }

    /** Percent done, 0 to 100. */
    int percent() {
      return total == 0 ? 0 : Math.min(100, done.get() * 100 / total);
    }
  }

  private final DocumentService documents;
  private final Clock clock;
  private final Map<String, Job> jobs = new ConcurrentHashMap<>();
  // one worker: documents are CPU work, and the machine also serves the conference
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "documents-zip");
    t.setDaemon(true);
    return t;
  });

  DocumentJobs(DocumentService documents, Clock clock) {
    this.documents = documents;
    this.clock = clock;
  }

  /** Starts making the ZIP; empty when too many jobs are waiting. */
  Optional<Job> start(long sessionId, String owner) {
    forgetOld();
    if (jobs.size() >= MAX_JOBS) {
      return Optional.empty();
    }
    Job job = new Job(UUID.randomUUID().toString(), sessionId, owner, clock.instant());
    jobs.put(job.id, job);
    worker.submit(() -> run(job));
    return Optional.of(job);
  }

  /** The job, if it exists and belongs to this session and person. */
  Optional<Job> find(String id, long sessionId, String owner) {
    Job job = jobs.get(id);
    return job != null && job.sessionId == sessionId && job.owner.equals(owner)
        ? Optional.of(job) : Optional.empty();
  }

  private void run(Job job) {
    try {
      var record = documents.read(job.sessionId).orElseThrow();
      List<Function<ConferenceRecord, Outcome<Rendered>>> steps = documents.allSteps(record);
      job.total = steps.size();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(out)) {
        for (var step : steps) {
          Outcome<Rendered> made = step.apply(record);
          if (made instanceof Outcome.Done<Rendered> file) {
            zip.putNextEntry(new ZipEntry(file.value().fileName()));
            zip.write(file.value().bytes());
            zip.closeEntry();
          }
          job.done.incrementAndGet();
        }
      }
      job.took = Duration.between(job.started, clock.instant());
      job.zip = out.toByteArray();
      log.info("documents of session {}: {} files, {} bytes in {} ms", job.sessionId,
          job.total, job.zip.length, job.took.toMillis());
    } catch (IOException e) {
      job.error = e.getMessage();
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      job.error = e.getClass().getSimpleName();
      log.error("documents of session {} failed", job.sessionId, e);
    }
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
