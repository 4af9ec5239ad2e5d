package vn.tinnhiem.server.roll;

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
import vn.tinnhiem.server.roll.RollForms.CountForm;
import vn.tinnhiem.server.roll.RollForms.MarksForm;
import vn.tinnhiem.server.session.SessionAccess;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.Site;
import vn.tinnhiem.server.session.VoteSession;
import vn.tinnhiem.server.system.Access;
import vn.tinnhiem.server.system.Forms;
import vn.tinnhiem.server.system.Outcome;

/**
 * Roll-call pages: the totals over all sites with the quorum gate, and one
 * page per site where its secretary marks members or enters a count.
 */
@Controller
@RequestMapping("/sessions/{id}/roll")
class RollController {

  private final RollService roll;
  private final SessionService sessions;
  private final SessionAccess access;

  RollController(RollService roll, SessionService sessions, SessionAccess access) {
    this.roll = roll;
    this.sessions = sessions;
    this.access = access;
  }

  @GetMapping
  @PreAuthorize(Access.READ)
  String overview(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      Model model) {
    VoteSession session = access.readable(user, id);
    return overviewPage(user, session, model);
  }

  private String overviewPage(AccountUser user, VoteSession session, Model model) {
    RollCall call = roll.rollCall(session.id());
    model.addAttribute("s", session);
    model.addAttribute("roll", call);
    model.addAttribute("quorum", call.quorum());
    model.addAttribute("ownSite", access.ownSite(user, session.id()).orElse(null));
    model.addAttribute("opening", roll.opening(session.id()).orElse(null));
    return "roll/overview";
  }

  @PostMapping("/open-voting")
  @PreAuthorize(Access.SECRETARY)
  String openVoting(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      HttpServletResponse response, Model model, RedirectAttributes redirect) {
    VoteSession session = access.readable(user, id);
    Outcome<VotingOpening> outcome = roll.openVoting(id, user.getUsername());
    if (outcome instanceof Outcome.Refused<VotingOpening> refused) {
      response.setStatus(refused.kind().httpStatus());
      model.addAttribute("refusals", refused.refusals());
      return overviewPage(user, session, model);
    }
    redirect.addFlashAttribute("notice", "roll.votingOpened");
    return "redirect:/sessions/" + id + "/roll";
  }

  @GetMapping("/sites/{siteId}")
  @PreAuthorize(Access.READ)
  String site(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @PathVariable long siteId, Model model) {
    VoteSession session = access.readable(user, id);
    access.requireSite(user, id, siteId);
    CountForm countForm = new CountForm();
    model.addAttribute("countForm", countForm);
    String page = sitePage(session, siteId, model);
    if (model.getAttribute("siteRoll") instanceof SiteRoll here && here.counted()) {
      countForm.setPresent(here.present()); // the count saved, ready to correct
    }
    return page;
  }

  private String sitePage(VoteSession session, long siteId, Model model) {
    Site site = sessions.site(session.id(), siteId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    RollCall call = roll.rollCall(session.id());
    model.addAttribute("s", session);
    model.addAttribute("site", site);
    model.addAttribute("roll", call);
    model.addAttribute("quorum", call.quorum());
    model.addAttribute("siteRoll", call.sites().stream()
        .filter(r -> r.site().id() == siteId).findFirst().orElseThrow());
    model.addAttribute("marks", roll.marks(session.id(), siteId));
    model.addAttribute("choices", Mark.values());
    if (!model.containsAttribute("marksForm")) {
      model.addAttribute("marksForm", new MarksForm());
    }
    return "roll/site";
  }

  @PostMapping("/sites/{siteId}/marks")
  @PreAuthorize(Access.ROLL)
  String mark(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @PathVariable long siteId, @ModelAttribute("marksForm") MarksForm form,
      BindingResult result, HttpServletResponse response, Model model,
      RedirectAttributes redirect) {
    VoteSession session = access.readable(user, id);
    access.requireSite(user, id, siteId);
    model.addAttribute("countForm", new CountForm());
    if (result.hasErrors()) {
      Forms.invalid(response);
      return sitePage(session, siteId, model);
    }
    return after(roll.mark(id, siteId, form.getMark(), user.getUsername()), session, siteId,
        response, model, redirect);
  }

  @PostMapping("/sites/{siteId}/rest-present")
  @PreAuthorize(Access.ROLL)
  String restPresent(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @PathVariable long siteId, HttpServletResponse response, Model model,
      RedirectAttributes redirect) {
    VoteSession session = access.readable(user, id);
    access.requireSite(user, id, siteId);
    model.addAttribute("countForm", new CountForm());
    return after(roll.markRestPresent(id, siteId, user.getUsername()), session, siteId,
        response, model, redirect);
  }

  @PostMapping("/sites/{siteId}/count")
  @PreAuthorize(Access.ROLL)
  String count(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @PathVariable long siteId, @Valid @ModelAttribute("countForm") CountForm form,
      BindingResult result, HttpServletResponse response, Model model,
      RedirectAttributes redirect) {
    VoteSession session = access.readable(user, id);
    access.requireSite(user, id, siteId);
    if (result.hasErrors()) {
      Forms.invalid(response);
      return sitePage(session, siteId, model);
    }
    Outcome<SiteRoll> outcome = roll.count(id, siteId, form.getPresent(), user.getUsername());
    if (outcome instanceof Outcome.Refused<SiteRoll> refused) {
      Forms.reject(result, refused, response);
      return sitePage(session, siteId, model);
    }
    redirect.addFlashAttribute("notice", "roll.saved");
    return "redirect:/sessions/" + id + "/roll/sites/" + siteId;
  }

  private String after(Outcome<SiteRoll> outcome, VoteSession session, long siteId,
      HttpServletResponse response, Model model, RedirectAttributes redirect) {
    if (outcome instanceof Outcome.Refused<SiteRoll> refused) {
      response.setStatus(refused.kind().httpStatus());
      model.addAttribute("refusals", refused.refusals());
      return sitePage(session, siteId, model);
    }
    redirect.addFlashAttribute("notice", "roll.saved");
    return "redirect:/sessions/" + session.id() + "/roll/sites/" + siteId;
  }
}
