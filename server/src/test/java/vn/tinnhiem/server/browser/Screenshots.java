package vn.tinnhiem.server.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

/** PNG screenshots under {@code target/screenshots/} (relative to the module). */
public final class Screenshots {

  /** Where screenshots go; Maven runs tests in the module directory, so {@code server/target/...}. */
  public static final Path DIRECTORY = Path.of("target", "screenshots");

  private Screenshots() {}

  /**
   * Saves the whole page, beyond the window, through the DevTools protocol
   * (chromedriver relays the command, so no version-matched CDP classes are
   * needed); other browsers get what the window shows.
   *
   * @param name file name without extension, e.g. {@code results-demo-vi}
   * @return the file written
   */
  public static Path saveFullPage(WebDriver driver, String name) {
    if (!(driver instanceof HasCdp cdp)) {
      return save(driver, name);
    }
    Map<String, Object> metrics = cdp.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
    Map<String, Object> clip = Map.of("x", 0, "y", 0,
        "width", size.get("width").doubleValue(), "height", size.get("height").doubleValue(),
        "scale", 1);
    Map<String, Object> shot = cdp.executeCdpCommand("Page.captureScreenshot",
        Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    return write(name, Base64.getDecoder().decode((String) shot.get("data")));
  }

  /** Saves what the window shows. */
  public static Path save(WebDriver driver, String name) {
    return write(name, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  private static Path write(String name, byte[] png) {
    try {
      Files.createDirectories(DIRECTORY);
      Path file = DIRECTORY.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
      Files.write(file, png);
      return file.toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
