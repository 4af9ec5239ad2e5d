package vn.tinnhiem.server.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Form sign-in against accounts stored in {@code app_user}. */
@SpringBootTest
@AutoConfigureMockMvc
class SignInTests {

  private static final String PASSWORD = "mật khẩu thử 123";

  @Autowired
  MockMvcTester mvc;

  @Autowired
  AccountRepository accounts;

  @Autowired
  PasswordEncoder encoder;

  Account secretary;

  @BeforeEach
  void storeAccount() {
    secretary = new Account(
        "tran.thi.b", encoder.encode(PASSWORD), Role.SECRETARY, "Trần Thị B", true);
    accounts.save(secretary);
  }

  @Test
  void loginPageIsPublicAndCarriesACsrfToken() {
    MvcTestResult result = mvc.get().uri("/login").exchange();

    assertThat(result).hasStatusOk();
    assertThat(result).bodyText()
        .contains("<form class=\"login\" method=\"post\" action=\"/login\">")
        .contains("name=\"_csrf\"")
        .contains("name=\"username\"")
        .contains("name=\"password\"");
  }

  @Test
  void loginPageSpeaksEnglishOnRequest() {
    assertThat(mvc.get().uri("/login?lang=en").exchange()).bodyText().contains("Password");
  }

  @Test
  void redirectsAnonymousVisitorsOfAProtectedPageToLogin() {
    MvcTestResult result = mvc.get().uri("/account").exchange();

    assertThat(result).hasStatus3xxRedirection();
    assertThat(result).redirectedUrl().endsWith("/login");
  }

  @Test
  void signsInWithTheRightPassword() {
    MvcTestResult result = mvc.perform(formLogin().user("tran.thi.b").password(PASSWORD));

    assertThat(result).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/account");
  }

  @Test
  void rejectsAWrongPassword() {
    MvcTestResult result = mvc.perform(formLogin().user("tran.thi.b").password("sai"));

    assertThat(result).redirectedUrl().isEqualTo("/login?error");
  }

  @Test
  void rejectsADisabledAccount() {
    accounts.save(new Account("le.van.c", encoder.encode(PASSWORD), Role.OBSERVER,
        "Lê Văn C", false));

    MvcTestResult result = mvc.perform(formLogin().user("le.van.c").password(PASSWORD));

    assertThat(result).redirectedUrl().isEqualTo("/login?error");
  }

  @Test
  void rejectsLoginWithoutCsrfToken() {
    MvcTestResult result = mvc.post().uri("/login")
        .param("username", "tran.thi.b").param("password", PASSWORD).exchange();

    assertThat(result).hasStatus(403);
  }

  @Test
  void storesPasswordsAsDelegatingBcryptHashes() {
    String hash = accounts.findByUsername("tran.thi.b").orElseThrow().passwordHash();

    assertThat(hash).startsWith("{bcrypt}").doesNotContain(PASSWORD);
  }

  @Test
  void accountPageShowsNameAndRole() {
    MvcTestResult result = mvc.get().uri("/account")
        .with(user(new AccountUser(secretary))).exchange();

    assertThat(result).hasStatusOk();
    assertThat(result).bodyText()
        .contains("Trần Thị B")
        .contains("Thư ký hội nghị")
        .contains("Đăng xuất");
  }

  @Test
  void signsOut() {
    MvcTestResult result = mvc.post().uri("/logout")
        .with(user(new AccountUser(secretary))).with(csrf()).exchange();

    assertThat(result).redirectedUrl().isEqualTo("/login?logout");
  }
}
