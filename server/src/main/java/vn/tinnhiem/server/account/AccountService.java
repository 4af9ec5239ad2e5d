package vn.tinnhiem.server.account;

import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts for the other features: look-ups, and issuing an account with a fresh password. */
@Service
public class AccountService {

  private final AccountRepository accounts;
  private final PasswordEncoder encoder;

  AccountService(AccountRepository accounts, PasswordEncoder encoder) {
    this.accounts = accounts;
    this.encoder = encoder;
  }

  @Transactional(readOnly = true)
  public Optional<StaffAccount> find(String username) {
    return accounts.findByUsername(username).map(StaffAccount::of);
  }

  /** Enabled accounts with that role, by username. */
  @Transactional(readOnly = true)
  public List<StaffAccount> withRole(Role role) {
    return accounts.findByRole(role).stream()
        .filter(Account::enabled)
        .map(StaffAccount::of)
        .toList();
  }

  /**
   * Creates the account, or overwrites the one with that username, with a
   * newly generated password, and returns that password: the caller shows it
   * once and never stores it.
   */
  @Transactional
  public String issue(String username, Role role, String displayName) {
    String password = Passwords.generate();
    accounts.save(new Account(username, encoder.encode(password), role, displayName, true));
    return password;
  }

  /** Whether the text is a username an account may have (before asking for it). */
  public static boolean validUsername(String username) {
    return username != null && username.matches("[a-z0-9][a-z0-9._-]{0,63}");
  }

  /**
   * Creates a new account with a password its owner chose; never overwrites: false when the
   * username is taken.
   */
  @Transactional
  public boolean register(String username, String password, Role role, String displayName) {
    if (accounts.findByUsername(username).isPresent()) {
      return false;
    }
    accounts.save(new Account(username, encoder.encode(password), role, displayName, true));
    return true;
  }
}
