package vn.tinnhiem.server.account;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in principal: Spring's {@link User} plus the name to show. */
public final class AccountUser extends User {

  private static final long serialVersionUID = 1L;

  private final String displayName;
  private final Role role;

  AccountUser(Account account) {
    super(account.username(), account.passwordHash(), account.enabled(), true, true, true,
        List.of(new SimpleGrantedAuthority(account.role().authority())));
    this.displayName = account.displayName();
    this.role = account.role();
  }

  public String getDisplayName() {
    return displayName;
  }

  public Role getRole() {
    return role;
  }
}
