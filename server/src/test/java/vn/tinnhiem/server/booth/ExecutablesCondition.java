package vn.tinnhiem.server.booth;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** The extension behind {@link RequiresExecutables}. */
public final class ExecutablesCondition implements ExecutionCondition, BeforeAllCallback {

  /** The program's path: $NAME if set, else the first match on PATH. */
  static Optional<Path> find(String name) {
    for (String alternative : name.split("\\|")) {
      String fromEnv = System.getenv(alternative.toUpperCase(Locale.ROOT).replace('-', '_'));
      if (fromEnv != null && Files.isExecutable(Path.of(fromEnv))) {
        return Optional.of(Path.of(fromEnv));
      }
      String path = System.getenv("PATH");
      for (String dir : path == null ? new String[0] : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir, alternative);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** Like {@link #find}, for a program the test cannot run without. */
  public static Path require(String name) {
    return find(name).orElseThrow(() -> new AssertionError(name + " not found"));
  }

  private static boolean ci() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  private static List<String> missing(ExtensionContext context) {
    List<String> out = new ArrayList<>();
    context.getElement()
        .flatMap(e -> AnnotationSupport.findAnnotation(e, RequiresExecutables.class))
        .ifPresent(a -> {
          for (String name : a.value()) {
            if (find(name).isEmpty()) {
              out.add(name);
            }
          }
        });
    return out;
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    List<String> missing = missing(context);
    if (missing.isEmpty() || ci()) {
      return ConditionEvaluationResult.enabled("needed programs present, or CI must fail");
    }
    String why = "not found on PATH: " + String.join(", ", missing);
    System.out.println("[SKIPPED] " + context.getDisplayName() + ": " + why);
    return ConditionEvaluationResult.disabled(why);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    List<String> missing = missing(context);
    if (!missing.isEmpty()) {
      throw new AssertionError("CI=true and not found on PATH: " + String.join(", ", missing));
    }
  }
}
