package vn.tinnhiem.server.voting;

import java.io.IOException;
import java.util.Optional;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.json.JsonWriter;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.system.Outcome;

/**
 * A counting-board member's ceremony and decryption, reached through their secret link: the
 * page, and the JSON API it drives (docs/voting-api.md, section 1). The link is the
 * credential, as in Belenios: no login, no CSRF token.
 */
@Controller
class TrusteeController {

  private final KeyCeremony ceremony;
  private final Decryptions decryptions;
  private final SessionService sessions;
  private final VotingProblems problems;

  TrusteeController(KeyCeremony ceremony, Decryptions decryptions, SessionService sessions,
      VotingProblems problems) {
    this.ceremony = ceremony;
    this.decryptions = decryptions;
    this.sessions = sessions;
    this.problems = problems;
  }

  @GetMapping("/trustee/{token}")
  String page(@PathVariable String token, Model model) {
    TrusteeRecord trustee = ceremony.trustee(token)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute("token", token);
    model.addAttribute("title",
        sessions.find(trustee.sessionId()).orElseThrow().details().title());
    model.addAttribute("memberName",
        sessions.member(trustee.sessionId(), trustee.memberId()).orElseThrow().fullName());
    return "trustee/trustee";
  }

  @GetMapping(path = "/api/trustee/{token}", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> state(@PathVariable String token) {
    Optional<TrusteeState> state = ceremony.state(token);
    if (state.isEmpty()) {
      return problems.of(404, "voting.no-link");
    }
    return json(stateJson(state.get()), HttpStatus.OK);
  }

  /** One ceremony message; which one is in the path, and each is checked for its own step. */
  @PostMapping("/api/trustee/{token}/{message:public-key|certificate|polynomial|voutput}")
  ResponseEntity<?> ceremonyMessage(@PathVariable String token, @PathVariable String message,
      HttpServletRequest request) throws IOException {
    return problems.withJson(request, VotingProblems.MAX_BODY_BYTES, body -> answer(
        switch (message) {
          case "public-key" -> ceremony.submitPublicKey(token, body.text());
          case "certificate" -> ceremony.submitCertificate(token, body.text());
          case "polynomial" -> ceremony.submitPolynomial(token, body.text());
          default -> ceremony.submitVoutput(token, body.text());
        }));
  }

  @GetMapping(path = "/api/trustee/{token}/encrypted-tally",
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> encryptedTally(@PathVariable String token) {
    Optional<TrusteeRecord> trustee = ceremony.trustee(token);
    if (trustee.isEmpty()) {
      return problems.of(404, "voting.no-link");
    }
    return decryptions.encryptedTally(trustee.get().sessionId())
        .<ResponseEntity<?>>map(bytes -> ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_JSON).body(bytes))
        .orElseGet(() -> problems.of(409, "voting.wrong-step", "tally"));
  }

  @PostMapping("/api/trustee/{token}/partial-decryption")
  ResponseEntity<?> partialDecryption(@PathVariable String token, HttpServletRequest request)
      throws IOException {
    return problems.withJson(request, VotingProblems.MAX_BODY_BYTES, body -> {
      Outcome<String> outcome = decryptions.submit(token, body.text());
      if (outcome instanceof Outcome.Refused<String> refused) {
        return problems.of(refused);
      }
      return answer(Outcome.done(ceremony.state(token).orElseThrow()));
    });
  }

  private ResponseEntity<?> answer(Outcome<TrusteeState> outcome) {
    if (outcome instanceof Outcome.Refused<TrusteeState> refused) {
      return problems.of(refused);
    }
    return json(stateJson(outcome.orElseThrow()), HttpStatus.CREATED);
  }

  private static ResponseEntity<String> json(Json json, HttpStatus status) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
        .body(JsonWriter.write(json));
  }

  /** The state as the contract spells it; stored messages go out as the JSON they are. */
  static Json stateJson(TrusteeState s) {
    java.util.List<Object> fields = new java.util.ArrayList<>(java.util.List.of(
        "index", Json.integer(s.index()), "trustees", Json.integer(s.trustees()),
        "threshold", Json.integer(s.threshold()), "group", Json.str(s.group()),
        "uuid", Json.str(s.uuid()), "mode", Json.str(s.mode()), "step", Json.str(s.step())));
    if (s.certificates() != null) {
      fields.add("certificates");
      fields.add(Json.array(s.certificates().stream().map(JsonParser::parse).toList()));
    }
    if (s.vinput() != null) {
      fields.add("vinput");
      fields.add(JsonParser.parse(s.vinput()));
    }
    if (s.voutput() != null) {
      fields.add("voutput");
      fields.add(JsonParser.parse(s.voutput()));
    }
    if (s.fingerprint() != null) {
      fields.add("fingerprint");
      fields.add(Json.str(s.fingerprint()));
      fields.add("publicKey");
      fields.add(Json.str(s.publicKey()));
    }
    return Json.obj(fields.toArray());
  }
}
