package vn.tinnhiem.server.voting;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.tinnhiem.server.system.Outcome;
import vn.tinnhiem.server.system.Problems;
import vn.tinnhiem.server.system.Refusal;

/**
 * The voting API's refusals: problem+json in the user's language with a stable {@code code}
 * (the refusal's message key without its {@code voting.} prefix), and the bounded, typed
 * reading of request bodies that every voting endpoint shares.
 */
@Component
class VotingProblems {

  /** Ceremony messages and partial decryptions of a 50-subject tally stay far below this. */
  static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

  private final Problems problems;

  VotingProblems(Problems problems) {
    this.problems = problems;
  }

  ResponseEntity<ProblemDetail> of(Outcome.Refused<?> refused) {
    ResponseEntity<ProblemDetail> answer = problems.of(refused);
    String code = refused.refusals().get(0).code();
    ProblemDetail body = answer.getBody();
    body.setProperty("code", code.startsWith("voting.") ? code.substring("voting.".length())
        : code);
    if (code.equals("voting.malformed")) {
      body.setStatus(400); // unreadable, rather than readable but wrong
      return ResponseEntity.status(400).headers(answer.getHeaders()).body(body);
    }
    return answer;
  }

  ResponseEntity<ProblemDetail> of(int status, String code, Object... args) {
    Outcome.Kind kind = status == 404 ? Outcome.Kind.NOT_FOUND
        : status == 409 || status == 429 ? Outcome.Kind.CONFLICT : Outcome.Kind.INVALID;
    ResponseEntity<ProblemDetail> answer = of(new Outcome.Refused<>(kind,
        java.util.List.of(Refusal.of(code, args))));
    if (answer.getStatusCode().value() == status) {
      return answer;
    }
    answer.getBody().setStatus(status);
    return ResponseEntity.status(status).headers(answer.getHeaders()).body(answer.getBody());
  }

  /**
   * The request's JSON body, or the problem to answer instead: 415 unless it says JSON, 413
   * above {@code limit} bytes (never read further than that).
   */
  Body read(HttpServletRequest request, int limit) throws IOException {
    String type = request.getContentType();
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      return new Body(null, Optional.of(of(415, "voting.content-type")));
    }
    if (request.getContentLengthLong() > limit) {
      return new Body(null, Optional.of(of(413, "voting.too-large", limit)));
    }
    try (InputStream in = request.getInputStream()) {
      byte[] bytes = in.readNBytes(limit + 1);
      if (bytes.length > limit) {
        return new Body(null, Optional.of(of(413, "voting.too-large", limit)));
      }
      return new Body(bytes, Optional.empty());
    }
  }

  /** Reads the JSON body and hands its text to {@code handler}, or answers the problem. */
  ResponseEntity<?> withJson(HttpServletRequest request, int limit,
      java.util.function.Function<Body, ResponseEntity<?>> handler) throws IOException {
    Body body = read(request, limit);
    return body.problem().<ResponseEntity<?>>map(p -> p).orElseGet(() -> handler.apply(body));
  }

  /** A body that was read, or the problem that stopped it. */
  record Body(byte[] bytes, Optional<ResponseEntity<ProblemDetail>> problem) {

    String text() {
      return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
  }
}
