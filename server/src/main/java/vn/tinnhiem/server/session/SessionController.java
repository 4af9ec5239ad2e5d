package vn.tinnhiem.server.session;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tinnhiem.server.account.AccountService;
import vn.tinnhiem.server.account.AccountUser;
import vn.tinnhiem.server.account.Role;
import vn.tinnhiem.server.account.StaffAccount;
import vn.tinnhiem.server.session.RosterForms.CorrectionForm;
import vn.tinnhiem.server.system.Access;
import vn.tinnhiem.server.system.Forms;
import vn.tinnhiem.server.system.Outcome;

/** Sessions: list, create, edit, overview, opening the conference, corrections. */
@Controller
@RequestMapping("/sessions")
class SessionController {

  private final SessionService sessions;
  private final SessionAccess access;
  private final AccountService accounts;

  SessionController(SessionService sessions, SessionAccess access, AccountService accounts) {
    this.sessions = sessions;
    this.access = access;
    this.accounts = accounts;
  }

  @GetMapping
  @PreAuthorize(Access.READ)
  String list(@AuthenticationPrincipal AccountUser user, Model model) {
    model.addAttribute("sessions", user.getRole() == Role.SITE_SECRETARY
        ? sessions.listForSiteSecretary(user.getUsername()) : sessions.list());
    return "session/list";
  }

  @GetMapping("/new")
  @PreAuthorize(Access.SECRETARY)
  String newForm(Model model) {
    model.addAttribute("form", new SessionForm());
    return "session/form";
  }

  @PostMapping
  @PreAuthorize(Access.SECRETARY)
  String create(@AuthenticationPrincipal AccountUser user,
      @Valid @ModelAttribute("form") SessionForm form, BindingResult result,
      HttpServletResponse response, RedirectAttributes redirect) {
    if (result.hasErrors()) {
      Forms.invalid(response);
      return "session/form";
    }
    VoteSession created = sessions.create(form.toDetails(), user.getUsername()).orElseThrow();
    redirect.addFlashAttribute("notice", "session.created");
    return "redirect:/sessions/" + created.id();
  }

  @GetMapping("/{id}")
  @PreAuthorize(Access.READ)
  String detail(@AuthenticationPrincipal AccountUser user, @PathVariable long id, Model model) {
    VoteSession session = access.readable(user, id);
    Optional<Long> ownSite = access.ownSite(user, id);
    List<Site> sites = sessions.sites(id);
    List<Member> members = sessions.members(id);
    Map<Long, Long> membersPerSite = members.stream()
        .collect(Collectors.groupingBy(Member::siteId, Collectors.counting()));
    Map<String, String> names = accounts.withRole(Role.SITE_SECRETARY).stream()
        .collect(Collectors.toMap(StaffAccount::username, StaffAccount::displayName));
    Map<Long, List<String>> secretaries = new LinkedHashMap<>();
    for (SiteSecretary s : sessions.siteSecretaries(id)) {
      secretaries.computeIfAbsent(s.siteId(), k -> new java.util.ArrayList<>())
          .add(names.getOrDefault(s.username(), s.username()) + " (" + s.username() + ")");
    }
    model.addAttribute("s", session);
    model.addAttribute("sites", sites);
    model.addAttribute("ownSite", ownSite.orElse(null));
    model.addAttribute("membersPerSite", membersPerSite);
    model.addAttribute("memberCount", members.size());
    model.addAttribute("secretaries", secretaries);
    model.addAttribute("subjects", sessions.subjects(id));
    model.addAttribute("exclusions", sessions.exclusions(id));
    model.addAttribute("corrections", sessions.corrections(id));
    model.addAttribute("siteNames", sites.stream()
        .collect(Collectors.toMap(Site::id, Site::name)));
    return "session/detail";
  }

  @GetMapping("/{id}/edit")
  @PreAuthorize(Access.SECRETARY)
  String editForm(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      Model model) {
    VoteSession session = access.readable(user, id);
    model.addAttribute("s", session);
    model.addAttribute("form", SessionForm.of(session.details()));
    return "session/form";
  }

  @PostMapping("/{id}/edit")
  @PreAuthorize(Access.SECRETARY)
  String update(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @Valid @ModelAttribute("form") SessionForm form, BindingResult result,
      HttpServletResponse response, Model model, RedirectAttributes redirect) {
    VoteSession session = access.readable(user, id);
    model.addAttribute("s", session);
    if (result.hasErrors()) {
      Forms.invalid(response);
      return "session/form";
    }
    Outcome<VoteSession> outcome = sessions.update(id, form.toDetails());
    if (outcome instanceof Outcome.Refused<VoteSession> refused) {
      Forms.reject(result, refused, response);
      return "session/form";
    }
    redirect.addFlashAttribute("notice", "session.saved");
    return "redirect:/sessions/" + id;
  }

  @PostMapping("/{id}/open")
  @PreAuthorize(Access.SECRETARY)
  String open(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      RedirectAttributes redirect) {
    access.readable(user, id);
    Outcome<VoteSession> outcome = sessions.open(id, user.getUsername());
    if (outcome instanceof Outcome.Refused<VoteSession> refused) {
      redirect.addFlashAttribute("refusals", refused.refusals());
      return "redirect:/sessions/" + id;
    }
    redirect.addFlashAttribute("notice", "session.opened");
    return "redirect:/sessions/" + id + "/roll";
  }

  @GetMapping("/{id}/corrections/new")
  @PreAuthorize(Access.SECRETARY)
  String correctionForm(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @RequestParam CorrectionField field, @RequestParam long target, Model model) {
    VoteSession session = access.readable(user, id);
    String current = sessions.currentValue(id, field, target)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    CorrectionForm form = new CorrectionForm();
    form.setField(field);
    form.setTargetId(target);
    form.setNewValue(current);
    model.addAttribute("s", session);
    model.addAttribute("form", form);
    model.addAttribute("current", current);
    return "session/correction";
  }

  @PostMapping("/{id}/corrections")
  @PreAuthorize(Access.SECRETARY)
  String correct(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @Valid @ModelAttribute("form") CorrectionForm form, BindingResult result,
      HttpServletResponse response, Model model, RedirectAttributes redirect) {
    VoteSession session = access.readable(user, id);
    model.addAttribute("s", session);
    model.addAttribute("current", form.getField() == null || form.getTargetId() == null ? ""
        : sessions.currentValue(id, form.getField(), form.getTargetId()).orElse(""));
    if (result.hasErrors()) {
      Forms.invalid(response);
      return "session/correction";
    }
    var outcome = sessions.correct(id, form.getField(), form.getTargetId(), form.getNewValue(),
        form.getReason(), user.getUsername());
    if (outcome instanceof Outcome.Refused<Correction> refused) {
      Forms.reject(result, refused, response);
      return "session/correction";
    }
    redirect.addFlashAttribute("notice", "correction.saved");
    return "redirect:/sessions/" + id;
  }
}
