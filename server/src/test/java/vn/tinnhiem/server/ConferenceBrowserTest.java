package vn.tinnhiem.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tinnhiem.server.account.AccountService;
import vn.tinnhiem.server.account.Role;
import vn.tinnhiem.server.browser.RequiresChromium;
import vn.tinnhiem.server.browser.Screenshots;
import vn.tinnhiem.server.browser.Waits;

/**
 * One conference from set-up to results in headless Chromium, each step by the
 * role that does it and through the pages a user sees: the secretary sets up a
 * QD96 session with two sites and opens it, each site secretary takes the roll
 * call of their site (one name by name, one by head count), the secretary
 * records the counting board and opens voting once the quorum shows, the
 * counting board enters ballots and paper counts and closes counting, and the
 * results page shows the bands with percentages that name their base.
 * {@link ConferenceFlowTests} runs the same flow over MockMvc. Screenshots of
 * the key pages go to {@code target/screenshots/conference-*.png}.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConferenceBrowserTest {

  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final String HANOI = "Cơ sở Hà Nội";
  private static final String HCM = "Cơ sở TP. Hồ Chí Minh";
  private static final String[] NAMES = {"Nguyễn Văn A", "Trần Thị B", "Lê Văn C", "Phạm Thị D",
      "Hoàng Văn E", "Vũ Thị F", "Đặng Văn G", "Bùi Thị H", "Đỗ Văn I"};
  private static final String[] UNITS = {"Khoa Toán", "Khoa Ngữ văn", "Khoa Lịch sử",
      "Phòng Tổ chức cán bộ", "Khoa Vật lý", "Khoa Hóa học", "Khoa Sinh học", "Khoa Địa lý",
      "Phòng Đào tạo"};
  private static final String[] POSITIONS = {"Bí thư", "Phó Bí thư", "Ủy viên Ban Thường vụ",
      "Ủy viên Ban Thường vụ", "Ủy viên Ban Thường vụ"};
  /** Per subject: high, confident, low, invalid; each row adds up to the 7 ballots collected. */
  private static final int[][] COUNTS = {{5, 2, 0, 0}, {3, 3, 1, 0}, {1, 2, 4, 0}, {2, 1, 3, 1},
      {0, 2, 5, 0}};

  @LocalServerPort
  int port;

  @Autowired
  AccountService accounts;

  private WebDriver browser;
  private WebDriverWait wait;
  private int shot;

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  @Test
  void runsAConferenceFromSetUpToResults(WebDriver driver) throws IOException {
    browser = driver;
    wait = Waits.acrossPageLoads(driver, WAIT, Duration.ofMillis(50));
    deleteOldScreenshots();
    String secretary = accounts.issue("b-secretary", Role.SECRETARY, "Nguyễn Thị Thư Ký");
    String hanoi = accounts.issue("b-site-hn", Role.SITE_SECRETARY, "Lê Văn C");
    String hcm = accounts.issue("b-site-hcm", Role.SITE_SECRETARY, "Vũ Thị F");
    String board = accounts.issue("b-board", Role.COUNTING_BOARD, "Vũ Thị F");
    String board2 = accounts.issue("b-board-2", Role.COUNTING_BOARD, "Bùi Thị H");

    // The secretary sets the conference up.
    browser.get(url("/login"));
    screenshot("login");
    signIn("b-secretary", secretary);
    screenshot("account");
    open("/sessions");
    click(By.linkText("Tạo hội nghị mới"));
    type("title", "Hội nghị lấy phiếu tín nhiệm giữa nhiệm kỳ");
    type("organisation", "Đảng ủy Trường Đại học Mẫu");
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-11-26'",
        browser.findElement(By.id("heldOn"))); // the date widget's typing order follows the locale
    type("place", "Hội trường A, Hà Nội");
    new Select(browser.findElement(By.id("preset"))).selectByValue("QD96");
    new Select(browser.findElement(By.id("invalidity"))).selectByValue("PER_ROW");
    screenshot("session-form");
    submit("Lưu", "Đã tạo hội nghị");
    Matcher created = Pattern.compile("/sessions/(\\d+)$").matcher(browser.getCurrentUrl());
    assertThat(created.find()).as("session page URL %s", browser.getCurrentUrl()).isTrue();
    String base = "/sessions/" + created.group(1);

    tab("Điểm cầu");
    for (String site : List.of(HANOI, HCM)) {
      type("site-name", site);
      submit("Thêm", "Đã thêm điểm cầu.");
    }
    tab("Đại biểu");
    for (int i = 0; i < NAMES.length; i++) {
      type("member-name", NAMES[i]);
      type("member-unit", UNITS[i]);
      new Select(browser.findElement(By.id("member-site"))).selectByVisibleText(i < 5 ? HANOI : HCM);
      submit("Thêm", "Đã thêm đại biểu.");
    }
    screenshot("members");
    tab("Người được lấy phiếu");
    for (int i = 0; i < POSITIONS.length; i++) {
      type("subject-name", NAMES[i]);
      type("subject-position", POSITIONS[i]);
      new Select(browser.findElement(By.id("subject-member")))
          .selectByVisibleText(NAMES[i] + " (" + UNITS[i] + ")");
      submit("Thêm", "Đã thêm người được lấy phiếu.");
    }
    screenshot("subjects");
    tab("Điểm cầu");
    for (String[] assignment : new String[][] {{HANOI, "b-site-hn"}, {HCM, "b-site-hcm"}}) {
      new Select(browser.findElement(By.id("secretary-site"))).selectByVisibleText(assignment[0]);
      new Select(browser.findElement(By.id("secretary-username"))).selectByValue(assignment[1]);
      submit("Phân công thư ký điểm cầu", "Đã phân công thư ký điểm cầu.");
    }
    screenshot("sites");
    tab("Tổng quan");
    screenshot("overview-draft");
    submit("Khai mạc hội nghị, bắt đầu điểm danh", "Hội nghị đã khai mạc.");
    assertThat(text(".session-heading .status")).isEqualTo("Đã khai mạc, đang điểm danh");

    // Hà Nội: name by name, one excused; TP. Hồ Chí Minh: a head count of 3.
    signIn("b-site-hn", hanoi);
    open(base + "/roll");
    assertThat(browser.findElements(By.linkText(HCM))).as("another site's roll call").isEmpty();
    click(By.linkText(HANOI));
    List<WebElement> rows = browser.findElements(By.cssSelector("fieldset.mark-choices"));
    assertThat(rows).hasSize(5);
    for (int i = 0; i < rows.size(); i++) {
      rows.get(i).findElement(By.cssSelector(
          "input[value=" + (i == 4 ? "EXCUSED" : "PRESENT") + "]")).click();
    }
    submit("Lưu điểm danh", "Đã lưu điểm danh.");
    assertThat(text("p.totals")).contains("Có mặt: 4");
    screenshot("roll-hanoi-marks");

    signIn("b-site-hcm", hcm);
    open(base + "/roll");
    click(By.linkText(HCM));
    type("present", "3");
    submit("Lưu số có mặt", "Đã lưu điểm danh.");
    screenshot("roll-hcm-count");

    // The secretary records the counting board, sees the quorum and opens voting.
    signIn("b-secretary", secretary);
    open(base + "/board");
    String[][] elected = {{NAMES[5], "HEAD"}, {NAMES[6], "SECRETARY"}, {NAMES[7], "MEMBER"}};
    for (String[] member : elected) {
      choose("board-member", member[0] + " (");
      new Select(browser.findElement(By.id("board-role"))).selectByValue(member[1]);
      submit("Ghi vào Ban kiểm phiếu", "Đã ghi thành viên Ban kiểm phiếu.");
    }
    screenshot("board");
    tab("Điểm danh");
    WebElement quorum = browser.findElement(By.cssSelector("section.quorum"));
    assertThat(quorum.getAttribute("class")).contains("reached").doesNotContain("not-reached");
    assertThat(quorum.findElement(By.cssSelector("[data-field=present]")).getText()).isEqualTo("7");
    assertThat(quorum.findElement(By.cssSelector("[data-field=required]")).getText()).isEqualTo("6");
    assertThat(quorum.findElement(By.cssSelector("p.ok")).isDisplayed()).isTrue();
    screenshot("roll-quorum");
    submit("Đủ số đại biểu: bắt đầu phát phiếu", "Đã ghi nhận đủ số đại biểu");
    assertThat(text(".session-heading .status")).isEqualTo("Đang bỏ phiếu");

    // The counting board: ballots per site, paper counts per person, close.
    signIn("b-board", board);
    open(base + "/counting");
    for (String[] site : new String[][] {{HANOI, "4"}, {HCM, "3"}}) {
      rowLink(site[0]);
      type("issued", site[1]);
      type("collected", site[1]);
      submit("Lưu", "Đã lưu số phiếu.");
    }
    submit("Kết thúc bỏ phiếu, bắt đầu kiểm phiếu", "Đã kết thúc bỏ phiếu");
    // Double entry: two members of the board type the counts independently.
    enterCounts("Đã lưu; chờ một thành viên khác");
    signIn("b-board-2", board2);
    open(base + "/counting");
    enterCounts("Đã lưu; khớp với lần nhập của người kia");
    assertThat(text("p.ok")).isEqualTo("Các số liệu đã khớp nhau.");
    screenshot("counting-before-close");
    submit("Kết thúc kiểm phiếu", "Đã chốt số liệu kiểm phiếu");
    assertThat(text(".session-heading .status")).isEqualTo("Đã kết thúc kiểm phiếu");
    screenshot("counting-closed");
    click(By.linkText("Xem kết quả"));
    assertThat(browser.getCurrentUrl()).isEqualTo(url(base + "/results"));
    tab("Kiểm phiếu");

    // The results, reached through the session's tabs.
    tab("Kết quả");
    assertThat(browser.getCurrentUrl()).isEqualTo(url(base + "/results"));
    assertThat(browser.findElement(By.cssSelector(".tabs a.current")).getText())
        .isEqualTo("Kết quả");
    assertThat(browser.findElements(By.cssSelector(".demo-notice"))).isEmpty();
    List<WebElement> results =
        browser.findElements(By.cssSelector("table.results-table tbody tr"));
    assertThat(results).hasSize(5);
    // QD96 counts against the 7 ballots collected: 4 of 7 is over one half, 5 of 7 two thirds
    assertThat(results.get(2).getText()).contains(NAMES[2], "57,14%");
    assertThat(results.get(2).findElement(By.cssSelector(".band")).getText())
        .isEqualTo("Tín nhiệm thấp trên 1/2");
    assertThat(results.get(4).findElement(By.cssSelector(".band")).getText())
        .isEqualTo("Tín nhiệm thấp từ 2/3 trở lên");
    assertThat(results.get(0).findElement(By.cssSelector(".band")).getText())
        .isEqualTo("Tín nhiệm thấp không quá 1/2");
    assertThat(text("table.results-table thead")).contains("% trên tổng số phiếu thu vào");
    assertThat(text("dl.facts")).contains("Tổng số phiếu thu vào (7)");
    screenshot("results");
    tab("Tài liệu");
    assertThat(text("main")).contains("Biên bản kiểm phiếu", "Biên bản niêm phong", "DOCX");
    screenshot("documents");
    tab("Kết quả");

    open(base + "/results?lang=en");
    assertThat(text("table.results-table thead")).contains("% of ballots collected");
    assertThat(results(2).findElement(By.cssSelector(".band")).getText())
        .isEqualTo("Low confidence over one half");
    screenshot("results-en");
    open("/sessions?lang=vi");
    screenshot("sessions");

    assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
        .as("console errors, e.g. Content-Security-Policy violations")
        .filteredOn(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
        .extracting(LogEntry::getMessage)
        .filteredOn(message -> !message.contains("/favicon.ico"))
        .isEmpty();
  }

  private WebElement results(int row) {
    return browser.findElements(By.cssSelector("table.results-table tbody tr")).get(row);
  }

  /** Signs out whoever is signed in, then signs in through the form. */
  private void signIn(String username, String password) {
    List<WebElement> signOut = browser.findElements(By.cssSelector("header form button"));
    if (!signOut.isEmpty()) {
      navigate(signOut.get(0));
      wait.until(ExpectedConditions.urlContains("/login"));
    } else if (!browser.getCurrentUrl().contains("/login")) {
      browser.get(url("/login"));
    }
    type("username", username);
    type("password", password);
    navigate(browser.findElement(By.cssSelector("form.login button[type=submit]")));
    assertThat(browser.getCurrentUrl()).as("signed in as %s", username).endsWith("/account");
  }

  private void open(String path) {
    browser.get(url(path));
    assertNoErrors();
  }

  private void enterCounts(String notice) {
    for (int i = 0; i < COUNTS.length; i++) {
      rowLink(NAMES[i]);
      if (i == 3) {
        screenshot("counting-subject-form");
      }
      type("high", String.valueOf(COUNTS[i][0]));
      type("confident", String.valueOf(COUNTS[i][1]));
      type("low", String.valueOf(COUNTS[i][2]));
      type("invalid", String.valueOf(COUNTS[i][3]));
      submit("Lưu", notice);
    }
  }

  private void tab(String label) {
    navigate(browser.findElement(By.cssSelector("nav.tabs"))
        .findElement(By.linkText(label)));
    assertNoErrors();
  }

  private void click(By link) {
    navigate(browser.findElement(link));
    assertNoErrors();
  }

  /** Follows the "enter" link in the table row that names {@code name}. */
  private void rowLink(String name) {
    WebElement row = browser.findElements(By.cssSelector("main table tbody tr")).stream()
        .filter(r -> r.getText().contains(name))
        .findFirst().orElseThrow(() -> new AssertionError("no table row for " + name));
    click(() -> row.findElement(By.linkText("Nhập, sửa")));
  }

  private void click(java.util.function.Supplier<WebElement> element) {
    navigate(element.get());
    assertNoErrors();
  }

  private void type(String id, String value) {
    WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
    field.clear();
    field.sendKeys(value);
  }

  /** Picks the option of a select whose text starts with {@code prefix}. */
  private void choose(String id, String prefix) {
    Select select = new Select(browser.findElement(By.id(id)));
    WebElement option = select.getOptions().stream()
        .filter(o -> o.getText().startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no option " + prefix + " in #" + id));
    select.selectByValue(option.getAttribute("value"));
  }

  /** Presses the submit button labelled {@code label} and expects a notice with {@code notice}. */
  private void submit(String label, String notice) {
    navigate(browser.findElement(
        By.xpath("//main//button[@type='submit'][normalize-space()='" + label + "']")));
    assertNoErrors();
    assertThat(text(".notices")).as("notice after %s", label).contains(notice);
  }

  /**
   * Clicks and waits until the next page has loaded: a mark left on the current
   * window object is gone once another document has replaced it.
   */
  private void navigate(WebElement target) {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    js.executeScript("window.tinnhiemPreviousPage = true");
    target.click();
    wait.until(d -> {
      try {
        return Boolean.TRUE.equals(js.executeScript(
            "return !window.tinnhiemPreviousPage && document.readyState === 'complete'"));
      } catch (WebDriverException navigating) {
        return false;
      }
    });
  }

  private void assertNoErrors() {
    assertThat(browser.findElements(By.cssSelector("[role=alert], .field-error")))
        .as("error messages on %s", browser.getCurrentUrl())
        .extracting(WebElement::getText).isEmpty();
    assertThat(browser.getTitle()).as("title of %s", browser.getCurrentUrl())
        .doesNotStartWith("Lỗi");
  }

  private String text(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)))
        .getText();
  }

  /** Numbered screenshots of an earlier run would mix with this run's. */
  private static void deleteOldScreenshots() throws IOException {
    if (Files.isDirectory(Screenshots.DIRECTORY)) {
      try (DirectoryStream<Path> old =
          Files.newDirectoryStream(Screenshots.DIRECTORY, "conference-*.png")) {
        for (Path file : old) {
          Files.delete(file);
        }
      }
    }
  }

  private void screenshot(String name) {
    Screenshots.saveFullPage(browser, String.format("conference-%02d-%s", ++shot, name));
  }
}
