package vn.tinnhiem.server;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** {@code ?lang=en} switches to English and a cookie remembers it; Vietnamese is the default. */
@SpringBootTest
@AutoConfigureMockMvc
class LanguageCookieTests {

  @Autowired
  MockMvcTester mvc;

  @Test
  void theLanguageChosenIsRememberedInACookie() {
    MvcTestResult switched = mvc.get().uri("/news?lang=en").exchange();
    assertThat(switched).hasStatusOk().bodyText().contains("<html lang=\"en\"");
    Cookie cookie = switched.getResponse().getCookie("tinnhiem-lang");
    assertThat(cookie).isNotNull();
    assertThat(cookie.getMaxAge()).isGreaterThan(30 * 24 * 3600);
    assertThat(cookie.isHttpOnly()).isTrue();

    assertThat(mvc.get().uri("/news").cookie(cookie).exchange()).hasStatusOk().bodyText()
        .contains("<html lang=\"en\"").contains("News");
    assertThat(mvc.get().uri("/news").exchange()).hasStatusOk().bodyText()
        .contains("<html lang=\"vi\"").contains("Tin tức");
  }

  @Test
  void theBrowsersLanguageDoesNotOverrideVietnamese() {
    assertThat(mvc.get().uri("/").header("Accept-Language", "en-US,en").exchange())
        .hasStatusOk().bodyText().contains("<html lang=\"vi\"");
  }
}
