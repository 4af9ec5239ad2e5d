package vn.tinnhiem.server.history;

import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tinnhiem.server.account.AccountUser;
import vn.tinnhiem.server.account.Role;
import vn.tinnhiem.server.session.SessionAccess;
import vn.tinnhiem.server.session.VoteSession;
import vn.tinnhiem.server.system.Access;
import vn.tinnhiem.server.system.Outcome;

/**
 * The secretary links a session's subjects to people; readers the secretary allows see the
 * list of people, each person's rounds and their chart.
 */
@Controller
class HistoryController {

  static final String READERS = "@historyReaders.allows(authentication)";

  private final HistoryService history;
  private final SessionAccess access;
  private final MessageSource messages;

  HistoryController(HistoryService history, SessionAccess access, MessageSource messages) {
    this.history = history;
    this.access = access;
    this.messages = messages;
  }

  @GetMapping("/sessions/{id}/people")
  @PreAuthorize(Access.SECRETARY)
  String links(@AuthenticationPrincipal AccountUser user, @PathVariable long id, Model model) {
    VoteSession session = access.readable(user, id);
    model.addAttribute("s", session);
    model.addAttribute("links", history.links(id));
    return "history/links";
  }

  @PostMapping("/sessions/{id}/people/{subjectId}")
  @PreAuthorize(Access.SECRETARY)
  String link(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @PathVariable long subjectId, @RequestParam(required = false) String person,
      HttpServletResponse response, Model model, RedirectAttributes redirect) {
    VoteSession session = access.readable(user, id);
    Outcome<?> outcome;
    if ("new".equals(person)) {
      outcome = history.newPerson(id, subjectId, user.getUsername());
    } else if ("none".equals(person)) {
      outcome = history.unlink(id, subjectId);
    } else {
      long personId;
      try {
        personId = Long.parseLong(person == null ? "" : person);
      } catch (NumberFormatException e) {
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
      }
      outcome = history.link(id, subjectId, personId, user.getUsername());
    }
    if (outcome instanceof Outcome.Refused<?> refused) {
      response.setStatus(refused.kind().httpStatus());
      model.addAttribute("refusals", refused.refusals());
      model.addAttribute("s", session);
      model.addAttribute("links", history.links(id));
      return "history/links";
    }
    redirect.addFlashAttribute("notice", "history.linked");
    return "redirect:/sessions/" + id + "/people";
  }

  @GetMapping("/people")
  @PreAuthorize(READERS)
  String people(@AuthenticationPrincipal AccountUser user, Model model) {
    model.addAttribute("people", history.people());
    model.addAttribute("rounds", history.roundCounts());
    model.addAttribute("readers", history.readers());
    model.addAttribute("grantable", HistoryService.grantable());
    return "history/people";
  }

  @PostMapping("/people/access")
  @PreAuthorize(Access.SECRETARY)
  String allow(@AuthenticationPrincipal AccountUser user,
      @RequestParam(name = "role", required = false) List<String> roles,
      RedirectAttributes redirect) {
    Set<Role> chosen = EnumSet.noneOf(Role.class);
    for (String role : roles == null ? List.<String>of() : roles) {
      try {
        chosen.add(Role.valueOf(role));
      } catch (IllegalArgumentException e) {
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
      }
    }
    history.allowReaders(chosen, user.getUsername());
    redirect.addFlashAttribute("notice", "history.access.saved");
    return "redirect:/people";
  }

  @GetMapping("/people/{personId}")
  @PreAuthorize(READERS)
  String person(@PathVariable long personId, Model model) {
    Person person = history.person(personId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    List<Round> rounds = history.rounds(personId);
    model.addAttribute("person", person);
    model.addAttribute("rounds", rounds);
    model.addAttribute("charted", rounds.stream().filter(Round::announced).count());
    return "history/person";
  }

  @GetMapping("/people/{personId}/chart.svg")
  @PreAuthorize(READERS)
  ResponseEntity<String> chart(@PathVariable long personId, Locale locale) {
    Person person = history.person(personId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    List<Round> announced = history.rounds(personId).stream().filter(Round::announced)
        .toList();
    String[] labels = {
        messages.getMessage("history.level.high", null, locale),
        messages.getMessage("history.level.confident", null, locale),
        messages.getMessage("history.level.low", null, locale),
        messages.getMessage("history.chart.title", new Object[] {person.fullName()}, locale)};
    return ResponseEntity.ok()
        .header("Content-Type", "image/svg+xml;charset=UTF-8")
        .cacheControl(CacheControl.noCache().cachePrivate())
        .body(HistoryChart.svg(announced, labels));
  }
}
