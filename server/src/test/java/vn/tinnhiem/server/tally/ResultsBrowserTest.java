package vn.tinnhiem.server.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tinnhiem.server.browser.RequiresChromium;
import vn.tinnhiem.server.browser.Screenshots;
import vn.tinnhiem.server.browser.Waits;

/**
 * In a real browser: sign in with a demo account as printed at start-up, open
 * the demo results, and see the bands. Leaves screenshots in
 * {@code target/screenshots/}.
 */
@RequiresChromium
// A context of its own (the second property), started while this class captures the output:
// a cached demo context from another class would have printed other passwords, or none here.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"tinnhiem.demo=true", "tinnhiem.test.context=results-browser"})
@ExtendWith(OutputCaptureExtension.class)
class ResultsBrowserTest {

  @LocalServerPort
  int port;

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** The demo password of {@code username}, as the start-up log prints it. */
  private static String demoPassword(CapturedOutput output, String username) {
    Matcher line = Pattern.compile("\\n\\s+" + Pattern.quote(username) + "\\s+([a-z0-9]{12})\\s")
        .matcher(output.getAll());
    assertThat(line.find()).as("demo password line for %s in the start-up log", username).isTrue();
    return line.group(1);
  }

  @Test
  void observerSignsInAndReadsTheResultsWithTheirBands(WebDriver browser, CapturedOutput output) {
    browser.get(url("/login"));
    browser.findElement(By.id("username")).sendKeys("observer");
    browser.findElement(By.id("password")).sendKeys(demoPassword(output, "observer"));
    browser.findElement(By.cssSelector("form.login button[type=submit]")).click();
    // The click returns before the sign-in's redirect lands: wait for it, then check where.
    Waits.acrossPageLoads(browser, Duration.ofSeconds(10), Duration.ofMillis(100))
        .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    assertThat(browser.getCurrentUrl()).isEqualTo(url("/account"));

    browser.get(url("/results/demo"));

    assertThat(browser.getTitle()).isEqualTo("Kết quả lấy phiếu tín nhiệm · tinnhiem");
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("KẾT QUẢ LẤY PHIẾU TÍN NHIỆM"); // CSS upper-cases, diacritics intact
    assertThat(browser.findElement(By.cssSelector("header.site-header")).getText())
        .contains("Hoàng Văn E");
    List<WebElement> rows = browser.findElements(By.cssSelector("table.results-table tbody tr"));
    assertThat(rows).hasSize(5);
    WebElement twoThirds = rows.get(3).findElement(By.cssSelector(".band"));
    assertThat(twoThirds.isDisplayed()).isTrue();
    assertThat(twoThirds.getText()).isEqualTo("Tín nhiệm thấp từ 2/3 trở lên");
    assertThat(twoThirds.getCssValue("background-color")).isEqualTo("rgba(163, 21, 27, 1)");
    assertThat(rows.get(2).findElement(By.cssSelector(".band")).getText())
        .isEqualTo("Tín nhiệm thấp trên 1/2");
    assertThat(rows.get(1).getText()).contains("50,00%").contains("Tín nhiệm thấp không quá 1/2");
    Path vietnamese = Screenshots.saveFullPage(browser, "results-demo-vi");

    browser.get(url("/results/demo?preset=NQ96&invalidity=WHOLE_BALLOT&lang=en"));

    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("CONFIDENCE VOTE RESULTS");
    assertThat(browser.findElement(By.cssSelector("table.results-table thead")).getText())
        .contains("% of all summoned members");
    Path english = Screenshots.saveFullPage(browser, "results-demo-nq96-en");

    assertThat(vietnamese).isRegularFile();
    assertThat(english).isRegularFile();
    assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
        .as("console errors, e.g. Content-Security-Policy violations")
        .filteredOn(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
        .extracting(LogEntry::getMessage)
        .filteredOn(message -> !message.contains("/favicon.ico")) // no icon yet
        .isEmpty();
  }
}
