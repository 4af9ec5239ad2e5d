package vn.tinnhiem.server.system;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/**
 * Shows a service's refusal on an HTML form: each reason next to its field
 * (or above the form), and the response status says what kind of refusal it
 * was (422 bad input, 409 wrong state, 404 unknown item).
 */
public final class Forms {

  /** Status of a form re-shown because Bean Validation failed. */
  public static final int INVALID = 422;

  private Forms() {}

  public static void reject(BindingResult result, Outcome.Refused<?> refused,
      HttpServletResponse response) {
    Object target = result.getTarget();
    BeanWrapperImpl bean = target == null ? null : new BeanWrapperImpl(target);
    for (Refusal refusal : refused.refusals()) {
      Object[] args = refusal.args().toArray();
      if (refusal.field() != null && bean != null && bean.isReadableProperty(refusal.field())) {
        result.rejectValue(refusal.field(), refusal.code(), args, refusal.code());
      } else {
        result.reject(refusal.code(), args, refusal.code());
      }
    }
    response.setStatus(refused.kind().httpStatus());
  }

  /** Marks the response of a form re-shown after Bean Validation errors. */
  public static void invalid(HttpServletResponse response) {
    response.setStatus(INVALID);
  }
}
