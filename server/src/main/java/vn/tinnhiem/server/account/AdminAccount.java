package vn.tinnhiem.server.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * First start: when no enabled administrator exists, creates the account
 * {@code admin}. Its password is {@code tinnhiem.admin-password} (the
 * environment variable {@code TINNHIEM_ADMIN_PASSWORD}) when set, otherwise
 * generated and printed this once. There is no default password.
 * In demo mode {@link DemoAccounts} has already made {@code admin}.
 */
@Component
@Order(AdminAccount.ORDER)
class AdminAccount implements ApplicationRunner {

  static final int ORDER = DemoAccounts.ORDER + 10;
  static final String USERNAME = "admin";
  static final String DISPLAY_NAME = "Quản trị viên";
  static final int MIN_LENGTH = 8;

  private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);

  private final AccountRepository accounts;
  private final PasswordEncoder encoder;
  private final String configuredPassword;

  AdminAccount(AccountRepository accounts, PasswordEncoder encoder,
      @Value("${tinnhiem.admin-password:}") String configuredPassword) {
    this.accounts = accounts;
    this.encoder = encoder;
    this.configuredPassword = configuredPassword;
  }

  /** The configured password, checked; empty when none is configured. */
  static String checkedConfiguredPassword(String configured) {
    if (configured == null || configured.isEmpty()) {
      return "";
    }
    if (configured.length() < MIN_LENGTH) {
      throw new IllegalStateException(
          "TINNHIEM_ADMIN_PASSWORD must have at least " + MIN_LENGTH + " characters");
    }
    return configured;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (accounts.anyEnabled(Role.ADMIN)) {
      return;
    }
    String configured = checkedConfiguredPassword(configuredPassword);
    String password = configured.isEmpty() ? Passwords.generate() : configured;
    accounts.save(new Account(USERNAME, encoder.encode(password), Role.ADMIN, DISPLAY_NAME, true));
    if (configured.isEmpty()) {
      log.warn("First start: created the administrator account '{}' with the password {}"
          + " (shown only this once; set TINNHIEM_ADMIN_PASSWORD to choose it)", USERNAME,
          password);
    } else {
      log.warn("First start: created the administrator account '{}' with the password from"
          + " TINNHIEM_ADMIN_PASSWORD", USERNAME);
    }
  }
}
