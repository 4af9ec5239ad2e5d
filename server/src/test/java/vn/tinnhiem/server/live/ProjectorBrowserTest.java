package vn.tinnhiem.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tinnhiem.server.TestFlow;
import vn.tinnhiem.server.browser.RequiresChromium;
import vn.tinnhiem.server.browser.Screenshots;
import vn.tinnhiem.server.roll.RollService;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.TestConferences;
import vn.tinnhiem.server.session.TestConferences.Conference;

/**
 * The projector in Chromium: opened by its secret link with no sign-in, it shows a roll-call
 * change made elsewhere without a reload (Server-Sent Events), in Vietnamese and English.
 * Screenshots: {@code target/screenshots/projector-*.png}.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProjectorBrowserTest {

  @LocalServerPort
  int port;

  @Autowired
  SessionService sessions;

  @Autowired
  RollService roll;

  @Autowired
  ProjectorLinks links;

  @Test
  void aRollCallChangeArrivesWithoutReloading(WebDriver browser) {
    Conference c = TestConferences.opened(sessions, 4, 3, 2);
    String token = links.renew(c.id(), TestFlow.BY).orElseThrow();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15),
        Duration.ofMillis(50));
    browser.get("http://localhost:" + port + "/projector/" + token + "?lang=vi");
    wait.until(d -> "live".equals(connection(d)));
    assertThat(present(browser)).isEqualTo("0");
    Object marker = ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("window.notReloaded = true; return window.notReloaded;");
    assertThat(marker).isEqualTo(true);
    Screenshots.saveFullPage(browser, "projector-1-no-quorum");

    TestFlow.roll(roll, c, c.hanoi(), 4);
    TestFlow.roll(roll, c, c.hcm(), 1);

    wait.until(d -> "5".equals(present(d)));
    assertThat(browser.findElement(By.cssSelector(".projector-verdict")).getText())
        .contains("Đủ số đại biểu");
    assertThat(((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("return window.notReloaded === true;")).as("same page, no reload")
        .isEqualTo(true);
    assertThat(browser.findElement(By.cssSelector("[data-stream]")).getAttribute("data-updates"))
        .isNotNull();
    Screenshots.saveFullPage(browser, "projector-2-quorum");

    browser.get("http://localhost:" + port + "/projector/" + token + "?lang=en");
    wait.until(d -> "live".equals(connection(d)));
    TestFlow.roll(roll, c, c.hanoi(), 2);
    wait.until(d -> "3".equals(present(d)));
    assertThat(browser.findElement(By.cssSelector(".projector-verdict")).getText())
        .contains("No quorum yet");
    Screenshots.saveFullPage(browser, "projector-3-english");
    browser.get("http://localhost:" + port + "/?lang=vi");
  }

  private static String connection(WebDriver d) {
    return d.findElement(By.cssSelector("[data-connection]")).getAttribute("data-connection");
  }

  /** Read in one script: the element is replaced by every update. */
  private static String present(WebDriver d) {
    return (String) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
        "const e = document.querySelector('[data-figure=present]');"
            + " return e ? e.textContent.trim() : null;");
  }
}
