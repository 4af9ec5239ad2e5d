package vn.tinnhiem.server.preparation;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tinnhiem.server.account.AccountUser;
import vn.tinnhiem.server.account.Role;
import vn.tinnhiem.server.session.Member;
import vn.tinnhiem.server.session.SessionAccess;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.Subject;
import vn.tinnhiem.server.session.VoteSession;
import vn.tinnhiem.server.system.Access;
import vn.tinnhiem.server.system.Outcome;
import vn.tinnhiem.server.system.Refusal;

/**
 * A session's preparation page for everyone involved: staff see it as their role allows,
 * participants (summoned members, subjects) only in their own sessions.
 */
@Controller
class PreparationController {

  /** Staff and participants; what each may do is checked per request. */
  static final String ANY_ACCOUNT = "isAuthenticated()";

  private final PreparationService preparation;
  private final SessionService sessions;
  private final SessionAccess access;

  PreparationController(PreparationService preparation, SessionService sessions,
      SessionAccess access) {
    this.preparation = preparation;
    this.sessions = sessions;
    this.access = access;
  }

  /** The viewer, or 404 (no such session, for staff) / 403 (not a participant's session). */
  private Viewer viewer(AccountUser user, long id) {
    if (user.getRole() != Role.PARTICIPANT) {
      access.readable(user, id);
    }
    return preparation.viewer(user.getUsername(), user.getRole(), id)
        .orElseThrow(() -> new AccessDeniedException("not a participant of session " + id));
  }

  @GetMapping("/preparation")
  @PreAuthorize(ANY_ACCOUNT)
  String mine(@AuthenticationPrincipal AccountUser user, Model model) {
    if (user.getRole() != Role.PARTICIPANT) {
      return "redirect:/sessions";
    }
    Map<Long, VoteSession> mine = preparation.participations(user.getUsername()).stream()
        .map(p -> sessions.find(p.sessionId())).flatMap(java.util.Optional::stream)
        .collect(Collectors.toMap(VoteSession::id, Function.identity(), (a, b) -> a,
            java.util.LinkedHashMap::new));
    model.addAttribute("sessions", List.copyOf(mine.values()));
    return "preparation/mine";
  }

  @GetMapping("/sessions/{id}/preparation")
  @PreAuthorize(ANY_ACCOUNT)
  String page(@AuthenticationPrincipal AccountUser user, @PathVariable long id, Model model) {
    return page(viewer(user, id), id, model);
  }

  private String page(Viewer viewer, long id, Model model) {
    VoteSession session = sessions.find(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    List<Subject> subjects = sessions.subjects(id);
    model.addAttribute("s", session);
    model.addAttribute("viewer", viewer);
    model.addAttribute("staff", viewer.role() != Role.PARTICIPANT);
    model.addAttribute("timeline", preparation.timeline(id));
    model.addAttribute("offsets", model.containsAttribute("offsets")
        ? model.getAttribute("offsets") : preparation.offsets(id));
    model.addAttribute("released", preparation.released(id));
    model.addAttribute("subjects", subjects);
    model.addAttribute("subjectNames", subjects.stream()
        .collect(Collectors.toMap(Subject::id, s -> s.fullName() + " (" + s.position() + ")")));
    model.addAttribute("dossiers", preparation.dossiers(id, viewer));
    model.addAttribute("questions", preparation.questions(id, viewer));
    model.addAttribute("uploadable", subjects.stream()
        .filter(s -> viewer.organiser() || viewer.isSubject(s.id())).toList());
    model.addAttribute("askable", viewer.voter() ? subjects.stream()
        .filter(s -> !viewer.isSubject(s.id())).toList() : List.of());
    if (viewer.organiser()) {
      List<Member> members = sessions.members(id);
      model.addAttribute("members", members);
      Map<Long, String> subjectAccounts = new HashMap<>();
      Map<Long, String> memberAccounts = new HashMap<>();
      for (Participation p : preparation.participants(id)) {
        if (p.subjectId() != null) {
          subjectAccounts.put(p.subjectId(), p.username());
        }
        if (p.memberId() != null) {
          memberAccounts.put(p.memberId(), p.username());
        }
      }
      Map<Long, OffsetDateTime> subjectInvited = new HashMap<>();
      Map<Long, OffsetDateTime> memberInvited = new HashMap<>();
      for (Invitation i : preparation.invitations(id)) {
        if (!i.used() && i.subjectId() != null) {
          subjectInvited.put(i.subjectId(), i.expiresAt());
        } else if (!i.used() && i.memberId() != null) {
          memberInvited.put(i.memberId(), i.expiresAt());
        }
      }
      model.addAttribute("subjectAccounts", subjectAccounts);
      model.addAttribute("memberAccounts", memberAccounts);
      model.addAttribute("subjectInvited", subjectInvited);
      model.addAttribute("memberInvited", memberInvited);
      model.addAttribute("downloads", preparation.downloads(id));
    }
    return "preparation/page";
  }

  private String refused(Outcome.Refused<?> refused, Viewer viewer, long id,
      HttpServletResponse response, Model model) {
    response.setStatus(refused.kind().httpStatus());
    model.addAttribute("refusals", refused.refusals());
    return page(viewer, id, model);
  }

  @PostMapping("/sessions/{id}/preparation/timeline")
  @PreAuthorize(Access.SECRETARY)
  String timeline(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @RequestParam(required = false) Integer dossierDue,
      @RequestParam(required = false) Integer release,
      @RequestParam(required = false) Integer questionsDue,
      @RequestParam(required = false) Integer answersDue, HttpServletResponse response,
      Model model, RedirectAttributes redirect) {
    Viewer viewer = viewer(user, id);
    if (dossierDue == null || release == null || questionsDue == null || answersDue == null) {
      return refused(new Outcome.Refused<>(Outcome.Kind.INVALID,
          List.of(Refusal.of("preparation.offset.missing"))), viewer, id, response, model);
    }
    Offsets offsets = new Offsets(dossierDue, release, questionsDue, answersDue);
    Outcome<Offsets> outcome = preparation.setOffsets(id, offsets, user.getUsername());
    if (outcome instanceof Outcome.Refused<Offsets> r) {
      model.addAttribute("offsets", offsets); // what was typed stays in the form
      return refused(r, viewer, id, response, model);
    }
    redirect.addFlashAttribute("notice", "preparation.timeline.saved");
    return "redirect:/sessions/" + id + "/preparation";
  }

  @PostMapping("/sessions/{id}/preparation/dossiers")
  @PreAuthorize(ANY_ACCOUNT)
  String upload(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @RequestParam(required = false) Long subjectId,
      @RequestParam(required = false) MultipartFile file, HttpServletResponse response,
      Model model, RedirectAttributes redirect) throws IOException {
    Viewer viewer = viewer(user, id);
    if (!viewer.organiser() && !viewer.subject()) {
      throw new AccessDeniedException("only the organisers and subjects upload dossiers");
    }
    if (subjectId == null) {
      return refused(new Outcome.Refused<>(Outcome.Kind.INVALID,
          List.of(Refusal.field("subjectId", "NotNull"))), viewer, id, response, model);
    }
    byte[] bytes = file == null ? new byte[0]
        : file.getSize() > Files.MAX_BYTES ? new byte[Files.MAX_BYTES + 1] : file.getBytes();
    Outcome<Dossier> outcome = preparation.upload(id, subjectId,
        file == null ? null : file.getOriginalFilename(), bytes, viewer);
    if (outcome instanceof Outcome.Refused<Dossier> r) {
      return refused(r, viewer, id, response, model);
    }
    redirect.addFlashAttribute("notice", "preparation.dossier.saved");
    return "redirect:/sessions/" + id + "/preparation";
  }

  @GetMapping("/sessions/{id}/preparation/dossiers/{dossierId}")
  @PreAuthorize(ANY_ACCOUNT)
  ResponseEntity<byte[]> download(@AuthenticationPrincipal AccountUser user,
      @PathVariable long id, @PathVariable long dossierId) {
    Viewer viewer = viewer(user, id);
    PreparationService.DossierFile file = preparation.download(id, dossierId, viewer)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.dossier().contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(file.dossier().fileName(), StandardCharsets.UTF_8).build().toString())
        .body(file.bytes());
  }

  @PostMapping("/sessions/{id}/preparation/dossiers/{dossierId}/delete")
  @PreAuthorize(Access.SECRETARY)
  String remove(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @PathVariable long dossierId, HttpServletResponse response, Model model,
      RedirectAttributes redirect) {
    Viewer viewer = viewer(user, id);
    Outcome<Dossier> outcome = preparation.remove(id, dossierId, viewer);
    if (outcome instanceof Outcome.Refused<Dossier> r) {
      return refused(r, viewer, id, response, model);
    }
    redirect.addFlashAttribute("notice", "preparation.dossier.removed");
    return "redirect:/sessions/" + id + "/preparation";
  }

  @PostMapping("/sessions/{id}/preparation/questions")
  @PreAuthorize(ANY_ACCOUNT)
  String ask(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @RequestParam(required = false) Long subjectId,
      @RequestParam(required = false) String text,
      @RequestParam(defaultValue = "false") boolean anonymous, HttpServletResponse response,
      Model model, RedirectAttributes redirect) {
    Viewer viewer = viewer(user, id);
    if (!viewer.voter()) {
      throw new AccessDeniedException("only voters ask");
    }
    Outcome<Question> outcome = subjectId == null
        ? Outcome.invalid(Refusal.field("subjectId", "NotNull"))
        : preparation.ask(id, subjectId, text, anonymous, viewer);
    if (outcome instanceof Outcome.Refused<Question> r) {
      model.addAttribute("askText", text);
      model.addAttribute("askSubject", subjectId);
      model.addAttribute("askAnonymous", anonymous);
      return refused(r, viewer, id, response, model);
    }
    redirect.addFlashAttribute("notice", "preparation.question.saved");
    return "redirect:/sessions/" + id + "/preparation#questions";
  }

  @PostMapping("/sessions/{id}/preparation/questions/{questionId}/answer")
  @PreAuthorize(ANY_ACCOUNT)
  String answer(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @PathVariable long questionId, @RequestParam(required = false) String answer,
      HttpServletResponse response, Model model, RedirectAttributes redirect) {
    Viewer viewer = viewer(user, id);
    if (!viewer.subject()) {
      throw new AccessDeniedException("only subjects answer");
    }
    Outcome<Question> outcome = preparation.answer(id, questionId, answer, viewer);
    if (outcome instanceof Outcome.Refused<Question> r) {
      model.addAttribute("answerText", answer);
      model.addAttribute("answerFor", questionId);
      return refused(r, viewer, id, response, model);
    }
    redirect.addFlashAttribute("notice", "preparation.answer.saved");
    return "redirect:/sessions/" + id + "/preparation#questions";
  }

  @PostMapping("/sessions/{id}/preparation/invitations")
  @PreAuthorize(Access.SECRETARY)
  String invite(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @RequestParam(required = false) Long memberId,
      @RequestParam(required = false) Long subjectId, HttpServletResponse response,
      Model model, RedirectAttributes redirect) {
    Viewer viewer = viewer(user, id);
    Outcome<String> outcome = preparation.invite(id, memberId, subjectId, user.getUsername());
    if (outcome instanceof Outcome.Refused<String> r) {
      return refused(r, viewer, id, response, model);
    }
    redirect.addFlashAttribute("invitationToken", outcome.orElseThrow());
    redirect.addFlashAttribute("invitationFor", memberId != null
        ? sessions.member(id, memberId).map(Member::fullName).orElse("")
        : sessions.subjects(id).stream().filter(s -> s.id() == subjectId)
            .map(Subject::fullName).findFirst().orElse(""));
    redirect.addFlashAttribute("notice", "preparation.invite.made");
    return "redirect:/sessions/" + id + "/preparation#invitations";
  }
}
