package vn.tinnhiem.server.system;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * JSON endpoints ({@code @RestController}) answer every 4xx as
 * {@code application/problem+json}: Bean Validation failures list each
 * field's message in the user's language; a denied role or site is 403.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

  private final MessageSource messages;

  ApiProblems(MessageSource messages) {
    this.messages = messages;
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    Locale locale = LocaleContextHolder.getLocale();
    List<Map<String, Object>> errors = ex.getBindingResult().getFieldErrors().stream()
        .map(e -> Map.<String, Object>of("field", e.getField(), "code",
            String.valueOf(e.getCode()), "message", messages.getMessage(e, locale)))
        .toList();
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        errors.stream().map(e -> e.get("field") + ": " + e.get("message"))
            .reduce((a, b) -> a + " " + b).orElse(""));
    problem.setType(URI.create(Problems.TYPE + "validation"));
    problem.setTitle(messages.getMessage("problem.INVALID", null, "Bad Request", locale));
    problem.setProperty("errors", errors);
    return ResponseEntity.badRequest().body(problem);
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> denied(AccessDeniedException ex) {
    Locale locale = LocaleContextHolder.getLocale();
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
        messages.getMessage("error.403", null, "Forbidden", locale));
    problem.setType(URI.create(Problems.TYPE + "forbidden"));
    problem.setTitle(HttpStatus.FORBIDDEN.getReasonPhrase());
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
  }
}
