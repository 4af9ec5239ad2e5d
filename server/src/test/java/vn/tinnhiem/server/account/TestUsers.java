package vn.tinnhiem.server.account;

import java.util.Locale;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

/**
 * Signed-in principals for MockMvc tests in any package: a real
 * {@link AccountUser} (the page header shows its display name), never stored.
 */
public final class TestUsers {

  private TestUsers() {}

  /** A principal with the given role, e.g. username {@code test-observer}. */
  public static AccountUser of(Role role) {
    String username = "test-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    return new AccountUser(new Account(username, "{noop}unused", role, "Người Thử " + role, true));
  }

  /** MockMvc request post-processor signing in as {@link #of(Role)}. */
  public static RequestPostProcessor signedInAs(Role role) {
    return SecurityMockMvcRequestPostProcessors.user(of(role));
  }
}
