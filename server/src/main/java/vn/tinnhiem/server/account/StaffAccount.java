package vn.tinnhiem.server.account;

import java.util.Objects;

/**
 * An account as other features see it: who, and in which role; never the
 * password hash.
 *
 * @param username    sign-in name
 * @param role        what the account may do
 * @param displayName the person's name as shown
 * @param enabled     whether the account may sign in
 */
public record StaffAccount(String username, Role role, String displayName, boolean enabled) {

  public StaffAccount {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(displayName, "displayName");
  }

  static StaffAccount of(Account account) {
    return new StaffAccount(
        account.username(), account.role(), account.displayName(), account.enabled());
  }
}
