package vn.tinnhiem.server.session;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tinnhiem.server.account.AccountUser;
import vn.tinnhiem.server.system.Access;
import vn.tinnhiem.server.system.Outcome;

/** Importing members and subjects from an XLSX file, and the empty file to fill in. */
@Controller
@RequestMapping("/sessions/{id}/import")
class SetupImportController {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final SetupImport imports;
  private final SessionAccess access;

  SetupImportController(SetupImport imports, SessionAccess access) {
    this.imports = imports;
    this.access = access;
  }

  @GetMapping
  @PreAuthorize(Access.SECRETARY)
  String page(@AuthenticationPrincipal AccountUser user, @PathVariable long id, Model model) {
    model.addAttribute("s", access.readable(user, id));
    model.addAttribute("maxMb", SetupImport.MAX_BYTES / 1048576);
    return "session/import";
  }

  /** The file part is optional so that a role without access gets 403, not 400. */
  @PostMapping
  @PreAuthorize(Access.SECRETARY)
  String upload(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @RequestParam(name = "file", required = false) MultipartFile file,
      HttpServletResponse response, Model model, RedirectAttributes redirect)
      throws IOException {
    VoteSession session = access.readable(user, id);
    byte[] content = file == null ? new byte[0]
        : file.getSize() > SetupImport.MAX_BYTES ? oversized(file) : file.getBytes();
    Outcome<SetupImport.Report> outcome = imports.importXlsx(id, content, user.getUsername());
    if (outcome instanceof Outcome.Refused<SetupImport.Report> refused) {
      response.setStatus(refused.kind().httpStatus());
      model.addAttribute("s", session);
      model.addAttribute("maxMb", SetupImport.MAX_BYTES / 1048576);
      model.addAttribute("refusals", refused.refusals());
      return "session/import";
    }
    SetupImport.Report report = outcome.orElseThrow();
    redirect.addFlashAttribute("imported", report);
    redirect.addFlashAttribute("notice", "import.done");
    return "redirect:/sessions/" + id + "/members";
  }

  /** Reads no more than needed to say the file is too large, keeping its real size. */
  private static byte[] oversized(MultipartFile file) {
    return new byte[(int) Math.min(file.getSize(), SetupImport.MAX_BYTES + 1L)];
  }

  @GetMapping("/mau.xlsx")
  @PreAuthorize(Access.SECRETARY)
  ResponseEntity<byte[]> template(@AuthenticationPrincipal AccountUser user,
      @PathVariable long id) {
    access.readable(user, id);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("mau-nhap-danh-sach.xlsx").build()
                .toString())
        .body(SetupImport.template());
  }
}
