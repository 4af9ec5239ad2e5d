package vn.tinnhiem.server.booth;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tinnhiem.server.booth.TestElections.assertAccepted;
import static vn.tinnhiem.server.booth.TestElections.assertReencrypts;
import static vn.tinnhiem.server.booth.TestElections.confidence;
import static vn.tinnhiem.server.booth.TestElections.confidenceQuestions;
import static vn.tinnhiem.server.booth.TestElections.election;
import static vn.tinnhiem.server.booth.TestElections.plaintext;
import static vn.tinnhiem.server.booth.TestElections.text;
import static vn.tinnhiem.server.booth.TestElections.toJson;
import static vn.tinnhiem.server.booth.TestElections.votes;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.tinnhiem.crypto.credential.Credentials;
import vn.tinnhiem.crypto.election.Ballot;
import vn.tinnhiem.crypto.election.Election;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.json.JsonWriter;

/**
 * The booth's ballot cryptography in headless Chromium, inside the Web Worker, under the
 * application's Content-Security-Policy; every ballot is then checked by the Java
 * BallotCheck. Also measures a 50-question ballot (issue 8 aims at 1.5 s; reported only).
 */
@RequiresExecutables({"chromium|chromium-browser|google-chrome", "chromedriver"})
class BoothCryptoBrowserTest {
  private static TestPageServer server;
  private static Path profile;
  private static WebDriver driver;

  @BeforeAll
  static void openTestPage() throws IOException {
    server = TestPageServer.start();
    profile = Files.createTempDirectory("booth-chromium-");
    driver = headlessChromium(profile);
    driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(3));
    driver.get(server.baseUrl() + "/test/index.html");
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(
        d -> "ready".equals(d.findElement(By.id("status")).getText()));
  }

  @AfterAll
  static void closeBrowser() throws IOException {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      if (server != null) {
        server.close();
      }
      if (profile != null) {
        deleteTree(profile);
      }
    }
  }

  private static WebDriver headlessChromium(Path userDataDir) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(ExecutablesCondition.require("chromium|chromium-browser|google-chrome")
        .toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-dev-shm-usage", "--user-data-dir=" + userDataDir);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(ExecutablesCondition.require("chromedriver").toFile())
        .usingAnyFreePort()
        .withLogOutput(OutputStream.nullOutputStream())
        .build();
    return new ChromeDriver(service, options);
  }

  /** Runs window.boothTest.run in the page: prepare, then one ballot per plaintext. */
  private static Json.JObject runInWorker(Election election, String credential,
      List<int[][]> plaintexts, boolean audit) {
    return NodeHarness.result(runInWorkerRaw(election, credential, plaintexts, audit))
        .asObject();
  }

  /** {"result":…} or {"error":"…"} as the page's promise settled. */
  private static Json runInWorkerRaw(Election election, String credential,
      List<int[][]> plaintexts, boolean audit) {
    List<Json> rows = new ArrayList<>();
    for (int[][] m : plaintexts) {
      rows.add(toJson(m));
    }
    String args = JsonWriter.write(Json.obj("election", Json.str(text(election)),
        "credential", Json.str(credential), "plaintexts", Json.array(rows),
        "audit", Json.bool(audit)));
    Object out = ((JavascriptExecutor) driver).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "window.boothTest.run(JSON.parse(arguments[0]))"
            + ".then(r => done(JSON.stringify({ result: r })),"
            + " e => done(JSON.stringify({ error: String(e && e.message || e) })));",
        args);
    return JsonParser.parse((String) out);
  }

  private static List<Json.JObject> assertCastable(Election election, String credential,
      List<int[][]> plaintexts, Json.JObject run) {
    List<Json.JObject> ballots = run.get("ballots").asList(Json::asObject);
    assertThat(ballots).hasSize(plaintexts.size());
    for (int i = 0; i < ballots.size(); i++) {
      Json.JObject made = ballots.get(i);
      Ballot ballot = assertAccepted(election, made.get("ballotJson").asString(), credential,
          made.get("trackingCode").asString());
      assertReencrypts(election, ballot, plaintexts.get(i), made.get("randomness"));
      assertThat(made.get("progress").asInt()).isEqualTo(election.questions().size());
    }
    return ballots;
  }

  @Test
  void ballotsMadeInTheWorkerPassBallotCheckAndTheirAudit() {
    Election e = election(Group.BELENIOS_2048,
        List.of(confidence(1, true), confidence(2, false), confidence(3, true)));
    String credential = Credentials.generate();
    List<int[][]> votes = votes(new int[][] {{0, 1, 0, 0}, {0, 0, 1}, {1, 0, 0, 0}},
        new int[][] {{1, 0, 0, 0}, {1, 0, 0}, {0, 0, 0, 1}});
    Json.JObject run = runInWorker(e, credential, votes, true);
    assertCastable(e, credential, votes, run);
    assertThat(run.get("audit").asObject().get("passed").asBoolean()).isTrue();
    System.out.println("[booth] browser: " + run.get("userAgent").asString());
  }

  @Test
  void workerRejectsAMistypedCredentialWithAReason() {
    Election e = election(Group.BELENIOS_2048, List.of(confidence(1, false)));
    String typo = Credentials.generate().replace('-', '_');
    Json answer = runInWorkerRaw(e, typo, votes(new int[][] {{0, 1, 0}}), false);
    assertThat(answer.asObject().get("error").asString()).startsWith("not a valid credential");
  }

  @Test
  void rfc3526BallotMadeInTheWorkerPassesBallotCheck() {
    Election e = election(Group.RFC_3526_2048,
        List.of(confidence(1, true), confidence(2, false)));
    String credential = Credentials.generate();
    List<int[][]> votes = votes(new int[][] {{0, 0, 0, 1}, {1, 0, 0}});
    assertCastable(e, credential, votes, runInWorker(e, credential, votes, false));
  }

  /** The figure issue 8 asks for; printed, never asserted (machines differ). */
  @Test
  void measuresAFiftyQuestionBallotInTheWorker() {
    for (Group group : List.of(Group.BELENIOS_2048, Group.RFC_3526_2048)) {
      Election e = election(group, confidenceQuestions(50, false));
      String credential = Credentials.generate();
      List<int[][]> votes = votes(plaintext(e, 0), plaintext(e, 2));
      Json.JObject run = runInWorker(e, credential, votes, false);
      List<Json.JObject> ballots = run.get("ballots").asList(Json::asObject);
      if (group == Group.BELENIOS_2048) { // the RFC group is checked above; slow in Java here
        assertCastable(e, credential, votes, run);
      }
      System.out.printf("[booth] chromium worker %s, 50 questions: tables %d ms,"
          + " first ballot %d ms, second %d ms%n", group.name(), run.get("prepareMs").asInt(),
          ballots.get(0).get("ms").asInt(), ballots.get(1).get("ms").asInt());
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
