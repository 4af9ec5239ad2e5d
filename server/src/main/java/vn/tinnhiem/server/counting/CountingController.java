package vn.tinnhiem.server.counting;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
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
import vn.tinnhiem.server.counting.CountingForms.BallotsForm;
import vn.tinnhiem.server.counting.CountingForms.CountsForm;
import vn.tinnhiem.server.session.SessionAccess;
import vn.tinnhiem.server.session.VoteSession;
import vn.tinnhiem.server.system.Access;
import vn.tinnhiem.server.system.Forms;
import vn.tinnhiem.server.system.Outcome;

/**
 * Counting pages: the sheet with its checks, one form per site (ballots
 * issued and collected) and per subject (counts), and closing the count.
 */
@Controller
@RequestMapping("/sessions/{id}/counting")
class CountingController {

  private final CountingService counting;
  private final SessionAccess access;

  CountingController(CountingService counting, SessionAccess access) {
    this.counting = counting;
    this.access = access;
  }

  @GetMapping
  @PreAuthorize(Access.READ)
  String overview(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      Model model) {
    return overviewPage(access.readable(user, id), model);
  }

  private String overviewPage(VoteSession session, Model model) {
    CountSheet sheet = counting.sheet(session.id()).orElseThrow();
    model.addAttribute("s", session);
    model.addAttribute("sheet", sheet);
    model.addAttribute("problems", counting.problems(session.id()));
    model.addAttribute("entries", counting.entries(session.id()));
    model.addAttribute("subjectNames", sheet.subjects().stream().collect(
        java.util.stream.Collectors.toMap(SubjectCount::subjectId, SubjectCount::fullName)));
    model.addAttribute("privacy", counting.privacy(session.id()));
    model.addAttribute("closedAt", counting.closedAt(session.id()).orElse(null));
    return "counting/overview";
  }

  @PostMapping("/start")
  @PreAuthorize(Access.END_VOTING)
  String start(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      HttpServletResponse response, Model model, RedirectAttributes redirect) {
    VoteSession session = access.readable(user, id);
    var outcome = counting.startCounting(id, user.getUsername());
    if (outcome instanceof Outcome.Refused<VoteSession> refused) {
      response.setStatus(refused.kind().httpStatus());
      model.addAttribute("refusals", refused.refusals());
      return overviewPage(session, model);
    }
    redirect.addFlashAttribute("notice", "counting.started");
    return "redirect:/sessions/" + id + "/counting";
  }

  @PostMapping("/close")
  @PreAuthorize(Access.COUNTING)
  String close(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      HttpServletResponse response, Model model, RedirectAttributes redirect) {
    VoteSession session = access.readable(user, id);
    var outcome = counting.close(id, user.getUsername());
    if (outcome instanceof Outcome.Refused<CountSheet> refused) {
      response.setStatus(refused.kind().httpStatus());
      model.addAttribute("refusals", refused.refusals());
      return overviewPage(session, model);
    }
    redirect.addFlashAttribute("notice", "counting.closed");
    return "redirect:/sessions/" + id + "/counting";
  }

  // ------------------------------------------------------------------ sites

  @GetMapping("/sites/{siteId}")
  @PreAuthorize(Access.COUNTING)
  String siteForm(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @PathVariable long siteId, Model model) {
    VoteSession session = access.readable(user, id);
    SiteBallots site = site(id, siteId);
    model.addAttribute("form", BallotsForm.of(site));
    return sitePage(session, site, model);
  }

  private String sitePage(VoteSession session, SiteBallots site, Model model) {
    model.addAttribute("s", session);
    model.addAttribute("site", site);
    return "counting/site";
  }

  private SiteBallots site(long id, long siteId) {
    return counting.sheet(id).orElseThrow().sites().stream()
        .filter(s -> s.siteId() == siteId).findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  @PostMapping("/sites/{siteId}")
  @PreAuthorize(Access.COUNTING)
  String recordBallots(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @PathVariable long siteId, @Valid @ModelAttribute("form") BallotsForm form,
      BindingResult result, HttpServletResponse response, Model model,
      RedirectAttributes redirect) {
    VoteSession session = access.readable(user, id);
    SiteBallots site = site(id, siteId);
    if (result.hasErrors()) {
      Forms.invalid(response);
      return sitePage(session, site, model);
    }
    var outcome = counting.recordBallots(id, siteId, form.getIssued(), form.getCollected(),
        user.getUsername());
    if (outcome instanceof Outcome.Refused<SiteBallots> refused) {
      Forms.reject(result, refused, response);
      return sitePage(session, site, model);
    }
    redirect.addFlashAttribute("notice", "counting.ballotsSaved");
    return "redirect:/sessions/" + id + "/counting";
  }

  // --------------------------------------------------------------- subjects

  @GetMapping("/subjects/{subjectId}")
  @PreAuthorize(Access.COUNTING)
  String countsForm(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @PathVariable long subjectId, Model model) {
    VoteSession session = access.readable(user, id);
    SubjectCount subject = subject(id, subjectId);
    // Independent entry: the form shows this person's own figures again, never another's.
    model.addAttribute("form", CountsForm.of(counting.ownEntry(id, subjectId,
        user.getUsername())));
    return subjectPage(session, subject, model);
  }

  private String subjectPage(VoteSession session, SubjectCount subject, Model model) {
    CountSheet sheet = counting.sheet(session.id()).orElseThrow();
    model.addAttribute("s", session);
    model.addAttribute("subject", subject);
    model.addAttribute("sheet", sheet);
    model.addAttribute("entry", counting.entries(session.id()).get(subject.subjectId()));
    model.addAttribute("log", counting.entryLog(session.id()).stream()
        .filter(e -> e.subjectId() == subject.subjectId()).toList());
    return "counting/subject";
  }

  private SubjectCount subject(long id, long subjectId) {
    return counting.sheet(id).orElseThrow().subjects().stream()
        .filter(s -> s.subjectId() == subjectId).findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  @PostMapping("/subjects/{subjectId}")
  @PreAuthorize(Access.COUNTING)
  String enterCounts(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @PathVariable long subjectId, @Valid @ModelAttribute("form") CountsForm form,
      BindingResult result, HttpServletResponse response, Model model,
      RedirectAttributes redirect) {
    VoteSession session = access.readable(user, id);
    SubjectCount subject = subject(id, subjectId);
    if (result.hasErrors()) {
      Forms.invalid(response);
      return subjectPage(session, subject, model);
    }
    var outcome = counting.enterCounts(id, subjectId, form.toCounts(), user.getUsername());
    if (outcome instanceof Outcome.Refused<DoubleEntry> refused) {
      Forms.reject(result, refused, response);
      return subjectPage(session, subject, model);
    }
    redirect.addFlashAttribute("notice", switch (outcome.orElseThrow().state()) {
      case AGREED -> "counting.entry.agreed";
      case MISMATCH -> "counting.entry.mismatch";
      default -> "counting.entry.awaiting";
    });
    return "redirect:/sessions/" + id + "/counting";
  }
}
