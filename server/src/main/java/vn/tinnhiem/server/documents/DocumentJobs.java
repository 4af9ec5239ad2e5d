package vn.tinnhiem.server.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import vn.tinnhiem.server.system.Outcome;
import vn.tinnhiem.server.system.PolledJobs;

/**
 * "All documents" of a session as one ZIP, made in the background so the page can show how
 * far it is: one job per request, one file per step, kept for {@link #KEEP} (see
 * {@link PolledJobs} for where jobs live).
 */
@Component
class DocumentJobs implements DisposableBean {

  static final Duration KEEP = Duration.ofMinutes(30);
  /** Enough for every secretary of a conference at once; more wait for a free slot. */
  private static final int MAX_JOBS = 20;

  private static final Logger log = LoggerFactory.getLogger(DocumentJobs.class);

  /** One job's state, read by the progress page. */
  static final class Job extends PolledJobs.Job {
    final long sessionId;
    final AtomicInteger done = new AtomicInteger();
    volatile int total;
    volatile byte[] zip;
    volatile String error;

    Job(String id, long sessionId, String owner, Instant started) {
      super(id, owner, started);
      this.sessionId = sessionId;
    }

    @Override
    public boolean finished() {
      return zip != null || error != null;
    }

    /** Percent done, 0 to 100. */
    int percent() {
      return percent(done.get(), total);
    }
  }

  private final DocumentService documents;
  // one worker: documents are CPU work, and the machine also serves the conference
  private final PolledJobs<Job> jobs;

  DocumentJobs(DocumentService documents, Clock clock) {
    this.documents = documents;
    this.jobs = new PolledJobs<>("documents-zip", clock, KEEP);
  }

  /** Starts making the ZIP; empty when too many jobs are held (finished ZIPs too). */
  Optional<Job> start(long sessionId, String owner) {
    return jobs.start((id, now) -> new Job(id, sessionId, owner, now), this::run, MAX_JOBS,
        false);
  }

  /** The job, if it exists and belongs to this session and person. */
  Optional<Job> find(String id, long sessionId, String owner) {
    return jobs.find(id).filter(job -> job.sessionId == sessionId && job.owner.equals(owner));
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
      job.took = jobs.since(job);
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

  @Override
  public void destroy() {
    jobs.close();
  }
}
