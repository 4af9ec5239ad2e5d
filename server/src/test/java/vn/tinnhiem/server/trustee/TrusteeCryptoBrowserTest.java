package vn.tinnhiem.server.trustee;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tinnhiem.server.trustee.TrusteeJs.G;
import static vn.tinnhiem.server.trustee.TrusteeJs.PHI;
import static vn.tinnhiem.server.trustee.TrusteeJs.counts;
import static vn.tinnhiem.server.trustee.TrusteeJs.encrypt;
import static vn.tinnhiem.server.trustee.TrusteeJs.longs;
import static vn.tinnhiem.server.trustee.TrusteeJs.texts;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.tinnhiem.crypto.group.Ciphertext;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.json.JsonWriter;
import vn.tinnhiem.crypto.trustee.Decryption;
import vn.tinnhiem.crypto.trustee.PartialDecryption;
import vn.tinnhiem.crypto.trustee.PedersenKeys;
import vn.tinnhiem.crypto.trustee.PedersenSetup;
import vn.tinnhiem.crypto.trustee.PedersenTrustee;
import vn.tinnhiem.crypto.trustee.Polynomial;
import vn.tinnhiem.crypto.trustee.SignedMessage;
import vn.tinnhiem.crypto.trustee.TrusteeKind;
import vn.tinnhiem.crypto.trustee.Trustees;
import vn.tinnhiem.crypto.trustee.Vinput;
import vn.tinnhiem.crypto.trustee.Voutput;
import vn.tinnhiem.server.booth.NodeHarness;
import vn.tinnhiem.server.booth.TestPageServer;
import vn.tinnhiem.server.browser.RequiresChromium;

/**
 * The trustee's Web Worker in headless Chromium under the application's Content-Security-Policy:
 * member 1 of a 2-of-3 board does steps 3 and 5 and decrypts tallies of 5 and 50 questions in
 * the worker, members 2 and 3 in Java; Java checks every result. The times are printed.
 */
@RequiresChromium
class TrusteeCryptoBrowserTest {
  private static TestPageServer server;
  private static WebDriver driver;

  @BeforeAll
  static void openTestPage(WebDriver browser) throws IOException {
    server = TestPageServer.start(Map.of("/js/booth/", "/static/js/booth/",
        "/js/trustee/", "/static/js/trustee/", "/test/", "/trustee/browser/"));
    driver = browser;
    driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(3));
    driver.get(server.baseUrl() + "/test/index.html");
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(
        d -> "ready".equals(d.findElement(By.id("status")).getText()));
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  /** {result, ms, progress} of one operation in the worker; a failure throws. */
  private static Json.JObject inWorker(String op, Object... keysAndValues) {
    Json args = NodeHarness.request(op, keysAndValues(keysAndValues));
    Object out = ((JavascriptExecutor) driver).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "const { op, ...args } = JSON.parse(arguments[0]);"
            + "window.trusteeTest.run(op, args)"
            + ".then(r => done(JSON.stringify({ result: r })),"
            + " e => done(JSON.stringify({ error: String(e && e.message || e) })));",
        JsonWriter.write(args));
    return NodeHarness.result(JsonParser.parse((String) out)).asObject();
  }

  private static Object[] keysAndValues(Object[] rest) {
    Object[] all = new Object[rest.length + 2];
    all[0] = "group";
    all[1] = Json.str(G.name());
    System.arraycopy(rest, 0, all, 2, rest.length);
    return all;
  }

  @Test
  void pedersenStepsAndDecryptionsInTheWorkerPassTheJavaChecks() {
    List<PedersenKeys> keys = List.of(PedersenKeys.generate(G), PedersenKeys.generate(G),
        PedersenKeys.generate(G));
    List<SignedMessage> certs = keys.stream().map(k -> PedersenTrustee.certificate(G, k)).toList();
    Json seed1 = Json.str(keys.get(0).seed());

    Json.JObject step3 = inWorker("polynomial", "seed", seed1, "certificates", texts(certs),
        "threshold", Json.integer(2));
    List<Polynomial> polynomials = new ArrayList<>();
    polynomials.add(Polynomial.parse(step3.get("result").asString(), G));
    polynomials.add(PedersenTrustee.polynomial(G, keys.get(1), certs, 2));
    polynomials.add(PedersenTrustee.polynomial(G, keys.get(2), certs, 2));
    assertThat(PedersenSetup.checkPolynomial(G, certs, 0, polynomials.get(0)).passed()).isTrue();
    assertThat(step3.get("progress").asInt()).isPositive();

    List<Vinput> vinputs = PedersenSetup.vinputs(G, certs, polynomials);
    Json.JObject step5 = inWorker("voutput", "seed", seed1, "certificates", texts(certs),
        "vinput", Json.str(vinputs.get(0).write()));
    List<Voutput> voutputs = List.of(Voutput.parse(step5.get("result").asString(), G),
        PedersenTrustee.voutput(G, keys.get(1), certs, vinputs.get(1)),
        PedersenTrustee.voutput(G, keys.get(2), certs, vinputs.get(2)));
    Trustees trustees = new Trustees(List.of(new TrusteeKind.Pedersen(
        PedersenSetup.thresholdParameters(G, certs, polynomials, voutputs))));
    assertThat(trustees.check(G).passed()).isTrue();

    List<Integer> ms = new ArrayList<>();
    for (int questions : new int[] {5, 50}) {
      int[][] counts = counts(questions);
      List<List<Ciphertext>> tally = encrypt(trustees.publicKey(G), counts);
      Json.JObject made = inWorker("partialDecryption", "tally", Json.str(TrusteeJs.text(tally)),
          "fingerprint", Json.str(PHI), "seed", seed1,
          "voutput", Json.str(voutputs.get(0).write()));
      PartialDecryption pd = PartialDecryption.parse(made.get("result").asString(), G);
      assertThat(Decryption.check(G, trustees, tally, PHI, 1, pd).passed()).isTrue();
      assertThat(made.get("progress").asInt()).isEqualTo(3 * questions);
      Map<Integer, PartialDecryption> two = new HashMap<>();
      two.put(1, pd);
      two.put(3, Decryption.compute(G, tally,
          PedersenTrustee.decryptionKey(G, keys.get(2), voutputs.get(2).privateKey()), PHI));
      assertThat(Decryption.combine(G, trustees, tally, two, 3)).isDeepEqualTo(longs(counts));
      ms.add(made.get("ms").asInt());
    }
    System.out.printf("[trustee] chromium worker %s, 2-of-3: step 3 %d ms, step 5 %d ms;"
        + " partial decryption 5 questions %d ms, 50 questions %d ms (%s)%n", G.name(),
        step3.get("ms").asInt(), step5.get("ms").asInt(), ms.get(0), ms.get(1),
        step3.get("userAgent").asString());
  }

  @Test
  void workerErrorsReachThePageWithTheirReason() {
    Object out = ((JavascriptExecutor) driver).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "window.trusteeTest.run('polynomial', { group: 'BELENIOS-2048', seed: 'short',"
            + " certificates: [], threshold: 1 })"
            + ".then(r => done('resolved'), e => done(String(e.message)));");
    assertThat(out).isEqualTo("a seed is 22 base58 characters");
  }
}
