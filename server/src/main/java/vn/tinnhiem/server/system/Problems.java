package vn.tinnhiem.server.system;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A service's refusal as an {@code application/problem+json} answer, its
 * messages in the user's language: {@code title} says the kind, {@code detail}
 * the reasons, and {@code errors} lists each with its field and code.
 */
@Component
public class Problems {

  static final String TYPE = "urn:tinnhiem:problem:";

  private final MessageSource messages;

  Problems(MessageSource messages) {
    this.messages = messages;
  }

  public ResponseEntity<ProblemDetail> of(Outcome.Refused<?> refused) {
    Locale locale = LocaleContextHolder.getLocale();
    HttpStatus status = HttpStatus.valueOf(refused.kind().httpStatus());
    List<Map<String, Object>> errors = refused.refusals().stream()
        .map(r -> {
          String message = message(r, locale);
          return r.field() == null
              ? Map.<String, Object>of("code", r.code(), "message", message)
              : Map.<String, Object>of("field", r.field(), "code", r.code(), "message", message);
        })
        .toList();
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, errors.stream()
        .map(e -> (String) e.get("message")).reduce((a, b) -> a + " " + b).orElse(""));
    problem.setType(URI.create(TYPE + refused.refusals().get(0).code()));
    problem.setTitle(messages.getMessage("problem." + refused.kind(), null,
        status.getReasonPhrase(), locale));
    problem.setProperty("errors", errors);
    return ResponseEntity.status(status).body(problem);
  }

  String message(Refusal refusal, Locale locale) {
    return messages.getMessage(new DefaultMessageSourceResolvable(
        new String[] {refusal.code()}, refusal.args().toArray(), refusal.code()), locale);
  }
}
