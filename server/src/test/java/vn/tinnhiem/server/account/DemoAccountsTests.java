package vn.tinnhiem.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Demo mode seeds one account per role and prints the passwords once. */
@SpringBootTest(properties = "tinnhiem.demo=true")
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class DemoAccountsTests {

  @Autowired
  AccountRepository accounts;

  @Autowired
  PasswordEncoder encoder;

  @Test
  void seedsOneAccountPerRoleWithPlaceholderNames() {
    assertThat(DemoAccounts.ACCOUNTS).extracting(DemoAccounts.DemoAccount::role)
        .containsExactlyInAnyOrder(Role.values());
    for (DemoAccounts.DemoAccount demo : DemoAccounts.ACCOUNTS) {
      Account stored = accounts.findByUsername(demo.username()).orElseThrow();
      assertThat(stored.role()).isEqualTo(demo.role());
      assertThat(stored.displayName()).isEqualTo(demo.displayName());
      assertThat(stored.enabled()).isTrue();
    }
    assertThat(accounts.findByUsername("admin").orElseThrow().displayName())
        .isEqualTo("Nguyễn Văn A");
  }

  @Test
  void printsPasswordsThatMatchTheStoredHashes(CapturedOutput output) {
    for (DemoAccounts.DemoAccount demo : DemoAccounts.ACCOUNTS) {
      Matcher line = Pattern.compile("\\n\\s+" + Pattern.quote(demo.username())
          + "\\s+([a-z0-9]{12})\\s").matcher(output.getAll());
      assertThat(line.find()).as("password line for %s", demo.username()).isTrue();
      String hash = accounts.findByUsername(demo.username()).orElseThrow().passwordHash();
      assertThat(encoder.matches(line.group(1), hash)).isTrue();
    }
  }
}
