package vn.tinnhiem.server.booth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.tinnhiem.crypto.credential.Credentials;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.trustee.SingleTrusteeKey;
import vn.tinnhiem.server.TestFlow;
import vn.tinnhiem.server.account.AccountService;
import vn.tinnhiem.server.account.AccountUser;
import vn.tinnhiem.server.account.Role;
import vn.tinnhiem.server.account.TestUsers;
import vn.tinnhiem.server.browser.RequiresChromium;
import vn.tinnhiem.server.browser.Screenshots;
import vn.tinnhiem.server.browser.Waits;
import vn.tinnhiem.server.ceremony.CountingBoardService;
import vn.tinnhiem.server.roll.RollService;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.Site;
import vn.tinnhiem.server.session.TestConferences;
import vn.tinnhiem.server.session.TestConferences.Conference;

/**
 * The slips and booth pages against the real application (controllers, security, CSP, the
 * webjar, the voting API): a secretary's browser makes and prints each site's slips, then a
 * voter casts at the booth with a printed credential and the tracking code is on the board.
 * The key ceremony (one trustee) runs over the API in Java.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class BoothServerBrowserTest {
  private static final AccountUser SECRETARY = TestUsers.of(Role.SECRETARY);
  private static final Pattern LINK = Pattern.compile("/trustee/([1-9A-HJ-NP-Za-km-z]{32})");

  @LocalServerPort
  int port;
  @Autowired
  MockMvcTester mvc;
  @Autowired
  SessionService sessions;
  @Autowired
  RollService roll;
  @Autowired
  CountingBoardService boards;
  @Autowired
  AccountService accounts;

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  @Test
  void slipsPrintedBySiteThenABallotCastAtTheBooth(WebDriver driver) throws Exception {
    Conference c = TestConferences.opened(sessions, 3, 2, 2);
    TestFlow.roll(roll, c, c.hanoi(), 3);
    TestFlow.roll(roll, c, c.hcm(), 2);
    TestFlow.electBoard(boards, c, 1);
    roll.openVoting(c.id(), TestFlow.BY).orElseThrow();
    singleTrusteeCeremony(c.id());

    String password = accounts.issue("booth-secretary", Role.SECRETARY, "Nguyễn Thị Thư Ký");
    driver.get(url("/login"));
    driver.findElement(By.id("username")).sendKeys("booth-secretary");
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.cssSelector("form.login button")).click();
    Waits.acrossPageLoads(driver, Duration.ofSeconds(10), Duration.ofMillis(100))
        .until(d -> d.getCurrentUrl().contains("/account"));

    List<String> credentials = new ArrayList<>();
    for (Site site : List.of(c.hanoi(), c.hcm())) {
      credentials.addAll(printSlips(driver, c.id(), site.id()));
    }
    assertThat(credentials).hasSize(5).doesNotHaveDuplicates();
    assertThat(mvc.post().uri("/sessions/{id}/voting/open", c.id()).with(user(SECRETARY))
        .with(csrf()).exchange()).hasStatus3xxRedirection();

    driver.get(url("/booth/" + c.id()));
    WebDriverWait wait = Waits.acrossPageLoads(driver, Duration.ofSeconds(30),
        Duration.ofMillis(50));
    wait.until(d -> "start".equals(screen(d)));
    Screenshots.saveFullPage(driver, "booth-0-start");
    encryptFirstChoices(driver, wait, credentials.get(0));
    String code = driver.findElement(By.id("tracking-code")).getText();
    driver.findElement(By.id("cast-button")).click();
    wait.until(d -> "cast".equals(screen(d)));
    assertThat(driver.findElement(By.id("cast-tracking-code")).getText()).isEqualTo(code);
    assertThat(driver.findElement(By.id("cast-note")).isDisplayed()).isFalse();

    MvcTestResult board = mvc.get().uri("/api/sessions/{id}/board", c.id()).exchange();
    assertThat(JsonParser.parse(board.getResponse().getContentAsByteArray()).asObject()
        .get("tracking_codes").asList(j -> j.asString())).containsExactly(code);

    // A credential of another election: the server's refusal is shown in the voter's language.
    driver.findElement(By.id("done-button")).click();
    wait.until(d -> "start".equals(screen(d)));
    encryptFirstChoices(driver, wait, Credentials.generate());
    driver.findElement(By.id("cast-button")).click();
    wait.until(d -> d.findElement(By.id("cast-error")).isDisplayed());
    System.out.println("[booth] server refusal shown: "
        + driver.findElement(By.id("cast-error")).getText());
    assertThat(driver.findElement(By.id("cast-error")).getText())
        .startsWith("Phiếu chưa được ghi nhận: ").doesNotContain("lỗi 422");
    Screenshots.saveFullPage(driver, "booth-10-server-refusal");
  }

  /** From the start screen: the credential, the first choice on every row, encryption. */
  private static void encryptFirstChoices(WebDriver driver, WebDriverWait wait,
      String credential) {
    driver.findElement(By.id("start-button")).click();
    driver.findElement(By.id("credential-input")).sendKeys(credential + "\n");
    wait.until(d -> "ballot".equals(screen(d)));
    ((JavascriptExecutor) driver).executeScript(
        "document.querySelectorAll('#questions fieldset').forEach(f =>"
            + " f.querySelector('input').click())");
    driver.findElement(By.cssSelector("#ballot-form button[type=submit]")).click();
    wait.until(d -> "review".equals(screen(d)));
    driver.findElement(By.id("encrypt-button")).click();
    wait.until(d -> "encrypted".equals(screen(d)));
  }

  private static String screen(WebDriver driver) {
    return driver.findElement(By.id("booth")).getAttribute("data-screen");
  }

  /** One counting-board member: the single-trustee key, posted through their link. */
  private void singleTrusteeCeremony(long sessionId) throws Exception {
    MvcTestResult page = mvc.post().uri("/sessions/{id}/voting/ceremony", sessionId)
        .with(user(SECRETARY)).with(csrf()).param("threshold", "1").exchange();
    assertThat(page).hasStatusOk();
    Matcher link = LINK.matcher(page.getResponse().getContentAsString());
    assertThat(link.find()).isTrue();
    SingleTrusteeKey key = SingleTrusteeKey.generate(Group.BELENIOS_2048);
    MvcTestResult posted = mvc.post().uri("/api/trustee/{t}/public-key", link.group(1))
        .contentType(MediaType.APPLICATION_JSON)
        .content(key.publicKey().write().getBytes(StandardCharsets.UTF_8)).exchange();
    assertThat(posted.getResponse().getStatus()).as(posted.getResponse().getContentAsString())
        .isEqualTo(201);
  }

  /** The site's slips page, as the secretary's browser makes and shows them. */
  private List<String> printSlips(WebDriver driver, long sessionId, long siteId) {
    driver.get(url("/sessions/" + sessionId + "/slips/sites/" + siteId));
    WebDriverWait wait = Waits.acrossPageLoads(driver, Duration.ofSeconds(30),
        Duration.ofMillis(100));
    WebElement make = wait.until(d -> {
      WebElement b = d.findElement(By.id("slips-generate"));
      return b.isDisplayed() ? b : null;
    });
    make.click();
    wait.until(d -> "printable".equals(
        d.findElement(By.id("slips-page")).getAttribute("data-phase")));
    Screenshots.saveFullPage(driver, "slips-7-server-site-" + siteId);
    return driver.findElements(By.cssSelector("#slips [data-credential]")).stream()
        .map(WebElement::getText).toList();
  }
}
