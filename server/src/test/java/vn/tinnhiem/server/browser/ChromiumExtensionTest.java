package vn.tinnhiem.server.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The skip-locally / fail-on-CI policy of {@link RequiresChromium}, without a browser. */
class ChromiumExtensionTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private static ChromiumExtension extension(String ci, Set<Path> installed) {
    Map<String, String> env = ci == null ? Map.of() : Map.of("CI", ci);
    return new ChromiumExtension(env::get, installed::contains);
  }

  /** Enough of an ExtensionContext for the condition: a class and a method name. */
  private static ExtensionContext context() {
    return (ExtensionContext) Proxy.newProxyInstance(
        ChromiumExtensionTest.class.getClassLoader(), new Class<?>[] {ExtensionContext.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "getTestClass" -> Optional.of(ChromiumExtensionTest.class);
          case "getTestMethod" -> Optional.of(
              ChromiumExtensionTest.class.getDeclaredMethod("context"));
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }

  /** Runs with stdout captured, since the extension prints skips and failures. */
  private static <T> T capturing(ByteArrayOutputStream sink, Supplier<T> action) {
    PrintStream old = System.out;
    System.setOut(new PrintStream(sink, true, StandardCharsets.UTF_8));
    try {
      return action.get();
    } finally {
      System.setOut(old);
    }
  }

  @Test
  void runsWhenBothAreInstalled() {
    ChromiumExtension extension = extension("true", Set.of(CHROMIUM, CHROMEDRIVER));

    assertThat(extension.evaluateExecutionCondition(context()).isDisabled()).isFalse();
    extension.beforeAll(context());
    extension.beforeEach(context());
  }

  @Test
  void skipsLocallyWithAPrintedReason() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ChromiumExtension extension = extension(null, Set.of(CHROMIUM));

    ConditionEvaluationResult result =
        capturing(out, () -> extension.evaluateExecutionCondition(context()));
    extension.beforeEach(context());

    assertThat(result.isDisabled()).isTrue();
    assertThat(result.getReason()).get().asString()
        .contains("chromedriver not found at /usr/bin/chromedriver")
        .doesNotContain("chromium not found");
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("[SKIPPED] ChromiumExtensionTest#context: chromedriver not found");
  }

  @Test
  void failsOnCi() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ChromiumExtension extension = extension("true", Set.of());

    assertThat(capturing(out, () -> extension.evaluateExecutionCondition(context()))
        .isDisabled()).isFalse();
    Throwable failure = capturing(out, () -> catchThrowable(() -> extension.beforeEach(context())));

    assertThat(failure).isInstanceOf(AssertionError.class)
        .hasMessageContaining("chromium not found at /usr/bin/chromium")
        .hasMessageContaining("chromedriver not found")
        .hasMessageContaining("CI=true");
    assertThat(capturing(out, () -> catchThrowable(() -> extension.beforeAll(context()))))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void takesTheBinariesFromTheEnvironmentWhenSet() {
    Path chromium = Path.of("/opt/chromium/chrome");
    Path driver = Path.of("/opt/chromium/chromedriver");
    Map<String, String> env = Map.of("CHROMIUM_BIN", chromium.toString(),
        "CHROMEDRIVER_BIN", driver.toString());

    Optional<Chromium.Binaries> found =
        Chromium.find(env::get, Set.of(chromium, driver)::contains, new StringBuilder());

    assertThat(found).contains(new Chromium.Binaries(chromium, driver));
  }

  @Test
  void startsHeadlessOfflineAndWithADevShmFallback() {
    assertThat(Chromium.ARGUMENTS).contains("--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-dev-shm-usage");
  }
}
