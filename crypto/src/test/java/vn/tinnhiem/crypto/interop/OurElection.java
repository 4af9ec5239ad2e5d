package vn.tinnhiem.crypto.interop;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import vn.tinnhiem.crypto.driver.ElectionDriver;
import vn.tinnhiem.crypto.driver.TrusteeBoard;
import vn.tinnhiem.crypto.election.Question;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.oracle.Votes;
import vn.tinnhiem.crypto.tally.ElectionResult;
import vn.tinnhiem.crypto.verify.Progress;

/**
 * A whole election run by our {@link ElectionDriver} in memory, for tests: the archive, the
 * driver (election, private credentials) and the result it announced.
 */
public record OurElection(byte[] bel, ElectionDriver driver, ElectionResult result) {

  /**
   * Sets up, casts {@code plaintexts[i]} (belenios-tool's form, e.g. {@code [[0,1,0]]}) for
   * voter {@code voters[i]} (from 0; a voter listed twice revotes), tallies and lets
   * {@code decryptors} decrypt.
   */
  public static OurElection run(Group group, List<Question> questions, int voterCount,
      TrusteeBoard.Shape trustees, List<Integer> voters, List<String> plaintexts,
      List<Integer> decryptors) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ElectionDriver driver = ElectionDriver.setUp(new ElectionDriver.Spec(
          "Hội nghị thử – tinnhiem", "Dữ liệu thử nghiệm do tinnhiem tạo", group, questions,
          voterCount, trustees), out, Progress.NONE);
      driver.castAll(voters, plaintexts.stream().map(Votes::parse).toList(), Progress.NONE);
      ElectionResult result = driver.tallyAndDecrypt(decryptors);
      return new OurElection(out.toByteArray(), driver, result);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen in memory", e);
    }
  }

  /** Voters 0, 1, … each cast one of {@code plaintexts}, in order. */
  public static OurElection run(Group group, List<Question> questions,
      TrusteeBoard.Shape trustees, List<String> plaintexts, List<Integer> decryptors) {
    List<Integer> voters = java.util.stream.IntStream.range(0, plaintexts.size()).boxed()
        .toList();
    return run(group, questions, plaintexts.size(), trustees, voters, plaintexts, decryptors);
  }
}
