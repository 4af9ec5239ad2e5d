package vn.tinnhiem.server.trustee;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tinnhiem.server.trustee.TrusteeJs.G;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.tinnhiem.crypto.trustee.Decryption;
import vn.tinnhiem.crypto.trustee.PartialDecryption;
import vn.tinnhiem.server.browser.RequiresChromium;

/**
 * The trustee page (template and page.js) in headless Chromium against a stand-in for the
 * server (FakeTrusteeServer): member 1 of a 2-of-3 board makes its key, downloads the protected
 * key file, goes through steps 3 and 5 with that file, is refused a wrong passphrase, and
 * decrypts once the vote closes; the stand-in checks every message with the Java crypto.
 */
@RequiresChromium
class TrusteePageBrowserTest {
  private static final String PASSPHRASE = "ba con mèo trèo cây cau";

  @TempDir
  Path dir;

  @Test
  void aMemberGoesFromKeyToDecryptionOnThePage(WebDriver driver) throws IOException {
    try (FakeTrusteeServer server = new FakeTrusteeServer()) {
      driver.get(server.baseUrl() + "/trustee/" + FakeTrusteeServer.TOKEN);
      waitForStep(driver, "certificate");
      assertThat(driver.findElement(By.tagName("main")).getText()).contains("Đặng Văn G");

      // Step 1: passphrase twice, the key file, "I have stored it", send.
      ((ChromeDriver) driver).executeCdpCommand("Browser.setDownloadBehavior",
          Map.of("behavior", "allow", "downloadPath", dir.toAbsolutePath().toString()));
      WebElement form = panel(driver, "generate");
      form.findElement(By.name("passphrase")).sendKeys(PASSPHRASE);
      form.findElement(By.name("confirm")).sendKeys(PASSPHRASE);
      form.findElement(By.cssSelector("button[type=submit]")).click();
      WebElement generated = panel(driver, "generated");
      wait(driver).until(d -> generated.isDisplayed());
      Path file = dir.resolve("khoa-ban-kiem-phieu-" + FakeTrusteeServer.UUID
          + "-thanh-vien-1.json");
      wait(driver).until(d -> Files.exists(file));
      String keyFile = Files.readString(file);
      assertThat(keyFile).contains("\"format\": \"tinnhiem-trustee-key\"")
          .contains("\"iterations\": 600000");
      WebElement send = driver.findElement(By.cssSelector("[data-field=send]"));
      assertThat(send.isEnabled()).isFalse();
      driver.findElement(By.cssSelector("[data-field=saved]")).click();
      send.click();

      // Step 3, first with a wrong passphrase.
      waitForStep(driver, "polynomial");
      assertThat(panel(driver, "generate").isDisplayed()).isFalse();
      assertThat(panel(driver, "generated").isDisplayed()).isFalse();
      useKey(driver, file, PASSPHRASE + "x");
      wait(driver).until(d -> d.findElement(By.cssSelector("[data-field=error]")).isDisplayed());
      assertThat(driver.findElement(By.cssSelector("[data-field=error]")).getText())
          .isEqualTo("Mật khẩu không đúng (hoặc tệp khóa đã bị sửa).");
      useKey(driver, file, PASSPHRASE);

      // Step 5, then the keys are done and the fingerprint shows.
      waitForStep(driver, "voutput");
      useKey(driver, file, PASSPHRASE);
      waitForStep(driver, "keys-done");
      assertThat(driver.findElement(By.cssSelector("[data-field=fingerprint]")).getText())
          .isEqualTo(FakeTrusteeServer.FINGERPRINT);
      assertThat(driver.findElement(By.cssSelector("[data-field=publicKey]")).getText())
          .isEqualTo(server.trustees().publicKey(G).toString());

      // The vote closes; the page notices by polling and decrypts with the key file.
      server.closeVote();
      waitForStep(driver, "decrypt");
      useKey(driver, file, PASSPHRASE);
      waitForStep(driver, "decrypted");
      PartialDecryption pd = server.partial();
      assertThat(Decryption.check(G, server.trustees(), server.tally(),
          FakeTrusteeServer.FINGERPRINT, 1, pd).passed()).isTrue();
      assertThat(driver.findElement(By.cssSelector("[data-field=error]")).isDisplayed()).isFalse();
      assertThat(((JavascriptExecutor) driver).executeScript(
          "return window.localStorage.length + window.sessionStorage.length;")).isEqualTo(0L);
    }
  }

  private static void useKey(WebDriver driver, Path file, String passphrase) {
    WebElement form = panel(driver, "key");
    form.findElement(By.name("file")).sendKeys(file.toAbsolutePath().toString());
    form.findElement(By.name("passphrase")).sendKeys(passphrase);
    form.findElement(By.cssSelector("button[type=submit]")).click();
  }

  private static WebElement panel(WebDriver driver, String name) {
    return driver.findElement(By.cssSelector("[data-panel=" + name + "]"));
  }

  private static void waitForStep(WebDriver driver, String step) {
    wait(driver).until(d -> d.findElement(By.cssSelector("[data-step=\"" + step + "\"]"))
        .isDisplayed());
  }

  private static WebDriverWait wait(WebDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(30));
  }

}
