package vn.tinnhiem.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The public home page, its two languages, and the public health endpoint. */
@SpringBootTest
@AutoConfigureMockMvc
class HomePageTests {

  private static final String VIETNAMESE_HEADING = "Lấy phiếu tín nhiệm bí mật và kiểm chứng được";
  private static final String ENGLISH_HEADING = "Secret and verifiable confidence votes";

  @Autowired
  MockMvcTester mvc;

  @Test
  void showsVietnameseByDefault() {
    MvcTestResult result = mvc.get().uri("/").exchange();

    assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
    assertThat(result).bodyText()
        .contains("<html lang=\"vi\">")
        .contains(VIETNAMESE_HEADING)
        .contains(">Đăng nhập<")
        .contains("href=\"?lang=en\"")
        .doesNotContain(ENGLISH_HEADING);
  }

  @Test
  void ignoresTheBrowserLanguage() {
    MvcTestResult result = mvc.get().uri("/")
        .header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9").exchange();

    assertThat(result).bodyText().contains(VIETNAMESE_HEADING);
  }

  @Test
  void switchesToEnglishWithTheLangParameter() {
    MvcTestResult result = mvc.get().uri("/?lang=en").exchange();

    assertThat(result).hasStatusOk();
    assertThat(result).bodyText()
        .contains("<html lang=\"en\">")
        .contains(ENGLISH_HEADING)
        .contains(">Sign in<")
        .doesNotContain(VIETNAMESE_HEADING);
    assertThat(result).cookies().hasValue(WebConfiguration.LANG_COOKIE, "en");
  }

  @Test
  void remembersTheLanguageInACookie() {
    MvcTestResult result = mvc.get().uri("/")
        .cookie(new Cookie(WebConfiguration.LANG_COOKIE, "en")).exchange();

    assertThat(result).bodyText().contains(ENGLISH_HEADING);
  }

  @Test
  void switchesBackToVietnamese() {
    MvcTestResult result = mvc.get().uri("/?lang=vi")
        .cookie(new Cookie(WebConfiguration.LANG_COOKIE, "en")).exchange();

    assertThat(result).bodyText().contains(VIETNAMESE_HEADING);
    assertThat(result).cookies().hasValue(WebConfiguration.LANG_COOKIE, "vi");
  }

  @Test
  void hasNoInlineScriptsOrStylesAndSendsAContentSecurityPolicy() {
    MvcTestResult result = mvc.get().uri("/").exchange();

    assertThat(result).bodyText().doesNotContain("<script").doesNotContain(" style=");
    assertThat(result).headers().hasHeaderSatisfying("Content-Security-Policy",
        csp -> assertThat(csp).singleElement().asString().contains("script-src 'self'"));
  }

  @Test
  void servesTheStylesheetPublicly() {
    assertThat(mvc.get().uri("/css/site.css").exchange()).hasStatusOk();
  }

  @Test
  void healthIsPublic() {
    MvcTestResult result = mvc.get().uri("/actuator/health").exchange();

    assertThat(result).hasStatusOk();
    assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("UP");
  }

  @Test
  void otherActuatorEndpointsAreNotPublic() {
    assertThat(mvc.get().uri("/actuator/env").exchange()).hasStatus3xxRedirection();
  }
}
