package vn.tinnhiem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.crypto.archive.Archive;
import vn.tinnhiem.crypto.archive.ArchiveReader;
import vn.tinnhiem.crypto.archive.ArchiveWriter;
import vn.tinnhiem.crypto.archive.EventType;
import vn.tinnhiem.crypto.archive.Member;
import vn.tinnhiem.crypto.archive.MemberKind;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.oracle.BeleniosTool;
import vn.tinnhiem.crypto.oracle.RequiresBeleniosTool;
import vn.tinnhiem.crypto.trustee.TrusteeFiles;
import vn.tinnhiem.crypto.trustee.TrusteePublicKey;

/**
 * A counting board decrypting offline with the CLI: an election made by belenios-tool (the
 * committed 2-of-3 fixture), cut just after its encrypted tally, is decrypted by two Pedersen
 * members and the server key, combined, and verifies.
 */
class TrusteeFlowTest {
  private static final String FIXTURE = "fixtures/threshold-2of3-blank/";

  @TempDir Path dir;

  @Test
  void membersDecryptOfflineAndTheResultVerifies() throws IOException {
    decryptOffline();
  }

  @Test
  @RequiresBeleniosTool
  void beleniosToolAcceptsTheOfflineDecryption() throws IOException {
    Path bel = decryptOffline();
    Path alone = Files.createDirectories(dir.resolve("alone"));
    Files.copy(bel, alone.resolve("9SZMAwNJCFvg5P.bel"));
    BeleniosTool.ToolResult verdict = BeleniosTool.locate().verify(alone);
    assertThat(verdict.exitCode()).as(verdict.stderr()).isZero();
  }

  private Path decryptOffline() throws IOException {
    Path original = CliRun.resource(FIXTURE + "9SZMAwNJCFvg5P.bel", dir);
    Path bel = cutAfterEncryptedTally(original, dir.resolve("cut.bel"));
    Path trustees = Files.createDirectories(dir.resolve("keys"));
    for (String f : new String[] {"trustee-1.privkey", "trustee-2.key", "trustee-2.dkey",
        "trustee-4.key", "trustee-4.dkey"}) {
      CliRun.resource(FIXTURE + "trustees/" + f, trustees);
    }
    assertThat(CliRun.of("result", bel.toString()).exitCode()).isEqualTo(ExitCodes.INVALID);

    CliRun two = CliRun.of("trustee", "decrypt", bel.toString(), "--key",
        trustees.resolve("trustee-2.key").toString(), "--dkey",
        trustees.resolve("trustee-2.dkey").toString(), "--trustee-id", "2", "--append");
    assertThat(two.exitCode()).as(two.err()).isZero();
    assertThat(two.out()).startsWith("{\"decryption_factors\":[[");
    assertThat(CliRun.of("trustee", "decrypt", bel.toString(), "--key",
        trustees.resolve("trustee-4.key").toString(), "--dkey",
        trustees.resolve("trustee-4.dkey").toString(), "--trustee-id", "4", "--append")
        .exitCode()).isZero();
    assertThat(CliRun.of("trustee", "decrypt", bel.toString(), "--privkey",
        trustees.resolve("trustee-1.privkey").toString(), "--trustee-id", "1", "--append")
        .exitCode()).isZero();

    CliRun result = CliRun.of("result", bel.toString(), "--append");
    assertThat(result.exitCode()).as(result.err()).isZero();
    String expected = new String(getClass().getResourceAsStream(
        "/" + FIXTURE + "expected-result.json").readAllBytes()).trim();
    assertThat(result.out().trim()).isEqualTo(expected);

    CliRun verify = CliRun.of("verify", "--quiet", "--json", bel.toString());
    assertThat(verify.exitCode()).as(verify.out()).isZero();
    assertThat(verify.out()).contains("\"valid\":true").contains("\"result\":" + expected);
    return bel;
  }

  @Test
  void singleKeygenWritesBeleniosCompatibleFiles() throws IOException {
    CliRun run = CliRun.of("trustee", "keygen", "--single", "--dir", dir.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    try (var files = Files.list(dir)) {
      Path pub = files.filter(p -> p.toString().endsWith(".pubkey")).findFirst().orElseThrow();
      TrusteePublicKey key = TrusteeFiles.readPubkey(Group.BELENIOS_2048, Files.readString(pub));
      assertThat(key.isValid(Group.BELENIOS_2048)).isTrue();
      Path priv = Path.of(pub.toString().replace(".pubkey", ".privkey"));
      assertThat(Group.BELENIOS_2048.gPow(TrusteeFiles.readPrivkey(Group.BELENIOS_2048,
          Files.readString(priv)))).isEqualTo(key.publicKey());
      assertThat(Files.getPosixFilePermissions(priv)).containsExactlyInAnyOrder(
          java.nio.file.attribute.PosixFilePermission.OWNER_READ,
          java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    }
  }

  /** The fixture's members up to and including its EncryptedTally event. */
  static Path cutAfterEncryptedTally(Path from, Path to) throws IOException {
    Archive a = ArchiveReader.readAll(from);
    try (OutputStream out = Files.newOutputStream(to);
        ArchiveWriter w = new ArchiveWriter(out, a.header().timestamp())) {
      w.writeHeader(a.header());
      for (Member m : a.members()) {
        w.write(m.kind(), m.bytes());
        if (m.kind() == MemberKind.EVENT && m.event().type() == EventType.EncryptedTally) {
          break;
        }
      }
    }
    return to;
  }
}
