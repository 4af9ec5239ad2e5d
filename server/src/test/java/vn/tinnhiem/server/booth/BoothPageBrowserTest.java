package vn.tinnhiem.server.booth;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tinnhiem.server.booth.TestElections.assertAccepted;
import static vn.tinnhiem.server.booth.TestElections.assertReencrypts;
import static vn.tinnhiem.server.booth.TestElections.confidence;
import static vn.tinnhiem.server.booth.TestElections.confidenceQuestions;
import static vn.tinnhiem.server.booth.TestElections.text;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.tinnhiem.crypto.Check;
import vn.tinnhiem.crypto.credential.Credentials;
import vn.tinnhiem.crypto.election.Ballot;
import vn.tinnhiem.crypto.election.BallotCheck;
import vn.tinnhiem.crypto.election.BallotJson;
import vn.tinnhiem.crypto.election.Election;
import vn.tinnhiem.crypto.election.Question;
import vn.tinnhiem.crypto.group.Ciphertext;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.group.Hash;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.json.JsonWriter;
import vn.tinnhiem.crypto.trustee.SingleTrusteeKey;
import vn.tinnhiem.server.HtmlConformance;
import vn.tinnhiem.server.browser.RequiresChromium;
import vn.tinnhiem.server.browser.Screenshots;

/**
 * The booth page (templates/booth, js/booth/booth-page.js) in headless Chromium against a
 * canned API that checks ballots as the server will (BallotCheck, registered credentials).
 * The voter uses the keyboard only; the test then decrypts what was posted with the
 * trustee's key and compares with the choices made.
 */
@RequiresChromium
class BoothPageBrowserTest {
  private static final String PAGE = "/booth/5";
  private static final String ELECTION = "/api/sessions/5/election";
  private static final String BALLOTS = "/api/sessions/5/ballots";

  private final Group group = Group.BELENIOS_2048;
  private final SingleTrusteeKey key = SingleTrusteeKey.generate(group);
  private final String credential = Credentials.generate();
  private final Set<BigInteger> registered = ConcurrentHashMap.newKeySet();
  private TestPageServer server;
  private Election election;

  @BeforeEach
  void start() throws IOException {
    server = TestPageServer.start();
    useElection(List.of(confidence(1, true), confidence(2, false), confidence(3, true)));
    servePage(Locale.forLanguageTag("vi"), Map.of());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void useElection(List<Question> questions) {
    election = TestElections.election(group, key, questions);
    registered.add(Credentials.publicCredential(group, election.uuid(), credential));
    String bytes = text(election);
    server.route("GET", ELECTION, request -> TestPageServer.Response.json(200, bytes));
    server.route("POST", BALLOTS, request -> cast(request));
  }

  /** The server's answer to a cast: checked as BallotBox does. */
  private TestPageServer.Response cast(TestPageServer.Request request) {
    if (!request.header("content-type").startsWith("application/json")) {
      return TestPageServer.Response.problem(415, "content-type", "application/json");
    }
    Ballot ballot = BallotJson.fromBytes(request.body().getBytes(StandardCharsets.UTF_8),
        group);
    if (!registered.contains(ballot.credential())) {
      return TestPageServer.Response.problem(422, "credential-unknown", "unknown");
    }
    Check check = BallotCheck.check(election, ballot);
    if (!check.passed()) {
      return TestPageServer.Response.problem(422, "proof-invalid", check.toString());
    }
    return TestPageServer.Response.json(201, "{\"tracking_code\":\""
        + Hash.base64(request.body()) + "\",\"replaced\":false}");
  }

  private void servePage(Locale locale, Map<String, Object> extra) {
    Map<String, Object> model = new HashMap<>(extra);
    model.put("sessionId", 5L);
    model.put("title", "Hội nghị Ban Chấp hành Đảng bộ Trường — lấy phiếu tín nhiệm năm 2026");
    String html = new TemplatePages().render("booth/booth", model, locale);
    assertThat(HtmlConformance.problems(html)).isEmpty();
    server.route("GET", PAGE, request -> TestPageServer.Response.html(html));
  }

  // ---- driving the page ----------------------------------------------------------------------

  private static String screen(WebDriver driver) {
    return driver.findElement(By.id("booth")).getAttribute("data-screen");
  }

  private static void awaitScreen(WebDriver driver, String name, int seconds) {
    new WebDriverWait(driver, Duration.ofSeconds(seconds), Duration.ofMillis(20))
        .until(d -> name.equals(screen(d)));
  }

  /** Keys to whatever has the focus, as a keyboard would. */
  private static void press(WebDriver driver, CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
  }

  private static String focused(WebDriver driver) {
    WebElement active = driver.switchTo().activeElement();
    return active.getTagName() + "#" + active.getAttribute("id") + " " + active.getText();
  }

  /** Start → credential typed → ballot, keys only. */
  private void enterCredential(WebDriver driver, String typed) {
    openCredentialScreen(driver);
    press(driver, typed, Keys.ENTER);
  }

  private void openCredentialScreen(WebDriver driver) {
    driver.get(server.baseUrl() + PAGE);
    awaitScreen(driver, "start", 20);
    press(driver, Keys.TAB);
    assertThat(focused(driver)).startsWith("button#start-button");
    press(driver, Keys.ENTER);
    awaitScreen(driver, "credential", 5);
    assertThat(focused(driver)).startsWith("input#credential-input");
  }

  /**
   * Chooses per question with the keyboard: Tab into the row's radio group, Space selects the
   * first choice, arrows move to the wanted one. choice[i] is the 0-based radio (answers, then
   * "leave blank").
   */
  private static void choose(WebDriver driver, int[] choice) {
    for (int c : choice) {
      press(driver, Keys.TAB);
      assertThat(driver.switchTo().activeElement().getAttribute("type")).isEqualTo("radio");
      press(driver, Keys.SPACE);
      for (int k = 0; k < c; k++) {
        press(driver, Keys.ARROW_RIGHT);
      }
    }
    press(driver, Keys.TAB);
    assertThat(focused(driver)).startsWith("button# ").contains("Xem lại phiếu");
    press(driver, Keys.ENTER);
  }

  /** Review → encrypt (keys only); returns how long the page took, in ms. */
  private static long encrypt(WebDriver driver) {
    awaitScreen(driver, "review", 5);
    press(driver, Keys.TAB);
    assertThat(focused(driver)).startsWith("button#encrypt-button");
    long start = System.nanoTime();
    press(driver, Keys.ENTER);
    awaitScreen(driver, "encrypted", 120);
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** The plaintext for radio choices as the booth builds it (blank flag first). */
  private int[][] plaintextOf(int[] choice) {
    int[][] out = new int[choice.length][];
    for (int i = 0; i < choice.length; i++) {
      Question q = election.questions().get(i);
      out[i] = new int[q.choiceCount()];
      int answers = q.choiceCount() - (q.allowsBlank() ? 1 : 0);
      out[i][choice[i] == answers ? 0 : choice[i] + (q.allowsBlank() ? 1 : 0)] = 1;
    }
    return out;
  }

  /** m of every ciphertext, decrypted with the trustee's key: β / α^x = g^m, m ∈ {0, 1}. */
  private int[][] decrypt(Ballot ballot) {
    int[][] out = new int[ballot.answers().size()][];
    for (int i = 0; i < out.length; i++) {
      List<Ciphertext> choices = ballot.answers().get(i).choices();
      out[i] = new int[choices.size()];
      for (int j = 0; j < choices.size(); j++) {
        Ciphertext c = choices.get(j);
        BigInteger gm = group.mul(c.beta(),
            group.pow(c.alpha(), key.privateKey()).modInverse(group.p()));
        out[i][j] = gm.equals(BigInteger.ONE) ? 0 : gm.equals(group.g()) ? 1 : -1;
      }
    }
    return out;
  }

  // ---- tests ---------------------------------------------------------------------------------

  @Test
  void castsTheKeyboardChoicesAndThenForgetsTheVoter(WebDriver driver) {
    enterCredential(driver, credential.replace("-", ""));
    awaitScreen(driver, "ballot", 5);
    Screenshots.saveFullPage(driver, "booth-2-ballot-empty");
    int[] choice = {0, 2, 3}; // high; low; leave blank
    choose(driver, choice);
    Screenshots.saveFullPage(driver, "booth-3-review");
    long ms = encrypt(driver);
    String shown = driver.findElement(By.id("tracking-code")).getText();
    Screenshots.saveFullPage(driver, "booth-4-encrypted");
    press(driver, Keys.TAB);
    assertThat(focused(driver)).startsWith("button#cast-button");
    press(driver, Keys.ENTER);
    awaitScreen(driver, "cast", 10);
    Screenshots.saveFullPage(driver, "booth-5-cast");

    List<TestPageServer.Request> posted = server.requests("POST", BALLOTS);
    assertThat(posted).hasSize(1);
    String body = posted.get(0).body();
    assertThat(shown).isEqualTo(Hash.base64(body));
    assertThat(driver.findElement(By.id("cast-tracking-code")).getText()).isEqualTo(shown);
    Ballot ballot = assertAccepted(election, body, credential, shown);
    assertThat(decrypt(ballot)).isDeepEqualTo(plaintextOf(choice));
    System.out.printf("[booth] page, 3 questions: encrypted in %d ms%n", ms);

    // Nothing of the voter is left: empty input, no credential in the page, Back → start.
    assertThat(driver.findElement(By.id("credential-input")).getAttribute("value")).isEmpty();
    assertThat(driver.getPageSource()).doesNotContain(credential)
        .doesNotContain(credential.replace("-", ""));
    assertThat(driver.findElements(By.cssSelector("#questions input:checked"))).isEmpty();
    driver.navigate().back();
    awaitScreen(driver, "start", 5);
    driver.navigate().back();
    awaitScreen(driver, "start", 5);
    assertThat(driver.findElement(By.id("review-list")).getText()).isEmpty();
    assertThat(driver.findElement(By.id("tracking-code")).getText()).isEmpty();
    assertThat((Object) ((JavascriptExecutor) driver).executeScript(
        "return window.localStorage.length + window.sessionStorage.length")).isEqualTo(0L);
  }

  @Test
  void auditRevealsRandomnessThatReencryptsTheBallotAndPostsNothing(WebDriver driver) {
    enterCredential(driver, credential);
    awaitScreen(driver, "ballot", 5);
    int[] choice = {1, 0, 2};
    choose(driver, choice);
    encrypt(driver);
    String shown = driver.findElement(By.id("tracking-code")).getText();
    press(driver, Keys.TAB, Keys.TAB);
    assertThat(focused(driver)).startsWith("button#audit-button");
    press(driver, Keys.ENTER);
    awaitScreen(driver, "audit", 5);
    new WebDriverWait(driver, Duration.ofSeconds(60)).until(d ->
        d.findElement(By.id("audit-result")).getAttribute("class").matches("ok|bad"));
    assertThat(driver.findElement(By.id("audit-result")).getAttribute("class")).isEqualTo("ok");
    assertThat(driver.findElement(By.id("audit-download")).getAttribute("href"))
        .startsWith("blob:");
    Screenshots.saveFullPage(driver, "booth-6-audit");

    Json.JObject audit = JsonParser.parse(driver.findElement(By.id("audit-data")).getText())
        .asObject();
    String ballotJson = JsonWriter.write(audit.get("ballot"));
    assertThat(audit.get("tracking_code").asString()).isEqualTo(shown);
    Ballot ballot = assertAccepted(election, ballotJson, credential, shown);
    assertReencrypts(election, ballot, plaintextOf(choice), audit.get("randomness"));
    assertThat(server.requests("POST", BALLOTS)).isEmpty();

    // The audited ballot is gone; encrypting again makes a different one, which can be cast.
    driver.findElement(By.id("audit-again")).click();
    awaitScreen(driver, "review", 5);
    encrypt(driver);
    assertThat(driver.findElement(By.id("tracking-code")).getText()).isNotEqualTo(shown);
  }

  @Test
  void refusesAMistypedCredentialAtOnce(WebDriver driver) {
    char last = credential.charAt(credential.length() - 1);
    String typo = credential.substring(0, credential.length() - 1) + (last == 'z' ? 'y' : 'z');
    openCredentialScreen(driver);
    press(driver, typo.substring(0, typo.length() - 1));
    WebElement error = driver.findElement(By.id("credential-error"));
    assertThat(error.isDisplayed()).isFalse(); // not complete yet: no complaint while typing
    press(driver, typo.substring(typo.length() - 1)); // the last character: checked at once
    assertThat(error.isDisplayed()).isTrue();
    assertThat(error.getText()).startsWith("Mã không đúng.");
    assertThat(screen(driver)).isEqualTo("credential");
    Screenshots.saveFullPage(driver, "booth-1-credential-refused");
    press(driver, Keys.ENTER);
    assertThat(screen(driver)).isEqualTo("credential");
    press(driver, Keys.BACK_SPACE.toString().repeat(typo.length()));
    assertThat(driver.findElement(By.id("credential-input")).getAttribute("value")).isEmpty();
    press(driver, Keys.ENTER);
    assertThat(error.getText()).isEqualTo("Hãy gõ hoặc quét mã bỏ phiếu.");
    press(driver, credential, Keys.ENTER);
    awaitScreen(driver, "ballot", 5);
  }

  @Test
  void showsTheServersProblemDetailWhenTheBallotIsRefused(WebDriver driver) {
    registered.clear(); // the server does not know this credential
    enterCredential(driver, credential);
    awaitScreen(driver, "ballot", 5);
    choose(driver, new int[] {0, 0, 0});
    encrypt(driver);
    driver.findElement(By.id("cast-button")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
        d.findElement(By.id("cast-error")).isDisplayed());
    assertThat(driver.findElement(By.id("cast-error")).getText())
        .isEqualTo("Phiếu chưa được ghi nhận: unknown");
    assertThat(screen(driver)).isEqualTo("encrypted");
    Screenshots.saveFullPage(driver, "booth-7-refused");
  }

  @Test
  void sendsTheSameBallotAgainWhenTheServerIsBusy(WebDriver driver) {
    AtomicInteger busyAnswers = new AtomicInteger();
    server.route("POST", BALLOTS, request -> busyAnswers.getAndIncrement() == 0
        ? TestPageServer.Response.problem(503, "busy", "Máy chủ đang bận.")
            .withHeader("Retry-After", "2")
        : cast(request));
    enterCredential(driver, credential);
    awaitScreen(driver, "ballot", 5);
    choose(driver, new int[] {1, 0, 2});
    encrypt(driver);
    driver.findElement(By.id("cast-button")).click();
    WebElement status = driver.findElement(By.id("casting-status"));
    new WebDriverWait(driver, Duration.ofSeconds(5), Duration.ofMillis(20))
        .until(d -> status.getText().contains("tự gửi lại sau"));
    assertThat(status.getText()).contains("chưa được lưu", "(lần gửi thứ 2)");
    assertThat(screen(driver)).isEqualTo("casting");
    Screenshots.saveFullPage(driver, "booth-8-busy");
    awaitScreen(driver, "cast", 10);

    List<TestPageServer.Request> casts = server.requests("POST", BALLOTS);
    assertThat(casts).hasSize(2);
    assertThat(casts.get(1).body()).isEqualTo(casts.get(0).body());
    assertThat(driver.findElement(By.id("cast-tracking-code")).getText())
        .isEqualTo(Hash.base64(casts.get(1).body().getBytes(StandardCharsets.UTF_8)));
    assertThat(driver.findElement(By.id("cast-error")).isDisplayed()).isFalse();
  }

  @Test
  void unansweredRowsAreNamedAndFocused(WebDriver driver) {
    enterCredential(driver, credential);
    awaitScreen(driver, "ballot", 5);
    driver.findElement(By.cssSelector("fieldset[data-question='1'] input")).click();
    driver.findElement(By.cssSelector("#ballot-form button[type=submit]")).click();
    assertThat(driver.findElement(By.id("ballot-error")).getText())
        .isEqualTo("Còn 2 dòng chưa chọn. Hãy chọn ở mọi dòng.");
    assertThat(driver.switchTo().activeElement().getAttribute("name")).isEqualTo("q0");
    assertThat(screen(driver)).isEqualTo("ballot");
  }

  @Test
  void clearsItselfAfterTheVoterWalksAway(WebDriver driver) {
    servePage(Locale.forLanguageTag("vi"), Map.of("idleSeconds", 2));
    enterCredential(driver, credential);
    awaitScreen(driver, "ballot", 5);
    awaitScreen(driver, "start", 10);
    assertThat(driver.findElement(By.id("booth-notice")).getText())
        .isEqualTo("Màn hình đã được xóa vì không có thao tác.");
    assertThat(driver.findElement(By.id("credential-input")).getAttribute("value")).isEmpty();
  }

  @Test
  void speaksEnglishWithTheLevelsTranslated(WebDriver driver) {
    servePage(Locale.ENGLISH, Map.of());
    enterCredential(driver, credential);
    awaitScreen(driver, "ballot", 5);
    WebElement first = driver.findElement(By.cssSelector("fieldset[data-question='0']"));
    assertThat(first.getText()).contains("Tín nhiệm cao", "High confidence",
        "Tín nhiệm thấp", "Low confidence", "Leave blank");
    Screenshots.saveFullPage(driver, "booth-8-english-ballot");
  }

  /** The figure the booth's voters wait for: 5 and 50 subjects, blank allowed, in the page. */
  @Test
  void measuresEncryptionOfFiveAndFiftySubjects(WebDriver driver) {
    for (int subjects : new int[] {5, 50}) {
      useElection(confidenceQuestions(subjects, true));
      enterCredential(driver, credential);
      awaitScreen(driver, "ballot", 5);
      ((JavascriptExecutor) driver).executeScript(
          "document.querySelectorAll('#questions fieldset').forEach((f, i) =>"
              + " f.querySelectorAll('input')[i % 4].click())");
      driver.findElement(By.cssSelector("#ballot-form button[type=submit]")).click();
      long ms = encrypt(driver);
      System.out.printf("[booth] page, %d subjects (BELENIOS-2048): encrypted in %d ms%n",
          subjects, ms);
      driver.findElement(By.id("cast-button")).click();
      awaitScreen(driver, "cast", 20);
      List<TestPageServer.Request> posted = server.requests("POST", BALLOTS);
      Ballot ballot = assertAccepted(election, posted.get(posted.size() - 1).body(), credential,
          driver.findElement(By.id("cast-tracking-code")).getText());
      assertThat(ballot.answers()).hasSize(subjects);
      if (subjects == 50) {
        Screenshots.saveFullPage(driver, "booth-9-cast-50");
      }
    }
  }
}
