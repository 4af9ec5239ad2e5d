package vn.tinnhiem.server.account;

import java.security.SecureRandom;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Demo mode ({@code tinnhiem.demo=true}): one account per role, with
 * placeholder names. Passwords are new at every start and printed once to
 * the log, so a demo never runs with a well-known password.
 */
@Component
@ConditionalOnBooleanProperty("tinnhiem.demo")
class DemoAccounts implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

  /** No look-alike characters (0/O, 1/l/I), so a password read off a screen types right. */
  private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyz23456789";
  private static final int PASSWORD_LENGTH = 12;

  record DemoAccount(String username, Role role, String displayName) {}

  static final List<DemoAccount> ACCOUNTS = List.of(
      new DemoAccount("admin", Role.ADMIN, "Nguyễn Văn A"),
      new DemoAccount("secretary", Role.SECRETARY, "Trần Thị B"),
      new DemoAccount("site-secretary", Role.SITE_SECRETARY, "Lê Văn C"),
      new DemoAccount("counting-board", Role.COUNTING_BOARD, "Phạm Thị D"),
      new DemoAccount("observer", Role.OBSERVER, "Hoàng Văn E"));

  private final AccountRepository accounts;
  private final PasswordEncoder encoder;
  private final SecureRandom random = new SecureRandom();

  DemoAccounts(AccountRepository accounts, PasswordEncoder encoder) {
    this.accounts = accounts;
    this.encoder = encoder;
  }

  @Override
  public void run(ApplicationArguments args) {
    StringBuilder report = new StringBuilder(
        "DEMO MODE (tinnhiem.demo=true): demo accounts, passwords valid until the next start:");
    for (DemoAccount demo : ACCOUNTS) {
      String password = newPassword();
      accounts.save(new Account(
          demo.username(), encoder.encode(password), demo.role(), demo.displayName(), true));
      report.append(String.format("%n  %-15s %s  (%s, %s)",
          demo.username(), password, demo.displayName(), demo.role()));
    }
    log.warn("{}", report);
  }

  private String newPassword() {
    StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
    for (int i = 0; i < PASSWORD_LENGTH; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
