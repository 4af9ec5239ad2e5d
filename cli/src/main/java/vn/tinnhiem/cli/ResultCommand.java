package vn.tinnhiem.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.tinnhiem.crypto.Check;
import vn.tinnhiem.crypto.archive.ArchiveReader;
import vn.tinnhiem.crypto.archive.BoardWriter;
import vn.tinnhiem.crypto.archive.EventType;
import vn.tinnhiem.crypto.tally.ElectionResult;
import vn.tinnhiem.crypto.trustee.Decryption;
import vn.tinnhiem.crypto.trustee.TrusteeCheckException;

/**
 * {@code tinnhiem result}: combines the partial decryptions in an archive into the result, after
 * checking each of them; {@code --append} writes the Result event.
 */
@Command(name = "result", mixinStandardHelpOptions = true,
    description = "Combine the archive's partial decryptions into the election result.")
final class ResultCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE.bel") Path archive;
  @Option(names = "--append", description = "append the Result event to the archive")
  boolean append;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ArchiveTally at = ArchiveTally.of(ArchiveReader.readAll(archive));
    var g = at.election().group();
    ElectionResult result;
    try {
      for (var e : at.partials().entrySet()) {
        Check c = Decryption.check(g, at.trustees(), at.tally().ciphertexts(),
            at.election().fingerprint(), e.getKey(), e.getValue());
        if (c instanceof Check.Fail f) {
          spec.commandLine().getErr().println("invalid: " + f);
          return ExitCodes.INVALID;
        }
      }
      result = new ElectionResult(Decryption.combine(g, at.trustees(),
          at.tally().ciphertexts(), at.partials(), at.sized().totalWeight()));
    } catch (TrusteeCheckException e) {
      spec.commandLine().getErr().println("cannot compute the result: " + e.getMessage());
      return ExitCodes.INVALID;
    }
    spec.commandLine().getOut().println(result.toArrayString());
    spec.commandLine().getOut().flush();
    if (append) {
      try (BoardWriter board = BoardWriter.resume(archive)) {
        board.addPayloadEvent(EventType.Result, result.toBytes());
      }
    }
    return ExitCodes.OK;
  }
}
