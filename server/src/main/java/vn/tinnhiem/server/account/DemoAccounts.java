package vn.tinnhiem.server.account;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Demo mode ({@code tinnhiem.demo=true}): one account per role, with
 * placeholder names. Passwords are new at every start and printed once to
 * the log, so a demo never runs with a well-known password; only {@code admin}
 * takes {@code TINNHIEM_ADMIN_PASSWORD} when that is set.
 */
@Component
@ConditionalOnBooleanProperty("tinnhiem.demo")
@Order(DemoAccounts.ORDER)
class DemoAccounts implements ApplicationRunner {

  /** Runs first: the demo conference then ties its site secretaries to these accounts. */
  static final int ORDER = 100;

  private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

  record DemoAccount(String username, Role role, String displayName) {}

  static final List<DemoAccount> ACCOUNTS = List.of(
      new DemoAccount("admin", Role.ADMIN, "Nguyễn Văn A"),
      new DemoAccount("secretary", Role.SECRETARY, "Trần Thị B"),
      new DemoAccount("site-secretary", Role.SITE_SECRETARY, "Lê Văn C"),
      new DemoAccount("counting-board", Role.COUNTING_BOARD, "Đặng Văn G"),
      new DemoAccount("observer", Role.OBSERVER, "Hoàng Văn E"),
      // a summoned member (the demo conference links it): preparation, questions
      new DemoAccount("participant", Role.PARTICIPANT, "Bùi Thị H"));

  private final AccountRepository accounts;
  private final String adminPassword;
  /**
   * The passwords and their bcrypt hashes (64 ms each), made on another thread while the rest
   * of the application starts: the server reports ready only once the demo is seeded. Dropped
   * once the accounts are saved, so the passwords stay in memory no longer than before.
   */
  private CompletableFuture<List<Issued>> issued;

  private record Issued(DemoAccount account, String password, String hash) {}

  DemoAccounts(AccountRepository accounts, PasswordEncoder encoder,
      @Value("${tinnhiem.admin-password:}") String adminPassword) {
    this.accounts = accounts;
    this.adminPassword = AdminAccount.checkedConfiguredPassword(adminPassword);
    this.issued = CompletableFuture.supplyAsync(() -> ACCOUNTS.stream().map(demo -> {
      String password = fromEnvironment(demo) ? this.adminPassword : Passwords.generate();
      return new Issued(demo, password, encoder.encode(password));
    }).toList());
  }

  private boolean fromEnvironment(DemoAccount demo) {
    return demo.role() == Role.ADMIN && !adminPassword.isEmpty();
  }

  @Override
  public void run(ApplicationArguments args) {
    StringBuilder report = new StringBuilder(
        "DEMO MODE (tinnhiem.demo=true): demo accounts, passwords valid until the next start:");
    List<Issued> made = issued.join();
    issued = null;
    for (Issued i : made) {
      DemoAccount demo = i.account();
      accounts.save(new Account(demo.username(), i.hash(), demo.role(), demo.displayName(), true));
      report.append(String.format("%n  %-18s %s  (%s, %s)", demo.username(),
          fromEnvironment(demo) ? "(TINNHIEM_ADMIN_PASSWORD)" : i.password(),
          demo.displayName(), demo.role()));
    }
    log.warn("{}", report);
  }
}
