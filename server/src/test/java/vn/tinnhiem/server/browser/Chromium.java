package vn.tinnhiem.server.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Where Debian's Chromium and chromedriver are, and how a test browser starts:
 * headless, offline-friendly (no background networking, updates or sync), with
 * a fresh profile directory that goes away when the browser quits.
 */
public final class Chromium {

  static final String CHROMIUM_ENV = "CHROMIUM_BIN";
  static final String CHROMEDRIVER_ENV = "CHROMEDRIVER_BIN";
  static final Path DEFAULT_CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DEFAULT_CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** The window size pages are laid out in; screenshots may grow it to the page's height. */
  public static final int WIDTH = 1280;
  public static final int HEIGHT = 900;

  static final List<String> ARGUMENTS = List.of(
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run",
      "--disable-dev-shm-usage", "--window-size=" + WIDTH + "," + HEIGHT);

  /** The two executables, found. */
  record Binaries(Path chromium, Path chromedriver) {}

  private Chromium() {}

  /**
   * The binaries, from {@code $CHROMIUM_BIN} / {@code $CHROMEDRIVER_BIN} or Debian's
   * paths; empty with {@code missing} naming what is absent.
   */
  static Optional<Binaries> find(Function<String, String> env,
      java.util.function.Predicate<Path> executable, StringBuilder missing) {
    Path chromium = pathOf(env.apply(CHROMIUM_ENV), DEFAULT_CHROMIUM);
    Path chromedriver = pathOf(env.apply(CHROMEDRIVER_ENV), DEFAULT_CHROMEDRIVER);
    if (!executable.test(chromium)) {
      missing.append("chromium not found at ").append(chromium).append(" ($")
          .append(CHROMIUM_ENV).append(")");
    }
    if (!executable.test(chromedriver)) {
      missing.append(missing.isEmpty() ? "" : "; ").append("chromedriver not found at ")
          .append(chromedriver).append(" ($").append(CHROMEDRIVER_ENV).append(")");
    }
    if (!missing.isEmpty()) {
      missing.append(" (Debian/Ubuntu: apt-get install chromium chromium-driver)");
      return Optional.empty();
    }
    return Optional.of(new Binaries(chromium, chromedriver));
  }

  private static Path pathOf(String value, Path fallback) {
    return value == null || value.isBlank() ? fallback : Path.of(value);
  }

  /** A started browser and its profile directory; closing quits both. */
  static final class Browser implements AutoCloseable {
    final ChromeDriver driver;
    private final Path profile;
    private boolean closed;

    private Browser(ChromeDriver driver, Path profile) {
      this.driver = driver;
      this.profile = profile;
    }

    @Override
    public synchronized void close() {
      if (closed) {
        return;
      }
      closed = true;
      try {
        driver.quit();
      } finally {
        deleteQuietly(profile);
      }
    }
  }

  /** Starts a headless Chromium with a new profile under {@code target/chromium-profiles/}. */
  static Browser start(Binaries binaries) {
    Path profile;
    try {
      Path parent = Files.createDirectories(Path.of("target", "chromium-profiles"));
      profile = Files.createTempDirectory(parent, "profile-").toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(binaries.chromium().toFile());
    options.addArguments(ARGUMENTS);
    options.addArguments("--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(binaries.chromedriver().toFile())
        .usingAnyFreePort()
        .withTimeout(Duration.ofSeconds(30))
        .build();
    try {
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      return new Browser(driver, profile);
    } catch (RuntimeException e) {
      service.stop();
      deleteQuietly(profile);
      throw e;
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // under target/: `mvn clean` takes whatever is left
    }
  }
}
