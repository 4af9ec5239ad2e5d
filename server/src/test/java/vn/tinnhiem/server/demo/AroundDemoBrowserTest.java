package vn.tinnhiem.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tinnhiem.server.account.AccountService;
import vn.tinnhiem.server.account.Role;
import vn.tinnhiem.server.browser.RequiresChromium;
import vn.tinnhiem.server.browser.Screenshots;
import vn.tinnhiem.server.browser.Waits;
import vn.tinnhiem.server.history.HistoryService;
import vn.tinnhiem.server.live.ProjectorLinks;
import vn.tinnhiem.server.news.NewsService;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.VoteSession;

/**
 * The issue's "done when", clicked through the demo in Chromium: the conference in
 * preparation with dossiers and an answered question (as the secretary and as the subject),
 * the projector following the roll call a site secretary takes in another tab, a person's
 * history over the rounds with its chart, and the published news item.
 * Screenshots: {@code target/screenshots/around-*.png}.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    // a context of its own: ResultsBrowserTest reads the demo passwords from the start-up
    // log of a context with only tinnhiem.demo=true, so it must start that one itself
    properties = {"tinnhiem.demo=true", "tinnhiem.around-demo-test=true"})
class AroundDemoBrowserTest {

  @LocalServerPort
  int port;

  @Autowired
  AccountService accounts;

  @Autowired
  SessionService sessions;

  @Autowired
  ProjectorLinks links;

  @Autowired
  HistoryService history;

  @Autowired
  NewsService news;

  WebDriver browser;
  WebDriverWait wait;

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  @Test
  void theDemoShowsPreparationProjectorHistoryAndNews(WebDriver driver) {
    browser = driver;
    wait = Waits.acrossPageLoads(driver, Duration.ofSeconds(15), Duration.ofMillis(50));
    VoteSession demo = sessions.list().stream()
        .filter(s -> s.details().title().equals(DemoConference.TITLE)).findFirst().orElseThrow();
    String secretary = accounts.issue("secretary", Role.SECRETARY, "Trần Thị B");
    String subject = accounts.issue(AroundDemo.SUBJECT_ACCOUNT, Role.PARTICIPANT, "Trần Thị B");
    String site = accounts.issue(DemoConference.HANOI_SECRETARY, Role.SITE_SECRETARY, "Lê Văn C");

    signIn("secretary", secretary);
    browser.get(url("/sessions/" + demo.id() + "/preparation?lang=vi"));
    assertThat(text("main")).contains("bao-cao-tu-kiem-diem-1.pdf").contains("Bùi Thị H")
        .contains("Xin cảm ơn đồng chí");
    Screenshots.saveFullPage(browser, "around-1-preparation-secretary");

    long person = history.links(demo.id()).get(1).person().id();
    browser.get(url("/people/" + person));
    assertThat(text("main")).contains("năm 2024").contains("năm 2025");
    wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
        "const i = document.querySelector('img.history-chart');"
            + " return i !== null && i.complete && i.naturalWidth > 0;")));
    Screenshots.saveFullPage(browser, "around-2-history");

    signIn(AroundDemo.SUBJECT_ACCOUNT, subject);
    browser.get(url("/preparation"));
    browser.findElement(By.linkText(DemoConference.TITLE)).click();
    String toHer = browser.findElements(By.cssSelector(".question")).stream()
        .map(e -> e.getText()).filter(t -> t.startsWith("Gửi Trần Thị B")).findFirst()
        .orElseThrow();
    assertThat(toHer).contains("Người hỏi không nêu tên").doesNotContain("Bùi Thị H")
        .contains("Sửa câu trả lời");
    Screenshots.saveFullPage(browser, "around-3-preparation-subject");

    String token = links.renew(demo.id(), AroundDemo.BY).orElseThrow();
    browser.get(url("/news/" + news.published().get(0).id()));
    assertThat(text("main")).contains("Quang cảnh hội nghị").contains("Lượt xem: ");
    Screenshots.saveFullPage(browser, "around-4-news");

    // The conference opens; the projector follows the roll call taken in another tab.
    signIn("secretary", secretary);
    browser.get(url("/sessions/" + demo.id()));
    browser.findElement(By.cssSelector("form[action$='/open'] button")).click();
    String projectorTab = browser.getWindowHandle();
    browser.get(url("/projector/" + token));
    wait.until(d -> "live".equals(d.findElement(By.cssSelector("[data-connection]"))
        .getAttribute("data-connection")));
    assertThat(present()).isEqualTo("0");
    browser.switchTo().newWindow(WindowType.TAB);
    signIn(DemoConference.HANOI_SECRETARY, site);
    browser.get(url("/sessions/" + demo.id() + "/roll"));
    browser.findElement(By.linkText(DemoConference.HANOI)).click();
    browser.findElement(By.cssSelector("form[action$='/rest-present'] button")).click();
    browser.switchTo().window(projectorTab);
    wait.until(d -> "5".equals(present()));
    Screenshots.saveFullPage(browser, "around-5-projector-after-roll-call");
  }

  private String present() {
    return (String) ((JavascriptExecutor) browser).executeScript(
        "const e = document.querySelector('[data-figure=present]');"
            + " return e ? e.textContent.trim() : null;");
  }

  private String text(String css) {
    return browser.findElement(By.cssSelector(css)).getText();
  }

  private void signIn(String username, String password) {
    browser.get(url("/login?lang=vi"));
    var signOut = browser.findElements(By.cssSelector("header form button"));
    if (!signOut.isEmpty()) {
      signOut.get(0).click();
      wait.until(d -> d.getCurrentUrl().contains("/login"));
    }
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.cssSelector("form.login button[type=submit]")).click();
    wait.until(d -> d.getCurrentUrl().endsWith("/account"));
  }
}
