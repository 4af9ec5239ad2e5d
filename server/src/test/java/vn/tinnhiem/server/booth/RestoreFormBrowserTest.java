package vn.tinnhiem.server.booth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.tinnhiem.server.browser.RequiresChromium;

/**
 * The restore form's own size check (js/backup/restore.js) in headless Chromium: a file over
 * the limit is not sent and the reason shows; a file under it is sent. (Here, with the page
 * server of the booth tests, on a page with the form's ids and attributes; {@code
 * SessionBackupTests} checks that the real form carries them.)
 */
@RequiresChromium
class RestoreFormBrowserTest {
  private static final String PAGE = "/admin/restore";
  private static final int MAX_BYTES = 1000;

  private TestPageServer server;

  @BeforeEach
  void serveTheForm() throws IOException {
    server = TestPageServer.start();
    server.route("GET", PAGE, request -> TestPageServer.Response.html("""
        <!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>t</title></head>
        <body><form id="restore-form" method="post" enctype="multipart/form-data"
          action="/admin/restore">
        <input id="backup-file" name="file" type="file" data-max-bytes="%d">
        <p id="restore-too-large" role="alert" hidden
          data-text="Tệp gửi lên khoảng {0} MB, lớn hơn giới hạn {1} MB của máy chủ"></p>
        <button id="send" type="submit">Khôi phục</button></form>
        <script type="module" src="/js/backup/restore.js"></script></body></html>
        """.formatted(MAX_BYTES)));
    server.route("POST", PAGE, request -> TestPageServer.Response.html(
        "<!DOCTYPE html><html lang=\"vi\"><head><title>t</title></head><body>"
            + "<p id=\"sent\">sent</p></body></html>"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aFileOverTheLimitIsNotSentAndSaysWhy(WebDriver driver, @TempDir Path dir)
      throws IOException {
    Path large = Files.write(dir.resolve("large.json"), new byte[MAX_BYTES + 1]);
    Path small = Files.write(dir.resolve("small.json"), new byte[MAX_BYTES]);
    driver.get(server.baseUrl() + PAGE);
    WebElement file = driver.findElement(By.id("backup-file"));
    WebElement alert = driver.findElement(By.id("restore-too-large"));
    assertThat(alert.isDisplayed()).isFalse();

    file.sendKeys(large.toString());
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> alert.isDisplayed());
    assertThat(alert.getText())
        .isEqualTo("Tệp gửi lên khoảng 1 MB, lớn hơn giới hạn 1 MB của máy chủ");
    driver.findElement(By.id("send")).click();
    pause(); // a submission that went ahead would have reached the server by now
    assertThat(driver.findElements(By.id("sent"))).isEmpty();
    assertThat(server.requests("POST", PAGE)).isEmpty();

    file.sendKeys(small.toString());
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !alert.isDisplayed());
    driver.findElement(By.id("send")).click();
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .until(d -> !d.findElements(By.id("sent")).isEmpty());
    assertThat(server.requests("POST", PAGE)).hasSize(1);
  }

  private static void pause() {
    try {
      Thread.sleep(700);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
