package vn.tinnhiem.server.live;

import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tinnhiem.server.account.AccountUser;
import vn.tinnhiem.server.session.SessionAccess;
import vn.tinnhiem.server.session.VoteSession;
import vn.tinnhiem.server.system.Access;
import vn.tinnhiem.server.system.Outcome;

/**
 * The projector: a tab for the staff (the live view, the room's secret link) and the full
 * screen page with its event stream, reached either signed in or through the secret link.
 */
@Controller
class ProjectorController {

  private final ProjectorService projector;
  private final ProjectorLinks links;
  private final LiveHub hub;
  private final SessionAccess access;

  ProjectorController(ProjectorService projector, ProjectorLinks links, LiveHub hub,
      SessionAccess access) {
    this.projector = projector;
    this.links = links;
    this.hub = hub;
    this.access = access;
  }

  @GetMapping("/sessions/{id}/projector")
  @PreAuthorize(Access.READ)
  String tab(@AuthenticationPrincipal AccountUser user, @PathVariable long id, Locale locale,
      Model model) {
    VoteSession session = access.readable(user, id);
    model.addAttribute("s", session);
    model.addAttribute("p", view(id, locale));
    model.addAttribute("linkCreatedAt", links.createdAt(id).orElse(null));
    model.addAttribute("stream", "/sessions/" + id + "/projector/events");
    return "projector/tab";
  }

  @PostMapping("/sessions/{id}/projector/link")
  @PreAuthorize(Access.SECRETARY)
  String renew(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      RedirectAttributes redirect) {
    access.readable(user, id);
    Outcome<String> token = links.renew(id, user.getUsername());
    redirect.addFlashAttribute("projectorToken", token.orElseThrow());
    redirect.addFlashAttribute("notice", "projector.link.made");
    return "redirect:/sessions/" + id + "/projector";
  }

  @GetMapping("/sessions/{id}/projector/screen")
  @PreAuthorize(Access.READ)
  String screen(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      Locale locale, Model model) {
    access.readable(user, id);
    return screenPage(id, "/sessions/" + id + "/projector/events", locale, model);
  }

  @GetMapping(path = "/sessions/{id}/projector/events",
      produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @PreAuthorize(Access.READ)
  @ResponseBody
  SseEmitter events(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      Locale locale) {
    access.readable(user, id);
    return subscribe(id, locale);
  }

  @GetMapping("/projector/{token}")
  String byLink(@PathVariable String token, Locale locale, Model model) {
    long id = sessionOf(token);
    return screenPage(id, "/projector/" + token + "/events", locale, model);
  }

  @GetMapping(path = "/projector/{token}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @ResponseBody
  SseEmitter eventsByLink(@PathVariable String token, Locale locale) {
    return subscribe(sessionOf(token), locale);
  }

  private long sessionOf(String token) {
    return links.session(token)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private String screenPage(long id, String stream, Locale locale, Model model) {
    model.addAttribute("p", view(id, locale));
    model.addAttribute("stream", stream);
    return "projector/screen";
  }

  private ProjectorView view(long id, Locale locale) {
    return projector.view(id, locale)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private SseEmitter subscribe(long id, Locale locale) {
    return hub.subscribe(id, locale).orElseThrow(
        () -> new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE));
  }
}
