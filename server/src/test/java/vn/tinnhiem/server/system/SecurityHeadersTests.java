package vn.tinnhiem.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Every kind of page carries the security headers: a CSP without inline script that forbids
 * framing, no MIME sniffing, no framing; a staff session expires when idle.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityHeadersTests {

  @Autowired
  MockMvcTester mvc;
  @Autowired
  org.springframework.core.env.Environment environment;

  @Test
  void pagesCarryTheSecurityHeaders() {
    for (String path : List.of("/", "/login", "/booth/999999", "/board/999999",
        "/trustee/xxxxxxxx", "/api/sessions/999999/election", "/actuator/health")) {
      MvcTestResult r = mvc.get().uri(path).exchange();
      String csp = r.getResponse().getHeader("Content-Security-Policy");
      assertThat(csp).as(path).contains("script-src 'self'")
          .contains("frame-ancestors 'none'").contains("object-src 'none'")
          .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
      assertThat(r.getResponse().getHeader("X-Content-Type-Options")).as(path)
          .isEqualTo("nosniff");
      assertThat(r.getResponse().getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
    }
  }

  @Test
  void staffSessionsExpireWhenIdle() {
    assertThat(environment.getProperty("server.servlet.session.timeout")).isEqualTo("30m");
  }
}
