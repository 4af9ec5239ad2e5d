package vn.tinnhiem.crypto.archive;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs belenios-tool for interop tests. Without it on PATH the tests are skipped with a printed
 * reason, except under {@code CI=true}, where they fail: CI must run the oracle.
 */
final class BeleniosTool {
  private static final String NAME = "belenios-tool";

  private BeleniosTool() {}

  /** The result of one run: exit code and stdout + stderr. */
  record Run(int exit, String output) {
    boolean ok() {
      return exit == 0;
    }
  }

  static Optional<Path> locate() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String d : path.split(File.pathSeparator)) {
      Path p = Path.of(d, NAME);
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The tool, or a skip (a failure under CI=true). */
  static Path require() {
    Optional<Path> tool = locate();
    if (tool.isEmpty()) {
      String reason = NAME + " is not on PATH (apt-get install belenios-tool)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(reason + ", and CI=true requires the interop tests");
      }
      System.out.println("Skipping belenios-tool interop tests: " + reason);
      Assumptions.abort(reason);
    }
    return tool.get();
  }

  /** {@code belenios-tool election verify --dir dir}. */
  static Run verify(Path tool, Path dir) throws IOException, InterruptedException {
    return run(tool, List.of("election", "verify", "--dir", dir.toString()));
  }

  static Run run(Path tool, List<String> args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of(tool.toString()));
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("BELENIOS_USE_URANDOM", "1");
    Process p = pb.start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail(NAME + " " + args + " timed out");
    }
    return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }
}
