package vn.tinnhiem.server.documents;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tinnhiem.server.account.AccountUser;
import vn.tinnhiem.server.counting.CountingService;
import vn.tinnhiem.server.session.SessionAccess;
import vn.tinnhiem.server.session.VoteSession;
import vn.tinnhiem.server.system.Access;
import vn.tinnhiem.server.system.Forms;
import vn.tinnhiem.server.system.Outcome;
import vn.tinnhiem.server.system.Refusal;

/**
 * A session's documents page: every paper to download as PDF and DOCX, the spreadsheets, the
 * secretary's settings, and "all documents" as one ZIP with its progress.
 */
@Controller
@RequestMapping("/sessions/{id}/documents")
class DocumentsController {

  private final DocumentService documents;
  private final ConferenceRecords records;
  private final DocumentJobs jobs;
  private final CountingService counting;
  private final SessionAccess access;

  DocumentsController(DocumentService documents, ConferenceRecords records, DocumentJobs jobs,
      CountingService counting, SessionAccess access) {
    this.documents = documents;
    this.records = records;
    this.jobs = jobs;
    this.counting = counting;
    this.access = access;
  }

  /** A paper's line on the page: available, or why not. */
  record PaperRow(Paper paper, String unavailable) {}

  @GetMapping
  @PreAuthorize(Access.READ)
  String page(@AuthenticationPrincipal AccountUser user, @PathVariable long id, Model model) {
    VoteSession session = access.readable(user, id);
    model.addAttribute("form", DocumentsForm.of(records.settings(id), counting.threshold(id)));
    return page(user, session, model);
  }

  private String page(AccountUser user, VoteSession session, Model model) {
    ConferenceRecord r = records.read(session.id()).orElseThrow();
    List<PaperRow> papers = new ArrayList<>();
    for (Paper p : Paper.values()) {
      if (p == Paper.BINDING_BALLOT
          && DocumentService.unavailable(r, p).filter("documents.bindingOnlyNq96"::equals)
              .isPresent()) {
        continue;
      }
      papers.add(new PaperRow(p, DocumentService.unavailable(r, p).orElse(null)));
    }
    var own = access.ownSite(user, session.id());
    model.addAttribute("s", session);
    model.addAttribute("papers", papers);
    model.addAttribute("sites", r.rollCall().sites().stream()
        .filter(site -> own.isEmpty() || own.get() == site.site().id()).toList());
    model.addAttribute("subjects", r.subjects());
    model.addAttribute("closed", r.sheet().closed());
    model.addAttribute("privacy", r.privacy());
    return "documents/page";
  }

  private static ResponseEntity<byte[]> file(Rendered file) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.format().mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
        .body(file.bytes());
  }

  /** The file, or the refusal as an error status with its reason. */
  private static ResponseEntity<byte[]> answer(Outcome<Rendered> outcome) {
    if (outcome instanceof Outcome.Refused<Rendered> refused) {
      Refusal first = refused.refusals().get(0);
      throw new ResponseStatusException(HttpStatus.valueOf(refused.kind().httpStatus()),
          first.code());
    }
    return file(outcome.orElseThrow());
  }

  private static Format format(String extension) {
    return Format.of(extension)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  @GetMapping("/{name}.{ext}")
  @PreAuthorize(Access.READ)
  ResponseEntity<byte[]> download(@AuthenticationPrincipal AccountUser user,
      @PathVariable long id, @PathVariable String name, @PathVariable String ext) {
    access.readable(user, id);
    Format format = format(ext);
    if (format == Format.XLSX) {
      if (name.equals(DocumentService.ROLL_CALL_XLSX) && access.ownSite(user, id).isPresent()) {
        throw new org.springframework.security.access.AccessDeniedException("all sites");
      }
      return answer(documents.spreadsheet(id, name));
    }
    Paper paper = Paper.bySlug(name)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    return answer(documents.paper(id, paper, format));
  }

  @GetMapping("/roll-call/{siteId}.{ext}")
  @PreAuthorize(Access.READ)
  ResponseEntity<byte[]> rollCall(@AuthenticationPrincipal AccountUser user,
      @PathVariable long id, @PathVariable long siteId, @PathVariable String ext) {
    access.readable(user, id);
    access.requireSite(user, id, siteId);
    return answer(documents.rollCall(id, siteId, format(ext)));
  }

  @GetMapping("/notices/{subjectId}.{ext}")
  @PreAuthorize(Access.SECRETARY)
  ResponseEntity<byte[]> notice(@AuthenticationPrincipal AccountUser user,
      @PathVariable long id, @PathVariable long subjectId, @PathVariable String ext) {
    access.readable(user, id);
    return answer(documents.notice(id, subjectId, format(ext)));
  }

  @PostMapping("/settings")
  @PreAuthorize(Access.SECRETARY)
  @Transactional
  String settings(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @Valid @ModelAttribute("form") DocumentsForm form, BindingResult result,
      HttpServletResponse response, Model model, RedirectAttributes redirect) {
    VoteSession session = access.readable(user, id);
    if (result.hasErrors()) {
      Forms.invalid(response);
      return page(user, session, model);
    }
    var saved = records.saveSettings(id, form.settings(), user.getUsername());
    if (saved instanceof Outcome.Refused<DocumentSettings> refused) {
      Forms.reject(result, refused, response);
      return page(user, session, model);
    }
    counting.setThreshold(id, form.getThreshold(), user.getUsername()).orElseThrow();
    redirect.addFlashAttribute("notice", "documents.settings.saved");
    return "redirect:/sessions/" + id + "/documents";
  }

  @PostMapping("/all")
  @PreAuthorize(Access.SECRETARY)
  String all(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      RedirectAttributes redirect) {
    access.readable(user, id);
    var job = jobs.start(id, user.getUsername());
    if (job.isEmpty()) {
      redirect.addFlashAttribute("notice", "documents.all.busy");
      return "redirect:/sessions/" + id + "/documents";
    }
    return "redirect:/sessions/" + id + "/documents/all/" + job.get().id;
  }

  @GetMapping("/all/{job}")
  @PreAuthorize(Access.SECRETARY)
  String progress(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @PathVariable String job, Model model) {
    VoteSession session = access.readable(user, id);
    DocumentJobs.Job found = jobs.find(job, id, user.getUsername())
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute("s", session);
    model.addAttribute("job", Map.of("id", found.id, "done", found.done.get(),
        "total", found.total, "percent", found.percent(), "finished", found.finished(),
        "failed", found.error != null,
        "seconds", found.took == null ? 0.0 : found.took.toMillis() / 1000.0));
    return "documents/progress";
  }

  @GetMapping("/all/{job}/zip")
  @PreAuthorize(Access.SECRETARY)
  ResponseEntity<byte[]> zip(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @PathVariable String job) {
    access.readable(user, id);
    DocumentJobs.Job found = jobs.find(job, id, user.getUsername())
        .filter(j -> j.zip != null)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/zip"))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("tai-lieu-hoi-nghi-" + id + ".zip").build().toString())
        .body(found.zip);
  }
}
