package vn.tinnhiem.server.booth;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.tinnhiem.crypto.credential.Credentials;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.server.HtmlConformance;
import vn.tinnhiem.server.browser.RequiresChromium;
import vn.tinnhiem.server.browser.Screenshots;

/**
 * The credential-slips page (templates/slips, js/slips) in headless Chromium against canned
 * API answers: the slips it prints are the credentials whose public parts it uploaded, their
 * QR codes scan to the printed text, and a reload never makes a second batch.
 */
@RequiresChromium
class SlipsPageBrowserTest {
  private static final String PAGE = "/sessions/7/slips/sites/3";
  private static final String API = "/api/sessions/7/credentials/sites/3";
  private static final String CSRF_TOKEN = "csrf-3f1c2a";
  private static final int PRESENT = 12;
  private static final int PRINT_DPI = 200;

  private final String uuid = TestElections.uuid();
  private final List<List<String>> accepted = new CopyOnWriteArrayList<>();
  private TestPageServer server;

  @BeforeEach
  void serveThePage() throws IOException {
    server = TestPageServer.start();
    servePage(Locale.forLanguageTag("vi"));
    server.route("GET", API, request -> TestPageServer.Response.json(200, "{\"uuid\":\"" + uuid
        + "\",\"group\":\"BELENIOS-2048\",\"present\":" + PRESENT + ",\"issued\":"
        + (accepted.isEmpty() ? 0 : accepted.get(0).size()) + "}"));
    server.route("POST", API, request -> {
      if (!CSRF_TOKEN.equals(request.header("X-CSRF-TOKEN"))) {
        return TestPageServer.Response.problem(403, "csrf", "no CSRF token");
      }
      if (!accepted.isEmpty()) {
        return TestPageServer.Response.problem(409, "already-issued", "đã phát hành");
      }
      accepted.add(JsonParser.parse(request.body()).asObject().get("public_credentials")
          .asList(Json::asString));
      return TestPageServer.Response.json(201, "{\"issued\":" + PRESENT + "}");
    });
  }

  private void servePage(Locale locale) {
    String html = new TemplatePages().render("slips/slips", Map.of("sessionId", 7L,
        "siteId", 3L, "title", "Hội nghị lấy phiếu tín nhiệm Ban Chấp hành Đảng bộ Trường",
        "siteName", "Cơ sở Hà Nội", "csrfHeader", "X-CSRF-TOKEN", "csrfToken", CSRF_TOKEN),
        locale);
    assertThat(HtmlConformance.problems(html)).isEmpty();
    server.route("GET", PAGE, request -> TestPageServer.Response.html(html));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static WebDriverWait waitUpTo(WebDriver driver, int seconds) {
    return new WebDriverWait(driver, Duration.ofSeconds(seconds));
  }

  private static String phase(WebDriver driver) {
    return driver.findElement(By.id("slips-page")).getAttribute("data-phase");
  }

  @Test
  void printsTheSlipsWhosePublicCredentialsItUploadedAndNeverASecondBatch(WebDriver driver)
      throws Exception {
    driver.get(server.baseUrl() + PAGE);
    WebElement make = waitUpTo(driver, 10).until(d -> {
      WebElement b = d.findElement(By.id("slips-generate"));
      return b.isDisplayed() ? b : null;
    });
    assertThat(make.getText()).isEqualTo("Tạo " + PRESENT + " phiếu mã");
    Screenshots.saveFullPage(driver, "slips-1-before");
    make.click();
    waitUpTo(driver, 60).until(d -> "printable".equals(phase(d)));

    assertThat(accepted).hasSize(1);
    List<String> uploaded = accepted.get(0);
    assertThat(uploaded).hasSize(PRESENT).doesNotHaveDuplicates()
        .isSortedAccordingTo((a, b) -> new BigInteger(a).compareTo(new BigInteger(b)));
    Set<String> uploadedSet = new HashSet<>(uploaded);

    List<WebElement> slips = driver.findElements(By.cssSelector("#slips .slip"));
    assertThat(slips).hasSize(PRESENT);
    Set<String> printed = new HashSet<>();
    for (WebElement slip : slips) {
      String credential = slip.findElement(By.cssSelector("[data-credential]")).getText();
      assertThat(Credentials.isWellFormed(credential)).as(credential).isTrue();
      assertThat(credential).matches("[1-9A-HJ-NP-Za-km-z]{3}(-[1-9A-HJ-NP-Za-km-z]{3}){4}");
      assertThat(uploadedSet).contains(Credentials.publicCredential(Group.BELENIOS_2048, uuid,
          credential).toString());
      assertThat(drawnQrText(driver, slip)).as("the QR code drawn for " + credential)
          .contains(credential);
      assertShownWhole(driver, slip);
      assertThat(slip.getText()).containsIgnoringCase("Cơ sở Hà Nội")
          .contains("Quét mã hoặc gõ mã tại máy bỏ phiếu");
      printed.add(credential);
    }
    assertThat(printed).hasSize(PRESENT);
    assertThat(driver.findElement(By.id("slips-status")).getText()).contains("sẵn sàng");
    assertThat((Object) ((JavascriptExecutor) driver).executeScript(
        "return window.localStorage.length + window.sessionStorage.length")).isEqualTo(0L);
    Screenshots.saveFullPage(driver, "slips-2-printable");
    Files.createDirectories(Screenshots.DIRECTORY);
    Files.write(Screenshots.DIRECTORY.resolve("slips-3-one-slip.png"),
        slips.get(0).getScreenshotAs(OutputType.BYTES));
    byte[] pdf = printToPdf(driver, "slips-4-print.pdf");
    assertThat(qrTextsOnPaper(pdf)).as("the QR codes on the printed sheets")
        .containsExactlyInAnyOrderElementsOf(printed);

    driver.navigate().refresh();
    waitUpTo(driver, 10).until(d -> "already-issued".equals(phase(d)));
    assertThat(driver.findElement(By.id("slips-status")).getText())
        .contains("đã được phát hành (" + PRESENT + " mã)");
    assertThat(driver.findElements(By.cssSelector("#slips .slip"))).isEmpty();
    assertThat(driver.findElement(By.id("slips-generate")).isDisplayed()).isFalse();
    assertThat(server.requests("POST", API)).hasSize(1);
    Screenshots.saveFullPage(driver, "slips-5-already-issued");
  }

  @Test
  void refusedUploadShowsTheReasonAndPrintsNothing(WebDriver driver) {
    server.route("POST", API, request ->
        TestPageServer.Response.problem(409, "voting-started", "Đã bắt đầu bỏ phiếu."));
    driver.get(server.baseUrl() + PAGE);
    waitUpTo(driver, 10).until(d -> d.findElement(By.id("slips-generate")).isDisplayed());
    driver.findElement(By.id("slips-generate")).click();
    waitUpTo(driver, 60).until(d -> "failed".equals(phase(d)));
    assertThat(driver.findElement(By.id("slips-error")).getText())
        .contains("Đã bắt đầu bỏ phiếu.", "đã bị hủy");
    assertThat(driver.findElements(By.cssSelector("#slips .slip"))).isEmpty();
    assertThat(driver.findElement(By.id("slips-print")).isDisplayed()).isFalse();
  }

  @Test
  void speaksEnglishWhenAsked(WebDriver driver) {
    servePage(Locale.ENGLISH);
    driver.get(server.baseUrl() + PAGE);
    WebElement make = waitUpTo(driver, 10).until(d -> {
      WebElement b = d.findElement(By.id("slips-generate"));
      return b.isDisplayed() ? b : null;
    });
    assertThat(make.getText()).isEqualTo("Make " + PRESENT + " slips");
    make.click();
    waitUpTo(driver, 60).until(d -> "printable".equals(phase(d)));
    assertThat(driver.findElement(By.cssSelector("#slips .slip")).getText())
        .contains("Scan the code or type it at the voting booth");
    Screenshots.saveFullPage(driver, "slips-6-english");
  }

  /**
   * The text of the QR code a slip's canvas holds, read from the canvas's own pixels (264 × 264,
   * 8 per module): what was drawn, before any scaling to the screen or the printer.
   */
  private static Optional<String> drawnQrText(WebDriver driver, WebElement slip)
      throws IOException {
    String dataUrl = (String) ((JavascriptExecutor) driver).executeScript(
        "return arguments[0].querySelector('[data-qr] canvas').toDataURL('image/png')", slip);
    return qrText(Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1)));
  }

  /**
   * The QR code is shown at its designed size, 132 CSS px (4 per module), and wholly inside
   * its slip: the slip's text never squeezes it and the cut line never crosses it.
   */
  @SuppressWarnings("unchecked")
  private static void assertShownWhole(WebDriver driver, WebElement slip) {
    Map<String, Number> box = (Map<String, Number>) ((JavascriptExecutor) driver).executeScript(
        "const s = arguments[0].getBoundingClientRect();"
            + " const q = arguments[0].querySelector('[data-qr] canvas').getBoundingClientRect();"
            + " return {width: q.width, height: q.height, left: q.left - s.left,"
            + " top: q.top - s.top, right: s.right - q.right, bottom: s.bottom - q.bottom};",
        slip);
    assertThat(box.get("width").doubleValue()).as("QR width").isEqualTo(132.0);
    assertThat(box.get("height").doubleValue()).as("QR height").isEqualTo(132.0);
    for (String side : List.of("left", "top", "right", "bottom")) {
      assertThat(box.get(side).doubleValue()).as("room on the QR code's %s", side).isPositive();
    }
  }

  /**
   * The texts of every QR code on the printed sheets, as a scanner reads them off paper (each
   * page rendered at 200 dpi); and on every sheet, the right-hand cut line is printed.
   */
  private static List<String> qrTextsOnPaper(byte[] pdf) throws IOException {
    List<String> texts = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(document);
      for (int page = 0; page < document.getNumberOfPages(); page++) {
        BufferedImage image = renderer.renderImageWithDPI(page, PRINT_DPI, ImageType.GRAY);
        ImageIO.write(image, "png",
            Screenshots.DIRECTORY.resolve("slips-4-print-p" + (page + 1) + ".png").toFile());
        assertThat(inkedRows(image, 196, 200)).as("the right cut line on page %d", page + 1)
            .isGreaterThan(100);
        texts.addAll(qrTexts(image));
      }
    }
    return texts;
  }

  /**
   * The rows of the page with ink in the vertical band from {@code fromMm} to {@code toMm}: a
   * dashed vertical line there inks about half the rows it spans, a horizontal one a handful.
   */
  private static int inkedRows(BufferedImage page, int fromMm, int toMm) {
    int from = (int) (fromMm / 25.4 * PRINT_DPI);
    int to = (int) (toMm / 25.4 * PRINT_DPI);
    int rows = 0;
    for (int y = 0; y < page.getHeight(); y++) {
      for (int x = from; x < to; x++) {
        if ((page.getRGB(x, y) & 0xff) < 200) { // the cut line is grey (#777)
          rows++;
          break;
        }
      }
    }
    return rows;
  }

  /** Every QR code ZXing finds in the image. */
  private static List<String> qrTexts(BufferedImage image) {
    try {
      return Arrays.stream(new QRCodeMultiReader().decodeMultiple(bitmap(image),
          Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))).map(Result::getText).toList();
    } catch (NotFoundException e) {
      return List.of();
    }
  }

  private static BinaryBitmap bitmap(BufferedImage image) {
    return new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
  }

  /** The text of the one QR code in a PNG, if a reader finds one. */
  private static Optional<String> qrText(byte[] png) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    try {
      return Optional.of(new QRCodeReader().decode(bitmap(image),
          Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText());
    } catch (NotFoundException | ChecksumException | FormatException e) {
      return Optional.empty();
    }
  }

  /** Chromium's print of the page (A4, as the secretary's printer would get it). */
  private static byte[] printToPdf(WebDriver driver, String name) throws IOException {
    PrintOptions options = new PrintOptions();
    options.setPageSize(new PageSize(29.7, 21.0));
    options.setPageMargin(new PageMargin(1.0, 0.8, 1.0, 1.0)); // as slips.css's @page
    options.setBackground(true);
    String pdf = ((PrintsPage) driver).print(options).getContent();
    Files.createDirectories(Screenshots.DIRECTORY);
    Path file = Screenshots.DIRECTORY.resolve(name);
    byte[] bytes = Base64.getDecoder().decode(pdf);
    Files.write(file, bytes);
    return bytes;
  }
}
