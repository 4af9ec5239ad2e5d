package vn.tinnhiem.server.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The first start's administrator account: never a fixed default password. */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class AdminAccountTests {

  @Autowired
  AccountRepository accounts;

  @Autowired
  PasswordEncoder encoder;

  @Autowired
  JdbcClient jdbc;

  private void withoutAdministrators(Runnable check) {
    jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE role = 'ADMIN'").update();
    try {
      check.run();
    } finally {
      jdbc.sql("UPDATE app_user SET enabled = TRUE WHERE username = 'admin'").update();
    }
  }

  @Test
  void generatesAndPrintsThePasswordOnceWhenNoneIsConfigured(CapturedOutput output) {
    withoutAdministrators(() -> {
      AdminAccount first = new AdminAccount(accounts, encoder, "");
      first.run(new DefaultApplicationArguments());
      String printed = output.getAll().replaceAll("(?s).*the password ([a-z0-9]{12}) .*", "$1");
      assertThat(printed).hasSize(12);
      Account admin = accounts.findByUsername("admin").orElseThrow();
      assertThat(admin.role()).isEqualTo(Role.ADMIN);
      assertThat(encoder.matches(printed, admin.passwordHash())).isTrue();

      int before = output.getAll().length();
      first.run(new DefaultApplicationArguments());
      assertThat(output.getAll().substring(before)).doesNotContain("administrator account");
      assertThat(encoder.matches(printed, accounts.findByUsername("admin").orElseThrow()
          .passwordHash())).isTrue();
    });
  }

  @Test
  void takesThePasswordFromTheEnvironmentAndDoesNotPrintIt(CapturedOutput output) {
    withoutAdministrators(() -> {
      new AdminAccount(accounts, encoder, "mật khẩu quản trị")
          .run(new DefaultApplicationArguments());
      assertThat(encoder.matches("mật khẩu quản trị",
          accounts.findByUsername("admin").orElseThrow().passwordHash())).isTrue();
      assertThat(output.getAll()).contains("TINNHIEM_ADMIN_PASSWORD")
          .doesNotContain("mật khẩu quản trị");
    });
  }

  @Test
  void refusesAShortConfiguredPassword() {
    assertThatIllegalStateException()
        .isThrownBy(() -> AdminAccount.checkedConfiguredPassword("1234567"));
  }
}
