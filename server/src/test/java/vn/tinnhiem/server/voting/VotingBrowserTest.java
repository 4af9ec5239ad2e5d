package vn.tinnhiem.server.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import java.util.Random;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.oracle.BeleniosTool;
import vn.tinnhiem.crypto.verify.Progress;
import vn.tinnhiem.crypto.verify.Verdict;
import vn.tinnhiem.crypto.verify.Verifier;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.tinnhiem.server.TestFlow;
import vn.tinnhiem.server.counting.CountSheet;
import vn.tinnhiem.server.counting.CountingService;
import vn.tinnhiem.server.counting.SubjectCount;
import vn.tinnhiem.server.account.AccountService;
import vn.tinnhiem.server.account.Role;
import vn.tinnhiem.crypto.oracle.RequiresBeleniosTool;
import vn.tinnhiem.server.browser.RequiresChromium;
import vn.tinnhiem.server.browser.Screenshots;
import vn.tinnhiem.server.browser.Waits;
import vn.tinnhiem.server.ceremony.CountingBoardService;
import vn.tinnhiem.server.roll.RollService;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.TestConferences;
import vn.tinnhiem.server.session.TestConferences.Conference;

/**
 * The issue's end-to-end electronic vote in headless Chromium on the real server: a two-site
 * conference (9 summoned, 7 present, 3 subjects); the secretary starts the key ceremony; the
 * three counting-board members make a 2-of-3 key on their trustee pages (protected key files
 * downloaded and loaded back); the slips of both sites are made in the browser; seven voters
 * vote at the booth (the first audits a ballot first, the second votes again); the box closes;
 * two members decrypt; the count closes and the results show the bands; the archive passes our
 * Verifier and belenios-tool with the same result. Screenshots go to
 * {@code target/screenshots/voting-*.png}.
 */
@RequiresChromium
@RequiresBeleniosTool
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class VotingBrowserTest {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String PASSPHRASE = "hoa sen nở giữa đầm lầy";

  @LocalServerPort
  int port;
  @Autowired
  MockMvcTester mvc;
  @Autowired
  AccountService accounts;
  @Autowired
  SessionService sessions;
  @Autowired
  RollService roll;
  @Autowired
  CountingBoardService boards;
  @Autowired
  CountingService counting;
  @Autowired
  org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @TempDir
  Path downloads;

  private WebDriver browser;
  private WebDriverWait wait;
  private final AtomicInteger shot = new AtomicInteger();

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void aConferenceVotesElectronicallyFromKeysToResults(WebDriver driver, CapturedOutput output)
      throws Exception {
    browser = driver;
    wait = Waits.acrossPageLoads(driver, WAIT, Duration.ofMillis(100));
    ((ChromeDriver) driver).executeCdpCommand("Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
    Conference c = TestConferences.opened(sessions, 5, 4, 3);
    TestFlow.roll(roll, c, c.hanoi(), 4);
    TestFlow.roll(roll, c, c.hcm(), 3);
    TestFlow.electBoard(boards, c, 3);
    roll.openVoting(c.id(), TestFlow.BY).orElseThrow();

    String password = accounts.issue("v-secretary", Role.SECRETARY, "Nguyễn Thị Thư Ký");
    signIn("v-secretary", password);
    browser.get(url("/sessions/" + c.id() + "/voting"));
    WebElement threshold = browser.findElement(By.id("threshold"));
    assertThat(threshold.getAttribute("value")).isEqualTo("2");
    screenshot("voting-start");
    browser.findElement(By.cssSelector("form[action$='/voting/ceremony'] button[type=submit]"))
        .click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.trustee-link")));
    screenshot("voting-links");
    List<String> links = new ArrayList<>();
    for (WebElement a : browser.findElements(By.cssSelector("a.trustee-link"))) {
      links.add(a.getAttribute("href"));
    }
    assertThat(links).hasSize(3);

    // Step 1 for each member: passphrase, protected key file, certificate sent.
    List<Path> keyFiles = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      browser.get(links.get(i));
      waitForStep("certificate");
      WebElement form = panel("generate");
      form.findElement(By.name("passphrase")).sendKeys(PASSPHRASE);
      form.findElement(By.name("confirm")).sendKeys(PASSPHRASE);
      form.findElement(By.cssSelector("button[type=submit]")).click();
      wait.until(d -> panel("generated").isDisplayed());
      int member = i + 1;
      Path file = wait.until(d -> keyFile(member));
      keyFiles.add(file);
      browser.findElement(By.cssSelector("[data-field=saved]")).click();
      browser.findElement(By.cssSelector("[data-field=send]")).click();
      waitForStep(i < 2 ? "wait-certificates" : "polynomial");
      if (i == 0) {
        screenshot("trustee-wait");
      }
    }
    for (String step : List.of("polynomial", "voutput")) {
      for (int i = 0; i < 3; i++) {
        browser.get(links.get(i));
        waitForStep(step);
        useKey(keyFiles.get(i));
        waitForStep(i < 2 ? "wait-" + step + "s" : step.equals("polynomial") ? "voutput"
            : "keys-done");
      }
    }
    browser.get(links.get(0));
    waitForStep("keys-done");
    String fingerprint = browser.findElement(By.cssSelector("[data-field=fingerprint]"))
        .getText();
    screenshot("trustee-keys-done");
    browser.get(url("/sessions/" + c.id() + "/voting"));
    assertThat(browser.findElement(By.cssSelector("code.fingerprint")).getText())
        .isEqualTo(fingerprint);
    screenshot("voting-keys-done");

    // Slips: the secretary's browser makes each site's slips; only public credentials leave it.
    List<String> credentials = new ArrayList<>();
    for (long siteId : new long[] {c.hanoi().id(), c.hcm().id()}) {
      browser.get(url("/sessions/" + c.id() + "/slips/sites/" + siteId));
      WebElement make = wait.until(d -> {
        WebElement b = d.findElement(By.id("slips-generate"));
        return b.isDisplayed() ? b : null;
      });
      make.click();
      wait.until(d -> "printable".equals(
          d.findElement(By.id("slips-page")).getAttribute("data-phase")));
      credentials.addAll(browser.findElements(By.cssSelector("#slips [data-credential]"))
          .stream().map(WebElement::getText).toList());
    }
    screenshot("slips");
    assertThat(credentials).hasSize(7).doesNotHaveDuplicates();
    browser.get(url("/sessions/" + c.id() + "/voting"));
    browser.findElement(By.cssSelector("form[action$='/voting/open'] button")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("form[action$='/voting/close']")));
    screenshot("voting-open");

    // Seven voters at the booth; the first audits a ballot before casting, the second votes
    // again later (the last ballot counts).
    Random random = new Random(3);
    int[][][] votes = new int[7][][];
    List<String> codes = new ArrayList<>();
    browser.get(url("/booth/" + c.id()));
    for (int v = 0; v < 7; v++) {
      votes[v] = VotingFlowTests.randomVote(random, 3);
      codes.add(vote(credentials.get(v), votes[v], v == 0));
    }
    votes[1] = VotingFlowTests.randomVote(random, 3);
    codes.add(vote(credentials.get(1), votes[1], false));
    MvcTestResult board = mvc.get().uri("/api/sessions/{id}/board", c.id()).exchange();
    assertThat(JsonParser.parse(board.getResponse().getContentAsByteArray()).asObject()
        .get("tracking_codes").asList(j -> j.asString())).containsExactlyElementsOf(codes);

    browser.get(url("/sessions/" + c.id() + "/voting"));
    browser.findElement(By.cssSelector("form[action$='/voting/close'] button")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".voting-state"), "chờ giải mã"));

    // Two of the three members decrypt with their key files.
    for (int i : new int[] {0, 2}) {
      browser.get(links.get(i));
      waitForStep("decrypt");
      useKey(keyFiles.get(i));
      waitForStep(i == 0 ? "decrypted" : "done");
    }
    screenshot("trustee-done");
    browser.get(url("/sessions/" + c.id() + "/voting"));
    assertThat(browser.findElement(By.cssSelector(".voting-state")).getText())
        .isEqualTo("Đã giải mã kết quả");
    long[][] expected = VotingFlowTests.expectedCounts(votes);
    CountSheet sheet = counting.sheet(c.id()).orElseThrow();
    for (int i = 0; i < 3; i++) {
      SubjectCount s = sheet.subjects().get(i);
      assertThat(new long[] {s.high(), s.confident(), s.low()}).isEqualTo(expected[i]);
    }

    // The count closes on the electronic figures alone; the results show every band.
    String board2 = accounts.issue("v-board", Role.COUNTING_BOARD, "Đặng Văn G");
    signOut();
    signIn("v-board", board2);
    browser.get(url("/sessions/" + c.id() + "/counting"));
    browser.findElement(By.cssSelector("form[action$='/counting/start'] button")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("form[action$='/counting/close']")));
    screenshot("counting");
    WebElement closeCount = browser.findElement(
        By.cssSelector("form[action$='/counting/close'] button"));
    closeCount.click();
    wait.until(ExpectedConditions.stalenessOf(closeCount)); // the answer page has loaded
    assertThat(browser.findElements(By.cssSelector("form[action$='/counting/close']")))
        .as(browser.findElement(By.tagName("main")).getText()).isEmpty();
    browser.get(url("/sessions/" + c.id() + "/results"));
    String results = browser.findElement(By.tagName("main")).getText();
    for (int i = 0; i < 3; i++) {
      assertThat(results).contains("Người được lấy phiếu " + (i + 1));
    }
    assertThat(browser.findElements(By.cssSelector(".band"))).hasSizeGreaterThanOrEqualTo(3);
    screenshot("results");

    // The archive of the board passes our Verifier and belenios-tool, with the same result.
    MvcTestResult archive = mvc.get().uri("/board/{id}/archive.bel", c.id()).exchange();
    String uuid = actorsState(links.get(0));
    Path dir = Files.createDirectories(downloads.resolve("election"));
    Path file = dir.resolve(uuid + ".bel");
    Files.write(file, archive.getResponse().getContentAsByteArray());
    Verdict verdict = Verifier.verify(file, Progress.NONE);
    assertThat(verdict.valid()).as(String.valueOf(verdict.failure())).isTrue();
    assertThat(verdict.result().counts()).isDeepEqualTo(expected);
    assertThat(verdict.summary().ballots()).isEqualTo(8);
    BeleniosTool tool = BeleniosTool.locate();
    BeleniosTool.ToolResult checked = tool.verify(dir);
    assertThat(checked.exitCode()).as(checked.stderr()).isZero();
    browser.get(url("/board/" + c.id()));
    screenshot("public-board");

    // No passphrase, credential or key file content reached the server's log or database.
    List<String> secrets = new ArrayList<>(credentials);
    secrets.add(PASSPHRASE);
    for (String secret : secrets) {
      assertThat(output.getAll()).doesNotContain(secret);
      assertThat(TestElectionActors.rowsContaining(jdbc, secret)).isZero();
    }
  }

  private String actorsState(String link) throws Exception {
    return new TestElectionActors(mvc, 0).state(tokenOf(link)).asObject().get("uuid")
        .asString();
  }

  /**
   * One voter at the booth: credential, a choice per row, review, encryption; optionally an
   * audit first (the audited ballot is thrown away and a new one made); then the cast. Returns
   * the tracking code shown.
   */
  private String vote(String credential, int[][] choices, boolean auditFirst) {
    wait.until(d -> "start".equals(screen()));
    browser.findElement(By.id("start-button")).click();
    browser.findElement(By.id("credential-input")).sendKeys(credential + "\n");
    wait.until(d -> "ballot".equals(screen()));
    for (int q = 0; q < choices.length; q++) {
      List<WebElement> inputs = browser.findElements(
          By.cssSelector("fieldset[data-question='" + q + "'] input"));
      int level = 0;
      while (choices[q][level] == 0) {
        level++;
      }
      inputs.get(level).click();
    }
    browser.findElement(By.cssSelector("#ballot-form button[type=submit]")).click();
    wait.until(d -> "review".equals(screen()));
    browser.findElement(By.id("encrypt-button")).click();
    wait.until(d -> "encrypted".equals(screen()));
    if (auditFirst) {
      String audited = browser.findElement(By.id("tracking-code")).getText();
      browser.findElement(By.id("audit-button")).click();
      wait.until(d -> "audit".equals(screen()));
      wait.until(d -> d.findElement(By.id("audit-result")).getAttribute("class")
          .matches("ok|bad"));
      assertThat(browser.findElement(By.id("audit-result")).getAttribute("class"))
          .isEqualTo("ok");
      screenshot("booth-audit");
      browser.findElement(By.id("audit-again")).click();
      wait.until(d -> "review".equals(screen()) || "encrypted".equals(screen()));
      if ("review".equals(screen())) {
        browser.findElement(By.id("encrypt-button")).click();
        wait.until(d -> "encrypted".equals(screen()));
      }
      assertThat(browser.findElement(By.id("tracking-code")).getText()).isNotEqualTo(audited);
    }
    String code = browser.findElement(By.id("tracking-code")).getText();
    browser.findElement(By.id("cast-button")).click();
    wait.until(d -> "cast".equals(screen()));
    assertThat(browser.findElement(By.id("cast-tracking-code")).getText()).isEqualTo(code);
    browser.findElement(By.id("done-button")).click();
    return code;
  }

  private String screen() {
    return browser.findElement(By.id("booth")).getAttribute("data-screen");
  }

  private void signOut() {
    browser.findElement(By.cssSelector("header form button")).click();
    wait.until(ExpectedConditions.urlContains("/login"));
  }

  private static String tokenOf(String link) {
    return link.substring(link.lastIndexOf('/') + 1);
  }

  private Path keyFile(int member) {
    try (var files = Files.list(downloads)) {
      return files.filter(f -> f.getFileName().toString().endsWith("-thanh-vien-" + member
          + ".json")).findFirst().orElse(null);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void useKey(Path file) {
    WebElement form = panel("key");
    form.findElement(By.name("file")).sendKeys(file.toAbsolutePath().toString());
    form.findElement(By.name("passphrase")).sendKeys(PASSPHRASE);
    form.findElement(By.cssSelector("button[type=submit]")).click();
  }

  private WebElement panel(String name) {
    return browser.findElement(By.cssSelector("[data-panel=" + name + "]"));
  }

  private void waitForStep(String step) {
    wait.until(d -> d.findElement(By.cssSelector("[data-step=\"" + step + "\"]")).isDisplayed());
  }

  private void signIn(String username, String password) {
    browser.get(url("/login"));
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.cssSelector("form.login button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("/account"));
  }

  private void screenshot(String name) {
    Screenshots.saveFullPage(browser, String.format("voting-%02d-%s", shot.incrementAndGet(),
        name));
  }
}
