package vn.tinnhiem.crypto.trustee;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs belenios-tool for the interop tests of this package. Without the tool on PATH the test
 * is skipped with a printed reason, except under {@code CI=true}, where it fails.
 */
final class BeleniosTool {
  /** What a run printed and how it ended. */
  record Result(int exitCode, String stdout, String stderr) {}

  private final Path executable;

  private BeleniosTool(Path executable) {
    this.executable = executable;
  }

  static BeleniosTool require() {
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        Path p = Path.of(dir, "belenios-tool");
        if (Files.isExecutable(p)) {
          return new BeleniosTool(p);
        }
      }
    }
    String reason = "belenios-tool is not on PATH (apt-get install belenios-tool)";
    if ("true".equals(System.getenv("CI"))) {
      fail(reason + "; it is required when CI=true");
    }
    System.out.println("SKIPPED interop test: " + reason);
    Assumptions.abort(reason);
    throw new AssertionError("unreachable");
  }

  /** Runs {@code belenios-tool args} in {@code dir} with {@code stdin} as input. */
  Result run(Path dir, String stdin, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(List.of(args));
    Path in = Files.createTempFile(dir, "stdin", ".txt");
    Path out = Files.createTempFile(dir, "stdout", ".txt");
    Path err = Files.createTempFile(dir, "stderr", ".txt");
    Files.writeString(in, stdin == null ? "" : stdin, StandardCharsets.UTF_8);
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
        .redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().put("BELENIOS_USE_URANDOM", "1");
    Process process = pb.start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("belenios-tool " + String.join(" ", args) + " timed out");
    }
    Result r = new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    Files.delete(in);
    Files.delete(out);
    Files.delete(err);
    return r;
  }

  /** Like {@link #run} but fails the test unless the tool exits 0. */
  String ok(Path dir, String stdin, String... args) throws IOException, InterruptedException {
    Result r = run(dir, stdin, args);
    if (r.exitCode() != 0) {
      fail("belenios-tool " + String.join(" ", args) + " exited " + r.exitCode() + ": "
          + r.stderr());
    }
    return r.stdout();
  }
}
