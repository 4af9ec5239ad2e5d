package vn.tinnhiem.server.voting;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonWriter;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.VoteSession;
import vn.tinnhiem.server.system.AttemptThrottle;
import vn.tinnhiem.server.system.Outcome;

/**
 * The voting booth (a kiosk page, no login) and the endpoints it uses: the election, the
 * board's state and the cast (docs/voting-api.md, section 3). The credential's signature on
 * the ballot is what authorises a cast.
 */
@Controller
class BoothController {

  private final SessionService sessions;
  private final VotingQueries queries;
  private final BallotBox box;
  private final VotingProblems problems;
  /**
   * Refused casts per client address and election: a booth's voters rarely get one (the page checks the
   * credential's checksum first), a script guessing credentials gets many.
   */
  private final AttemptThrottle refusedCasts;
  static final int REFUSED_CASTS = 30;
  static final Duration REFUSED_CASTS_WINDOW = Duration.ofMinutes(10);

  BoothController(SessionService sessions, VotingQueries queries, BallotBox box,
      VotingProblems problems, Clock clock) {
    this.sessions = sessions;
    this.queries = queries;
    this.box = box;
    this.problems = problems;
    this.refusedCasts = new AttemptThrottle(REFUSED_CASTS, REFUSED_CASTS_WINDOW, clock);
  }

  @GetMapping("/booth/{sessionId}")
  String booth(@PathVariable long sessionId, Model model) {
    VoteSession session = sessions.find(sessionId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute("sessionId", sessionId);
    model.addAttribute("title", session.details().title());
    return "booth/booth";
  }

  @GetMapping(path = "/api/sessions/{id}/election", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> election(@PathVariable long id) {
    return queries.electionJson(id)
        .<ResponseEntity<?>>map(bytes -> ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_JSON).body(bytes))
        .orElseGet(() -> problems.of(404, "voting.no-election"));
  }

  @GetMapping(path = "/api/sessions/{id}/board", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> board(@PathVariable long id) {
    return queries.overview(id)
        .<ResponseEntity<?>>map(o -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
            .body(JsonWriter.write(Json.obj(
                "status", Json.str(o.state().name().toLowerCase(java.util.Locale.ROOT)),
                "ballots", Json.integer(o.ballots()),
                "tracking_codes", Json.array(queries.trackingCodes(id).stream()
                    .map(Json::str).toList())))))
        .orElseGet(() -> problems.of(404, "voting.no-election"));
  }

  @PostMapping("/api/sessions/{id}/ballots")
  ResponseEntity<?> cast(@PathVariable long id, HttpServletRequest request) throws IOException {
    String client = request.getRemoteAddr() + " " + id;
    if (refusedCasts.blocked(client)) {
      return problems.of(429, "voting.too-many", REFUSED_CASTS_WINDOW.toMinutes());
    }
    // Busy: answered before the ballot is read (a 50-subject ballot is 250 KB).
    Optional<Duration> busy = box.busyFor();
    if (busy.isPresent()) {
      return busy(busy.get().toSeconds());
    }
    return problems.withJson(request, BallotBox.MAX_BALLOT_BYTES, body -> {
      Outcome<CastReceipt> outcome = box.cast(id, body.bytes());
      if (outcome instanceof Outcome.Refused<CastReceipt> refused) {
        if (refused.kind() == Outcome.Kind.BUSY) {
          return busy((Long) refused.refusals().get(0).args().get(0));
        }
        refusedCasts.failed(client);
        return problems.of(refused);
      }
      CastReceipt receipt = outcome.orElseThrow();
      return ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
          .body(JsonWriter.write(Json.obj("tracking_code", Json.str(receipt.trackingCode()),
              "replaced", Json.bool(receipt.replaced()))));
    });
  }

  /**
   * 503 with Retry-After: nothing wrong with the ballot, so not counted against the booth,
   * which sends the same bytes again after that many seconds.
   */
  private ResponseEntity<ProblemDetail> busy(long retryAfterSeconds) {
    ResponseEntity<ProblemDetail> answer = problems.of(
        (Outcome.Refused<?>) Outcome.busy("voting.busy", retryAfterSeconds));
    return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
        .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds))
        .body(answer.getBody());
  }
}
