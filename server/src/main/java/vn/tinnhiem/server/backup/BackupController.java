package vn.tinnhiem.server.backup;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;
import vn.tinnhiem.server.system.Outcome;
import vn.tinnhiem.server.system.Refusal;

/** The administrator's backup of one session, and its restore on a fresh instance. */
@Controller
class BackupController {

  /** A backup of a very large board is far below this; anything above is not ours. */
  static final long MAX_BACKUP_BYTES = 512L * 1024 * 1024;

  private final SessionBackup backup;

  BackupController(SessionBackup backup) {
    this.backup = backup;
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

  @PostMapping("/admin/restore")
  @PreAuthorize("hasRole('ADMIN')")
  String restore(HttpServletRequest request, HttpServletResponse response, Model model)
      throws IOException {
    // Read by hand: a request that is not multipart gets the form's message, not a 500.
    MultipartFile file = request instanceof MultipartHttpServletRequest multipart
        ? multipart.getFile("file") : null;
    Outcome<SessionBackup.Restored> outcome;
    if (file == null || file.isEmpty() || file.getSize() > MAX_BACKUP_BYTES) {
      outcome = Outcome.invalid(Refusal.of("backup.notBackup"));
    } else {
      try {
        outcome = backup.restore(file.getBytes());
      } catch (SessionBackup.BackupRejectedException e) {
        outcome = Outcome.conflict("backup.clash");
      }
    }
    if (outcome instanceof Outcome.Refused<SessionBackup.Restored> refused) {
      response.setStatus(refused.kind().httpStatus());
      model.addAttribute("refusals", refused.refusals());
      return "backup/restore";
    }
    model.addAttribute("restored", outcome.orElseThrow());
    model.addAttribute("refusals", List.of());
    return "backup/restore";
  }
}
