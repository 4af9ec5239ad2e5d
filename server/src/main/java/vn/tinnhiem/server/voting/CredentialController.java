package vn.tinnhiem.server.voting;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonFormatException;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.json.JsonWriter;
import vn.tinnhiem.server.account.AccountUser;
import vn.tinnhiem.server.session.SessionAccess;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.Site;
import vn.tinnhiem.server.session.VoteSession;
import vn.tinnhiem.server.system.Access;
import vn.tinnhiem.server.system.Outcome;

/**
 * Credential slips (docs/voting-api.md, section 2): the print page of a site, where a
 * counting-board member's browser makes the credentials, and the API that takes only the
 * public credentials.
 */
@Controller
class CredentialController {

  private final SessionAccess access;
  private final SessionService sessions;
  private final CredentialIssue issue;
  private final VotingProblems problems;

  CredentialController(SessionAccess access, SessionService sessions, CredentialIssue issue,
      VotingProblems problems) {
    this.access = access;
    this.sessions = sessions;
    this.issue = issue;
    this.problems = problems;
  }

  @GetMapping("/sessions/{id}/slips/sites/{siteId}")
  @PreAuthorize(Access.END_VOTING)
  String slips(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @PathVariable long siteId, HttpServletRequest request, Model model) {
    VoteSession session = access.readable(user, id);
    Site site = sessions.site(id, siteId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    model.addAttribute("s", session);
    model.addAttribute("sessionId", id);
    model.addAttribute("siteId", siteId);
    model.addAttribute("title", session.details().title());
    model.addAttribute("siteName", site.name());
    model.addAttribute("csrfHeader", csrf == null ? "" : csrf.getHeaderName());
    model.addAttribute("csrfToken", csrf == null ? "" : csrf.getToken());
    return "slips/slips";
  }

  @GetMapping(path = "/api/sessions/{id}/credentials/sites/{siteId}",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize(Access.END_VOTING)
  ResponseEntity<?> state(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @PathVariable long siteId) {
    access.readable(user, id);
    Outcome<SiteCredentials> outcome = issue.state(id, siteId);
    if (outcome instanceof Outcome.Refused<SiteCredentials> refused) {
      return problems.of(refused);
    }
    SiteCredentials s = outcome.orElseThrow();
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(JsonWriter.write(
        Json.obj("uuid", Json.str(s.uuid()), "group", Json.str(s.group()),
            "present", Json.integer(s.present()), "issued", Json.integer(s.issued()))));
  }

  @PostMapping("/api/sessions/{id}/credentials/sites/{siteId}")
  @PreAuthorize(Access.END_VOTING)
  ResponseEntity<?> upload(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @PathVariable long siteId, HttpServletRequest request) throws IOException {
    access.readable(user, id);
    return problems.withJson(request, VotingProblems.MAX_BODY_BYTES, body -> {
      List<String> credentials;
      try {
        credentials = new ArrayList<>(JsonParser.parse(body.bytes()).asObject()
            .onlyKeys("public_credentials").get("public_credentials").asList(Json::asString));
      } catch (JsonFormatException ex) {
        return problems.of(400, "voting.malformed", ex.getMessage());
      }
      Outcome<Integer> outcome = issue.upload(id, siteId, credentials, user.getUsername());
      if (outcome instanceof Outcome.Refused<Integer> refused) {
        return problems.of(refused);
      }
      return ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
          .body(JsonWriter.write(Json.obj("issued", Json.integer(outcome.orElseThrow()))));
    });
  }

  @DeleteMapping("/api/sessions/{id}/credentials/sites/{siteId}")
  @PreAuthorize(Access.SECRETARY)
  ResponseEntity<?> voidSite(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @PathVariable long siteId) {
    access.readable(user, id);
    Outcome<Integer> outcome = issue.voidSite(id, siteId, user.getUsername());
    if (outcome instanceof Outcome.Refused<Integer> refused) {
      return problems.of(refused);
    }
    return ResponseEntity.noContent().build();
  }
}
