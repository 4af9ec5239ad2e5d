package vn.tinnhiem.server.backup;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.WebUtils;
import vn.tinnhiem.server.account.AccountUser;
import vn.tinnhiem.server.system.Outcome;
import vn.tinnhiem.server.system.Refusal;
import vn.tinnhiem.server.system.UploadLimitFilter;

/** The administrator's backup of one session, and its restore on a fresh instance. */
@Controller
class BackupController {

  /** A backup of a very large board is far below this; anything above is not ours. */
  static final long MAX_BACKUP_BYTES = 512L * 1024 * 1024;
  /** Heap taken while a backup is read, per byte of the file (see {@link #memoryRefusal}). */
  static final int HEAP_PER_BACKUP_BYTE = 8;

  private final SessionBackup backup;
  private final RestoreJobs jobs;

  private final long maxUploadBytes;

  BackupController(SessionBackup backup, RestoreJobs jobs,
      @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxUpload) {
    this.backup = backup;
    this.jobs = jobs;
    this.maxUploadBytes = maxUpload.toBytes();
  }

  /** The form's own check of the file's size, before it is sent. */
  @ModelAttribute("maxUploadBytes")
  long maxUploadBytes() {
    return maxUploadBytes;
  }

  @GetMapping("/sessions/{id}/backup")
  @PreAuthorize("hasRole('ADMIN')")
  ResponseEntity<byte[]> download(@PathVariable long id) {
    byte[] json = backup.export(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("tinnhiem-session-" + id + ".json").build().toString())
        .body(json);
  }

  @GetMapping("/admin/restore")
  @PreAuthorize("hasRole('ADMIN')")
  String form() {
    return "backup/restore";
  }

  /**
   * Reads the file here, so a file that is not a backup, or a session already here, is refused
   * at once; the restore itself (minutes for a large board) goes on in the background and
   * the browser is sent to its progress page.
   */
  @PostMapping("/admin/restore")
  @PreAuthorize("hasRole('ADMIN')")
  String restore(@AuthenticationPrincipal AccountUser user, HttpServletRequest request,
      HttpServletResponse response, Model model) throws IOException {
    // Read by hand: a request that is not multipart gets the form's message, not a 500.
    // Filters may wrap the multipart request, so it is looked for beneath them.
    MultipartHttpServletRequest multipart =
        WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
    MultipartFile file = multipart == null ? null : multipart.getFile("file");
    Outcome<SessionBackup.Parsed> read;
    if (file == null || file.isEmpty() || file.getSize() > MAX_BACKUP_BYTES) {
      read = Outcome.invalid(Refusal.of("backup.notBackup"));
    } else {
      read = memoryRefusal(file.getSize(), Runtime.getRuntime().maxMemory())
          .<Outcome<SessionBackup.Parsed>>map(r -> new Outcome.Refused<>(Outcome.Kind.BUSY,
              List.of(r)))
          .orElseGet(() -> readWithin(file));
    }
    if (read instanceof Outcome.Refused<SessionBackup.Parsed> refused) {
      return refusedForm(refused, response, model);
    }
    Optional<RestoreJobs.Job> job = jobs.start(read.orElseThrow(), user.getUsername());
    if (job.isEmpty()) {
      response.setHeader(HttpHeaders.RETRY_AFTER, "60");
      return refusedForm(new Outcome.Refused<>(Outcome.Kind.BUSY,
          List.of(Refusal.of("backup.busy"))), response, model);
    }
    return "redirect:/admin/restore/" + job.get().id;
  }

  /** How far a restore is; once finished, what it restored or why it refused. */
  @GetMapping("/admin/restore/{job}")
  @PreAuthorize("hasRole('ADMIN')")
  String progress(@AuthenticationPrincipal AccountUser user, @PathVariable String job,
      HttpServletResponse response, Model model) {
    RestoreJobs.Job found = jobs.find(job, user.getUsername())
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    Outcome<SessionBackup.Restored> outcome = found.outcome;
    model.addAttribute("job", Map.of("step", found.step.name(), "done", found.done,
        "total", found.total, "percent", found.percent(), "finished", outcome != null,
        "seconds", found.took == null ? 0.0 : found.took.toMillis() / 1000.0));
    if (outcome instanceof Outcome.Refused<SessionBackup.Restored> refused) {
      response.setStatus(refused.kind().httpStatus());
      model.addAttribute("refusals", refused.refusals());
    } else if (outcome != null) {
      model.addAttribute("restored", outcome.orElseThrow());
    }
    return "backup/progress";
  }

  private Outcome<SessionBackup.Parsed> readWithin(MultipartFile file) {
    try {
      return backup.read(file.getBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (OutOfMemoryError e) {
      // the estimate was short: what was allocated for this file is garbage again
      return new Outcome.Refused<>(Outcome.Kind.BUSY, List.of(
          outOfMemory(file.getSize(), Runtime.getRuntime().maxMemory())));
    }
  }

  /**
   * Refused before reading when the heap cannot hold the file as it is read: its bytes, their
   * text and the parsed tree take about {@link #HEAP_PER_BACKUP_BYTE} times the file (a
   * 167 MB backup failed with 1 GB of heap and was restored with 1.5 GB).
   */
  static Optional<Refusal> memoryRefusal(long fileBytes, long maxHeapBytes) {
    return fileBytes * HEAP_PER_BACKUP_BYTE > maxHeapBytes
        ? Optional.of(outOfMemory(fileBytes, maxHeapBytes)) : Optional.empty();
  }

  private static Refusal outOfMemory(long fileBytes, long maxHeapBytes) {
    long needed = fileBytes * HEAP_PER_BACKUP_BYTE;
    // and room for the rest of the server: 1.5 GB, measured to work, for that 167 MB file
    long suggested =
        UploadLimitFilter.megabytes(needed + Math.max(maxHeapBytes / 2, 256L << 20));
    return Refusal.of("backup.memory", UploadLimitFilter.megabytes(fileBytes),
        UploadLimitFilter.megabytes(needed), maxHeapBytes >> 20, String.valueOf(suggested));
  }

  private static String refusedForm(Outcome.Refused<?> refused, HttpServletResponse response,
      Model model) {
    response.setStatus(refused.kind().httpStatus());
    model.addAttribute("refusals", refused.refusals());
    return "backup/restore";
  }
}
