package vn.tinnhiem.server.account;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One row of {@code app_user}.
 *
 * @param username     sign-in name: lower-case ASCII letters, digits, {@code . _ -}
 * @param passwordHash encoded by the delegating password encoder, e.g. {@code {bcrypt}...}
 * @param role         what the account may do
 * @param displayName  the person's name as shown and printed, e.g. "Nguyễn Văn A"
 * @param enabled      whether the account may sign in
 */
public record Account(
    String username, String passwordHash, Role role, String displayName, boolean enabled) {

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  public Account {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(displayName, "displayName");
    if (!USERNAME.matcher(username).matches()) {
      throw new IllegalArgumentException("bad username: " + username);
    }
    if (passwordHash.isBlank()) {
      throw new IllegalArgumentException("empty password hash for " + username);
    }
    if (displayName.isBlank() || displayName.length() > 200) {
      throw new IllegalArgumentException("bad display name for " + username);
    }
  }
}
