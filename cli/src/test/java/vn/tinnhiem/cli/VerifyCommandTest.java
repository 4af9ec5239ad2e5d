package vn.tinnhiem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.crypto.archive.ArchiveEditor;
import vn.tinnhiem.crypto.archive.EventType;
import vn.tinnhiem.crypto.driver.TrusteeBoard;
import vn.tinnhiem.crypto.election.Question;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.interop.OurElection;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonParser;

/**
 * {@code tinnhiem verify}: exit 0 for a valid archive, 1 for an invalid one with the event at
 * fault, 2 for what is not a readable archive; and the {@code --json} shape.
 *
 * <p>Events of the archive: Setup 0; Ballot 1, 2; EndBallots 3; EncryptedTally 4;
 * PartialDecryption 5; Result 6.
 */
class VerifyCommandTest {
  private static byte[] valid;

  @TempDir Path dir;

  @BeforeAll
  static void makeArchive() {
    valid = OurElection.run(Group.BELENIOS_2048, List.of(new Question(
        DemoElectionCommand.LEVELS, true, 1, 1, "Nguyễn Văn A – Bí thư")),
        TrusteeBoard.Shape.single(), List.of("[[0,1,0,0]]", "[[1,0,0,0]]"), List.of(1)).bel();
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  private static byte[] tampered() {
    return ArchiveEditor.of(valid).editPayload(EventType.Result, 0, j -> ArchiveEditor.set(j,
        Json.integer(2), "result", 0, 1)).toBytes();
  }

  @Test
  void validArchive() throws IOException {
    Cli r = Cli.run("verify", "--quiet", write("ok.bel", valid).toString());

    assertThat(r.exit()).as("%s", r).isZero();
    assertThat(r.out()).startsWith("valid\n")
        .contains("election: Hội nghị thử – tinnhiem (")
        .contains("ballots: 2 cast, 2 counted, 2 voters")
        .contains("result: [[1,1,0,0]]")
        .contains("1. Nguyễn Văn A – Bí thư: blank 1; Tín nhiệm cao 1; Tín nhiệm 0;"
            + " Tín nhiệm thấp 0");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void validArchiveStillInItsVotingPhase() throws IOException {
    byte[] voting = ArchiveEditor.of(valid).cutBefore(EventType.EndBallots).toBytes();
    Cli r = Cli.run("verify", "--quiet", write("voting.bel", voting).toString());

    assertThat(r.exit()).as("%s", r).isZero();
    assertThat(r.out()).startsWith("valid\n").contains("result: not yet tallied");
  }

  @Test
  void tamperedArchiveIsInvalidWithTheEventAtFault() throws IOException {
    Cli r = Cli.run("verify", "--quiet", write("bad.bel", tampered()).toString());

    assertThat(r.exit()).as("%s", r).isEqualTo(1);
    assertThat(r.out()).startsWith("invalid: event 6 (Result): Result: announced [[1,2,0,0]]: ")
        .contains("does not match the decryption");
  }

  @Test
  void aDirectoryIsUnreadable() {
    Cli r = Cli.run("verify", dir.toString());

    assertThat(r.exit()).as("%s", r).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: cannot read " + dir + "\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aMissingFileIsUnreadable() {
    Path missing = dir.resolve("missing.bel");
    Cli r = Cli.run("verify", missing.toString());

    assertThat(r.exit()).as("%s", r).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: cannot read " + missing + "\n");
  }

  @Test
  void garbageIsUnreadable() throws IOException {
    Cli text = Cli.run("verify", write("text.bel", "xin chào, this is not a tar file\n"
        .getBytes(StandardCharsets.UTF_8)).toString());
    assertThat(text.exit()).as("%s", text).isEqualTo(2);
    assertThat(text.err()).startsWith("error: not a readable archive: ")
        .contains("file ends inside a tar header");

    byte[] noise = new byte[4096];
    new java.util.Random(7).nextBytes(noise);
    Cli random = Cli.run("verify", write("noise.bel", noise).toString());
    assertThat(random.exit()).as("%s", random).isEqualTo(2);
    assertThat(random.err()).startsWith("error: not a readable archive: member #0 at byte 0: ");

    Cli empty = Cli.run("verify", write("empty.bel", new byte[0]).toString());
    assertThat(empty.exit()).as("%s", empty).isEqualTo(2);
    assertThat(empty.err()).contains("empty file");
  }

  /** Damage after the BELENIOS header is an archive that fails, not a file we cannot read. */
  @Test
  void aTruncatedArchiveIsInvalidNamingTheMember() throws IOException {
    Cli truncated = Cli.run("verify", write("cut.bel", java.util.Arrays.copyOf(valid, 2000))
        .toString());
    assertThat(truncated.exit()).as("%s", truncated).isEqualTo(1);
    assertThat(truncated.out()).startsWith("invalid: archive: Archive: members: member #1 ")
        .contains("truncated");
  }

  @Test
  void jsonForAValidArchive() throws IOException {
    Cli r = Cli.run("verify", "--json", "--quiet", write("ok.bel", valid).toString());

    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo("{\"valid\":true,\"reason\":null,\"result\":[[1,1,0,0]]}\n");
  }

  @Test
  void jsonForAnInvalidArchive() throws IOException {
    Cli r = Cli.run("verify", "--json", "--quiet", write("bad.bel", tampered()).toString());

    assertThat(r.exit()).isEqualTo(1);
    Json.JObject o = JsonParser.parse(r.out().strip()).asObject();
    assertThat(o.fields().keySet()).containsExactly("valid", "reason", "result");
    assertThat(o.get("valid").asBoolean()).isFalse();
    assertThat(o.get("reason").asString()).startsWith("event 6 (Result): Result: ");
    assertThat(o.get("result")).isEqualTo(new Json.JNull());
  }

  @Test
  void jsonForAnUnreadableFile() {
    Cli r = Cli.run("verify", "--json", dir.resolve("missing.bel").toString());

    assertThat(r.exit()).isEqualTo(2);
    Json.JObject o = JsonParser.parse(r.out().strip()).asObject();
    assertThat(o.fields().keySet()).containsExactly("valid", "reason", "result");
    assertThat(o.get("valid").asBoolean()).isFalse();
    assertThat(o.get("reason").asString()).startsWith("cannot read ");
    assertThat(o.get("result")).isEqualTo(new Json.JNull());
    assertThat(r.err()).isEmpty();
  }

  @Test
  void usageErrorsAreNotExitCodeZero() {
    Cli r = Cli.run("verify");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Missing required parameter: 'FILE.bel'");
  }
}
