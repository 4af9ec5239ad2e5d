package vn.tinnhiem.server.system;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Why a change was refused, in words the user can read: a message code of
 * {@code messages.properties} with its arguments, and the form field it is
 * about ({@code null} when it concerns the whole form).
 *
 * @param field form field name, or {@code null}
 * @param code  message code, e.g. {@code member.duplicate}
 * @param args  message arguments; a {@code MessageSourceResolvable} argument is itself translated
 */
public record Refusal(String field, String code, List<Object> args) {

  public Refusal {
    Objects.requireNonNull(code, "code");
    if (code.isBlank()) {
      throw new IllegalArgumentException("empty message code");
    }
    args = List.copyOf(args);
  }

  /** A refusal about the whole form. */
  public static Refusal of(String code, Object... args) {
    return new Refusal(null, code, Arrays.asList(args));
  }

  /** A refusal about one form field. */
  public static Refusal field(String field, String code, Object... args) {
    return new Refusal(Objects.requireNonNull(field, "field"), code, Arrays.asList(args));
  }

  /** A message argument that is translated too, e.g. {@code label("status.OPEN")}. */
  public static DefaultMessageSourceResolvable label(String code) {
    return new DefaultMessageSourceResolvable(new String[] {code}, code);
  }
}
