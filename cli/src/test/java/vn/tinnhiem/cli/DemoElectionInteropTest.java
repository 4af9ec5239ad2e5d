package vn.tinnhiem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.crypto.archive.ArchiveEditor;
import vn.tinnhiem.crypto.archive.EventType;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.oracle.BeleniosTool;
import vn.tinnhiem.crypto.oracle.RequiresBeleniosTool;
import vn.tinnhiem.crypto.tally.ElectionResult;
import vn.tinnhiem.crypto.verify.Progress;
import vn.tinnhiem.crypto.verify.Verdict;
import vn.tinnhiem.crypto.verify.Verifier;

/**
 * {@code tinnhiem demo-election}, run in-process, writes an archive that belenios-tool
 * verifies, and whose result belenios-tool's compute-result (on a copy cut before our Result)
 * and {@code tinnhiem verify} both find.
 */
@RequiresBeleniosTool
class DemoElectionInteropTest {
  @TempDir Path dir;

  @Test
  void demoElectionIsAcceptedByBeleniosTool() throws IOException {
    Path whole = Files.createDirectories(dir.resolve("whole"));
    Path bel = whole.resolve("demo.bel");
    Cli made = Cli.run("demo-election", "--voters", "4", "--questions", "2", "--threshold",
        "2/3", "--blank", "--out", bel.toString(), "--quiet");
    assertThat(made.exit()).as("%s", made).isZero();
    assertThat(made.out()).startsWith("wrote " + bel + ": 4 voters, ");

    BeleniosTool tool = BeleniosTool.locate();
    BeleniosTool.ToolResult verified = tool.verify(whole);
    assertThat(verified.ok()).as(verified.output()).isTrue();
    assertThat(verified.stderr()).contains("I: all checks passed");

    Verdict ours = Verifier.verify(bel, Progress.NONE);
    assertThat(ours.valid()).as("%s", ours.failure()).isTrue();
    Path cut = Files.createDirectories(dir.resolve("cut"));
    Files.write(cut.resolve("demo.bel"), ArchiveEditor.of(Files.readAllBytes(bel))
        .cutBefore(EventType.Result).toBytes());
    ElectionResult theirs = ElectionResult.fromJson(JsonParser.parse(tool.computeResult(cut)));
    assertThat(theirs).isEqualTo(ours.result());
    assertThat(made.out()).endsWith("result " + theirs + "\n");

    Cli checked = Cli.run("verify", "--quiet", bel.toString());
    assertThat(checked.exit()).as("%s", checked).isZero();
    assertThat(checked.out()).contains("result: " + theirs.toArrayString());
  }
}
