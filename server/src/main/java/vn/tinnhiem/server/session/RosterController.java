package vn.tinnhiem.server.session;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tinnhiem.server.account.AccountService;
import vn.tinnhiem.server.account.AccountUser;
import vn.tinnhiem.server.account.Role;
import vn.tinnhiem.server.account.StaffAccount;
import vn.tinnhiem.server.session.RosterForms.ExclusionForm;
import vn.tinnhiem.server.session.RosterForms.MemberForm;
import vn.tinnhiem.server.session.RosterForms.SiteForm;
import vn.tinnhiem.server.session.RosterForms.SiteSecretaryForm;
import vn.tinnhiem.server.session.RosterForms.SubjectForm;
import vn.tinnhiem.server.system.Access;
import vn.tinnhiem.server.system.Forms;
import vn.tinnhiem.server.system.Outcome;

/**
 * The set-up pages of a session: sites and their secretaries, summoned
 * members, subjects and exclusions. Each page lists and offers its add form;
 * a refused form comes back with the reasons next to the fields.
 */
@Controller
@RequestMapping("/sessions/{id}")
class RosterController {

  private final SessionService sessions;
  private final SessionAccess access;
  private final AccountService accounts;

  RosterController(SessionService sessions, SessionAccess access, AccountService accounts) {
    this.sessions = sessions;
    this.access = access;
    this.accounts = accounts;
  }

  // ------------------------------------------------------------------ sites

  @GetMapping("/sites")
  @PreAuthorize(Access.READ)
  String sites(@AuthenticationPrincipal AccountUser user, @PathVariable long id, Model model) {
    VoteSession session = access.readable(user, id);
    model.addAttribute("siteForm", new SiteForm());
    model.addAttribute("secretaryForm", new SiteSecretaryForm());
    return sitesPage(session, model);
  }

  private String sitesPage(VoteSession session, Model model) {
    long id = session.id();
    List<StaffAccount> siteAccounts = accounts.withRole(Role.SITE_SECRETARY);
    model.addAttribute("s", session);
    model.addAttribute("sites", sessions.sites(id));
    model.addAttribute("secretaries", sessions.siteSecretaries(id));
    model.addAttribute("siteAccounts", siteAccounts);
    model.addAttribute("accountNames", siteAccounts.stream()
        .collect(Collectors.toMap(StaffAccount::username, StaffAccount::displayName)));
    model.addAttribute("siteNames", sessions.sites(id).stream()
        .collect(Collectors.toMap(Site::id, Site::name)));
    model.addAttribute("membersPerSite", sessions.members(id).stream()
        .collect(Collectors.groupingBy(Member::siteId, Collectors.counting())));
    return "session/sites";
  }

  @PostMapping("/sites")
  @PreAuthorize(Access.SECRETARY)
  String addSite(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @Valid @ModelAttribute("siteForm") SiteForm form, BindingResult result,
      HttpServletResponse response, Model model, RedirectAttributes redirect) {
    VoteSession session = access.readable(user, id);
    model.addAttribute("secretaryForm", new SiteSecretaryForm());
    if (result.hasErrors()) {
      Forms.invalid(response);
      return sitesPage(session, model);
    }
    if (sessions.addSite(id, form.getName()) instanceof Outcome.Refused<Site> refused) {
      Forms.reject(result, refused, response);
      return sitesPage(session, model);
    }
    redirect.addFlashAttribute("notice", "site.added");
    return "redirect:/sessions/" + id + "/sites";
  }

  @PostMapping("/sites/{siteId}/delete")
  @PreAuthorize(Access.SECRETARY)
  String removeSite(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @PathVariable long siteId, RedirectAttributes redirect) {
    access.readable(user, id);
    return after(sessions.removeSite(id, siteId), "site.removed", redirect,
        "/sessions/" + id + "/sites");
  }

  @PostMapping("/site-secretaries")
  @PreAuthorize(Access.SECRETARY)
  String assignSecretary(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @Valid @ModelAttribute("secretaryForm") SiteSecretaryForm form, BindingResult result,
      HttpServletResponse response, Model model, RedirectAttributes redirect) {
    VoteSession session = access.readable(user, id);
    model.addAttribute("siteForm", new SiteForm());
    if (result.hasErrors()) {
      Forms.invalid(response);
      return sitesPage(session, model);
    }
    var outcome = sessions.assignSiteSecretary(id, form.getSiteId(), form.getUsername(),
        form.getReason(), user.getUsername());
    if (outcome instanceof Outcome.Refused<SiteSecretary> refused) {
      Forms.reject(result, refused, response);
      return sitesPage(session, model);
    }
    redirect.addFlashAttribute("notice", "siteSecretary.assigned");
    return "redirect:/sessions/" + id + "/sites";
  }

  @PostMapping("/site-secretaries/{username}/delete")
  @PreAuthorize(Access.SECRETARY)
  String unassignSecretary(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @PathVariable String username, @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    access.readable(user, id);
    return after(sessions.unassignSiteSecretary(id, username, reason, user.getUsername()),
        "siteSecretary.unassigned", redirect, "/sessions/" + id + "/sites");
  }

  // ---------------------------------------------------------------- members

  @GetMapping("/members")
  @PreAuthorize(Access.READ)
  String members(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      Model model) {
    VoteSession session = access.readable(user, id);
    MemberForm form = new MemberForm();
    // after adding a member, the next one is most likely at the same site
    if (model.getAttribute("lastSiteId") instanceof Long lastSiteId) {
      form.setSiteId(lastSiteId);
    }
    model.addAttribute("memberForm", form);
    return membersPage(user, session, model);
  }

  private String membersPage(AccountUser user, VoteSession session, Model model) {
    long id = session.id();
    Optional<Long> own = access.ownSite(user, id);
    List<Site> sites = sessions.sites(id).stream()
        .filter(site -> own.isEmpty() || own.get() == site.id()).toList();
    Map<Long, List<Member>> bySite = sessions.members(id).stream()
        .filter(m -> own.isEmpty() || own.get() == m.siteId())
        .collect(Collectors.groupingBy(Member::siteId));
    model.addAttribute("s", session);
    model.addAttribute("sites", sites);
    model.addAttribute("allSites", sessions.sites(id));
    model.addAttribute("membersBySite", bySite);
    model.addAttribute("memberCount", bySite.values().stream().mapToInt(List::size).sum());
    return "session/members";
  }

  @PostMapping("/members")
  @PreAuthorize(Access.SECRETARY)
  String addMember(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @Valid @ModelAttribute("memberForm") MemberForm form, BindingResult result,
      HttpServletResponse response, Model model, RedirectAttributes redirect) {
    VoteSession session = access.readable(user, id);
    if (result.hasErrors()) {
      Forms.invalid(response);
      return membersPage(user, session, model);
    }
    var outcome = sessions.addMember(id, form.getSiteId(), form.getFullName(), form.getUnit());
    if (outcome instanceof Outcome.Refused<Member> refused) {
      Forms.reject(result, refused, response);
      return membersPage(user, session, model);
    }
    redirect.addFlashAttribute("notice", "member.added");
    redirect.addFlashAttribute("lastSiteId", form.getSiteId());
    return "redirect:/sessions/" + id + "/members";
  }

  @PostMapping("/members/{memberId}/delete")
  @PreAuthorize(Access.SECRETARY)
  String removeMember(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @PathVariable long memberId, RedirectAttributes redirect) {
    access.readable(user, id);
    return after(sessions.removeMember(id, memberId), "member.removed", redirect,
        "/sessions/" + id + "/members");
  }

  // ----------------------------------------------------- subjects, exclusions

  @GetMapping("/subjects")
  @PreAuthorize(Access.READ)
  String subjects(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      Model model) {
    VoteSession session = access.readable(user, id);
    model.addAttribute("subjectForm", new SubjectForm());
    model.addAttribute("exclusionForm", new ExclusionForm());
    return subjectsPage(session, model);
  }

  private String subjectsPage(VoteSession session, Model model) {
    long id = session.id();
    model.addAttribute("s", session);
    model.addAttribute("subjects", sessions.subjects(id));
    model.addAttribute("exclusions", sessions.exclusions(id));
    model.addAttribute("members", sessions.members(id));
    model.addAttribute("reasons", ExclusionReason.values());
    return "session/subjects";
  }

  @PostMapping("/subjects")
  @PreAuthorize(Access.SECRETARY)
  String addSubject(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @Valid @ModelAttribute("subjectForm") SubjectForm form, BindingResult result,
      HttpServletResponse response, Model model, RedirectAttributes redirect) {
    VoteSession session = access.readable(user, id);
    model.addAttribute("exclusionForm", new ExclusionForm());
    if (result.hasErrors()) {
      Forms.invalid(response);
      return subjectsPage(session, model);
    }
    var outcome = sessions.addSubject(id, form.getOrdinal(), form.getFullName(),
        form.getPosition(), form.getMemberId());
    if (outcome instanceof Outcome.Refused<Subject> refused) {
      Forms.reject(result, refused, response);
      return subjectsPage(session, model);
    }
    redirect.addFlashAttribute("notice", "subject.added");
    return "redirect:/sessions/" + id + "/subjects";
  }

  @PostMapping("/subjects/{subjectId}/delete")
  @PreAuthorize(Access.SECRETARY)
  String removeSubject(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @PathVariable long subjectId, RedirectAttributes redirect) {
    access.readable(user, id);
    return after(sessions.removeSubject(id, subjectId), "subject.removed", redirect,
        "/sessions/" + id + "/subjects");
  }

  @PostMapping("/exclusions")
  @PreAuthorize(Access.SECRETARY)
  String addExclusion(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @Valid @ModelAttribute("exclusionForm") ExclusionForm form, BindingResult result,
      HttpServletResponse response, Model model, RedirectAttributes redirect) {
    VoteSession session = access.readable(user, id);
    model.addAttribute("subjectForm", new SubjectForm());
    if (result.hasErrors()) {
      Forms.invalid(response);
      return subjectsPage(session, model);
    }
    var outcome = sessions.addExclusion(id, form.getFullName(), form.getPosition(),
        form.getReason(), form.getNote());
    if (outcome instanceof Outcome.Refused<Exclusion> refused) {
      Forms.reject(result, refused, response);
      return subjectsPage(session, model);
    }
    redirect.addFlashAttribute("notice", "exclusion.added");
    return "redirect:/sessions/" + id + "/subjects";
  }

  @PostMapping("/exclusions/{exclusionId}/delete")
  @PreAuthorize(Access.SECRETARY)
  String removeExclusion(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @PathVariable long exclusionId, RedirectAttributes redirect) {
    access.readable(user, id);
    return after(sessions.removeExclusion(id, exclusionId), "exclusion.removed", redirect,
        "/sessions/" + id + "/subjects");
  }

  /** A button without a form of its own: the refusal shows on the page it returns to. */
  static String after(Outcome<?> outcome, String notice, RedirectAttributes redirect,
      String page) {
    if (outcome instanceof Outcome.Refused<?> refused) {
      redirect.addFlashAttribute("refusals", refused.refusals());
    } else {
      redirect.addFlashAttribute("notice", notice);
    }
    return "redirect:" + page;
  }
}
