package vn.tinnhiem.cli;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.tinnhiem.crypto.archive.ArchiveReader;
import vn.tinnhiem.crypto.archive.BoardWriter;
import vn.tinnhiem.crypto.archive.EventType;
import vn.tinnhiem.crypto.election.Election;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonWriter;
import vn.tinnhiem.crypto.tally.EncryptedTally;
import vn.tinnhiem.crypto.trustee.Decryption;
import vn.tinnhiem.crypto.trustee.PartialDecryption;
import vn.tinnhiem.crypto.trustee.PedersenTrustee;
import vn.tinnhiem.crypto.trustee.TrusteeFiles;

/**
 * {@code tinnhiem trustee decrypt}: a member's partial decryption of an archive's encrypted
 * tally, with proofs, computed offline. Prints the partial decryption (as belenios-tool does);
 * {@code --append} also adds it to the archive as the given trustee id.
 */
@Command(name = "decrypt", mixinStandardHelpOptions = true,
    description = "Partially decrypt the encrypted tally of an archive.")
final class TrusteeDecryptCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE.bel") Path archive;
  @Option(names = "--privkey", description = "a Single trustee's .privkey") Path privkey;
  @Option(names = "--key", description = "a threshold member's seed (.key)") Path key;
  @Option(names = "--dkey", description = "a threshold member's decryption key (.dkey)")
  Path dkey;
  @Option(names = "--trustee-id", description = "id in the trustees list (from 1), for --append")
  Integer trusteeId;
  @Option(names = "--append", description = "append the partial decryption to the archive")
  boolean append;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ArchiveTally at = ArchiveTally.of(ArchiveReader.readAll(archive));
    Election election = at.election();
    EncryptedTally tally = at.tally();
    Group g = election.group();
    BigInteger x;
    if (privkey != null) {
      x = TrusteeFiles.readPrivkey(g, Files.readString(privkey));
    } else if (key != null && dkey != null) {
      x = PedersenTrustee.decryptionKey(g, TrusteeFiles.readKey(g, Files.readString(key)),
          TrusteeFiles.singleLine(Files.readString(dkey)));
    } else {
      spec.commandLine().getErr().println("error: give --privkey, or --key with --dkey");
      return ExitCodes.UNREADABLE;
    }
    PartialDecryption pd = Decryption.compute(g, tally.ciphertexts(), x, election.fingerprint());
    spec.commandLine().getOut().println(pd.write());
    spec.commandLine().getOut().flush();
    if (append) {
      if (trusteeId == null) {
        spec.commandLine().getErr().println("error: --append needs --trustee-id");
        return ExitCodes.UNREADABLE;
      }
      try (BoardWriter board = BoardWriter.resume(archive)) {
        String h = board.addData(pd.write().getBytes(StandardCharsets.UTF_8));
        board.addPayloadEvent(EventType.PartialDecryption, JsonWriter.writeBytes(
            Json.obj("owner", Json.integer(trusteeId), "payload", Json.str(h))));
      }
    }
    return ExitCodes.OK;
  }
}
