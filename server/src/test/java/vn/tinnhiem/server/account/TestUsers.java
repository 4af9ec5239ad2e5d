package vn.tinnhiem.server.account;

/**
 * Signed-in principals for MockMvc tests in any package:
 * {@code .with(user(TestUsers.of(Role.SECRETARY)))}. Accounts that must
 * exist in {@code app_user} (site secretaries, whom sessions reference)
 * are stored with {@link AccountService#issue} first.
 */
public final class TestUsers {

  private TestUsers() {}

  public static AccountUser of(Role role) {
    return of(role, role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-test");
  }

  public static AccountUser of(Role role, String username) {
    return new AccountUser(new Account(username, "{noop}unused", role, "Trần Thị B", true));
  }
}
