package vn.tinnhiem.server.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.WebDriver;

/**
 * The extension behind {@link RequiresChromium}: the skip-locally / fail-on-CI
 * condition, {@link WebDriver} parameters, and a screenshot when a test fails.
 */
public final class ChromiumExtension implements ExecutionCondition, BeforeAllCallback,
    BeforeEachCallback, ParameterResolver, AfterTestExecutionCallback {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(ChromiumExtension.class);

  private final Function<String, String> env;
  private final Predicate<Path> executable;

  public ChromiumExtension() {
    this(System::getenv, path -> Files.isRegularFile(path) && Files.isExecutable(path));
  }

  ChromiumExtension(Function<String, String> env, Predicate<Path> executable) {
    this.env = env;
    this.executable = executable;
  }

  boolean isCi() {
    return "true".equalsIgnoreCase(env.apply("CI"));
  }

  private Optional<Chromium.Binaries> binaries(StringBuilder missing) {
    return Chromium.find(env, executable, missing);
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    StringBuilder missing = new StringBuilder();
    Optional<Chromium.Binaries> found = binaries(missing);
    if (found.isPresent()) {
      return ConditionEvaluationResult.enabled("chromium at " + found.get().chromium());
    }
    if (isCi()) {
      return ConditionEvaluationResult.enabled(missing + " (CI=true: failing instead of skipping)");
    }
    String where = context.getTestClass().map(Class::getSimpleName).orElse("?")
        + context.getTestMethod().map(m -> "#" + m.getName()).orElse("");
    System.out.println("[SKIPPED] " + where + ": " + missing);
    return ConditionEvaluationResult.disabled(missing.toString());
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    failIfMissingOnCi();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    failIfMissingOnCi();
  }

  private void failIfMissingOnCi() {
    StringBuilder missing = new StringBuilder();
    if (binaries(missing).isEmpty() && isCi()) {
      System.out.println("[FAILED] " + missing + " (CI=true)");
      throw new AssertionError(missing + ". CI=true, so tests annotated @RequiresChromium"
          + " fail instead of being skipped.");
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == WebDriver.class;
  }

  /** A browser for this method, or for the class when asked for in {@code @BeforeAll}. */
  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    StringBuilder missing = new StringBuilder();
    Chromium.Binaries found = binaries(missing)
        .orElseThrow(() -> new AssertionError(missing.toString()));
    return context.getStore(NAMESPACE)
        .computeIfAbsent(Chromium.Browser.class, key -> Chromium.start(found),
            Chromium.Browser.class)
        .driver;
  }

  /** On failure, the page as the browser showed it: {@code target/screenshots/<Class>-<method>-failed.png}. */
  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isEmpty()) {
      return;
    }
    findBrowser(context).ifPresent(browser -> {
      try {
        Path file = Screenshots.save(browser.driver,
            context.getRequiredTestClass().getSimpleName() + "-"
                + context.getRequiredTestMethod().getName() + "-failed");
        System.out.println("[SCREENSHOT] " + file);
      } catch (RuntimeException e) {
        System.out.println("[SCREENSHOT] none: " + e);
      }
    });
  }

  /** The method's browser, or the class's (stores look up their parents). */
  private static Optional<Chromium.Browser> findBrowser(ExtensionContext context) {
    return Optional.ofNullable(
        context.getStore(NAMESPACE).get(Chromium.Browser.class, Chromium.Browser.class));
  }
}
