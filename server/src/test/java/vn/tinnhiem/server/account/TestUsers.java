package vn.tinnhiem.server.account;

import java.util.Locale;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signed-in principals for MockMvc tests in any package: a real {@link AccountUser} (the page
 * header shows its display name), never stored, e.g.
 * {@code .with(user(TestUsers.of(Role.SECRETARY)))}. Accounts that must exist in
 * {@code app_user} (site secretaries, whom sessions reference) are stored with
 * {@link AccountService#issue} first.
 */
public final class TestUsers {

  private TestUsers() {}

  /** A principal with the given role, username e.g. {@code observer-test}. */
  public static AccountUser of(Role role) {
    return of(role, role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-test");
  }

  public static AccountUser of(Role role, String username) {
    return new AccountUser(new Account(username, "{noop}unused", role, "Trần Thị B", true));
  }

  /** MockMvc request post-processor signing in as {@link #of(Role)}. */
  public static RequestPostProcessor signedInAs(Role role) {
    return SecurityMockMvcRequestPostProcessors.user(of(role));
  }
}
