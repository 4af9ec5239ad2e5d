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
import vn.tinnhiem.crypto.election.BallotFactory;
import vn.tinnhiem.crypto.election.BallotJson;
import vn.tinnhiem.crypto.election.Election;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.server.TestFlow;
import vn.tinnhiem.server.counting.CountSheet;
import vn.tinnhiem.server.counting.CountingService;
import vn.tinnhiem.server.counting.SubjectCount;
import vn.tinnhiem.server.account.AccountService;
import vn.tinnhiem.server.account.Role;
import vn.tinnhiem.server.browser.RequiresChromium;
import vn.tinnhiem.server.browser.Screenshots;
import vn.tinnhiem.server.ceremony.CountingBoardService;
import vn.tinnhiem.server.roll.RollService;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.TestConferences;
import vn.tinnhiem.server.session.TestConferences.Conference;

/**
 * The electronic vote in headless Chromium on the real server: the secretary starts the key
 * ceremony on the voting page, the three counting-board members make a 2-of-3 key on their
 * trustee pages (protected key files downloaded and loaded back), and later two of them
 * decrypt. Screenshots go to {@code target/screenshots/voting-*.png}.
 */
@RequiresChromium
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

  @TempDir
  Path downloads;

  private WebDriver browser;
  private WebDriverWait wait;
  private final AtomicInteger shot = new AtomicInteger();

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  @Test
  void theCountingBoardMakesTheKeyInTheBrowser(WebDriver driver) throws Exception {
    browser = driver;
    wait = new WebDriverWait(driver, WAIT, Duration.ofMillis(100));
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

    // Slips, booth: for now the voters are played in Java over the API.
    TestElectionActors actors = new TestElectionActors(mvc, c.id());
    String uuid = actors.state(tokenOf(links.get(0))).asObject().get("uuid").asString();
    Group group = Group.BELENIOS_2048;
    List<String> credentials = new ArrayList<>();
    credentials.addAll(actors.credentials(VotingFlowTests.BOARD, c.hanoi().id(), uuid, group, 4));
    credentials.addAll(actors.credentials(VotingFlowTests.BOARD, c.hcm().id(), uuid, group, 3));
    browser.get(url("/sessions/" + c.id() + "/voting"));
    browser.findElement(By.cssSelector("form[action$='/voting/open'] button")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("form[action$='/voting/close']")));
    Election election = actors.election();
    Random random = new Random(3);
    int[][][] votes = new int[7][][];
    for (int v = 0; v < 7; v++) {
      votes[v] = VotingFlowTests.randomVote(random, 3);
      TestElectionActors.assertCreated(actors.cast(BallotJson.toBytes(
          BallotFactory.create(election, credentials.get(v), votes[v]))));
    }
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
