package vn.tinnhiem.crypto.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.crypto.archive.Archive;
import vn.tinnhiem.crypto.archive.ArchiveReader;
import vn.tinnhiem.crypto.driver.ElectionDriver;
import vn.tinnhiem.crypto.driver.TrusteeBoard;
import vn.tinnhiem.crypto.election.Question;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.tally.ElectionResult;

class VerifierTest {
  private static final List<String> LEVELS = List.of("Tín nhiệm cao", "Tín nhiệm",
      "Tín nhiệm thấp");

  private static ElectionDriver.Spec spec(int voters, TrusteeBoard.Shape shape, Boolean blank) {
    return new ElectionDriver.Spec("Hội nghị thử", "Mô tả", Group.BELENIOS_2048, List.of(
        new Question(LEVELS, blank, 1, 1, "Nguyễn Văn A – Bí thư"),
        new Question(LEVELS, blank, 1, 1, "Trần Thị B – Phó Bí thư")), voters, shape);
  }

  @Test
  void acceptsOurThresholdElectionAndCountsOnlyTheLastBallotOfEachVoter() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ElectionDriver driver = ElectionDriver.setUp(spec(3, new TrusteeBoard.Shape(2, 3), true),
        out, Progress.NONE);
    driver.castAll(List.of(0, 1, 2), List.of(
        new int[][] {{0, 1, 0, 0}, {0, 0, 0, 1}},
        new int[][] {{0, 0, 1, 0}, {1, 0, 0, 0}},
        new int[][] {{0, 0, 0, 1}, {0, 1, 0, 0}}), Progress.NONE);
    // Voter 0 changes their mind: only this second ballot counts.
    driver.castAll(List.of(0), List.<int[][]>of(new int[][] {{1, 0, 0, 0}, {0, 1, 0, 0}}),
        Progress.NONE);
    ElectionResult result = driver.tallyAndDecrypt(List.of(1, 3));
    assertThat(result.counts()).isDeepEqualTo(new long[][] {{1, 0, 1, 1}, {1, 2, 0, 0}});

    Verdict v = Verifier.verify(ArchiveReader.readAll(out.toByteArray()), Progress.NONE);
    assertThat(v.failure()).isNull();
    assertThat(v.valid()).isTrue();
    assertThat(v.result()).isEqualTo(result);
    assertThat(v.summary().ballots()).isEqualTo(4);
    assertThat(v.summary().countedBallots()).isEqualTo(3);
    assertThat(v.summary().voters()).isEqualTo(3);
    assertThat(v.summary().partialDecryptions()).isEqualTo(2);
  }

  @Test
  void acceptsSingleTrusteeElectionAndReportsProgress() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ElectionDriver driver = ElectionDriver.setUp(spec(4, TrusteeBoard.Shape.single(), null),
        out, Progress.NONE);
    List<int[][]> votes = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      votes.add(new int[][] {{1, 0, 0}, {0, 0, 1}});
    }
    driver.castAll(List.of(0, 1, 2, 3), votes, Progress.NONE);
    driver.tallyAndDecrypt(List.of(1));
    AtomicLong ballotsSeen = new AtomicLong();
    Verdict v = Verifier.verify(ArchiveReader.readAll(out.toByteArray()),
        (phase, done, total) -> {
          if (phase.equals("ballots")) {
            ballotsSeen.accumulateAndGet(done, Math::max);
          }
        });
    assertThat(v.valid()).isTrue();
    assertThat(v.result().counts()).isDeepEqualTo(new long[][] {{4, 0, 0}, {0, 0, 4}});
    assertThat(ballotsSeen.get()).isEqualTo(4);
  }

  @Test
  void checksAnArchiveStillInItsVotingPhase() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ElectionDriver driver = ElectionDriver.setUp(spec(2, TrusteeBoard.Shape.single(), null),
        out, Progress.NONE);
    driver.castAll(List.of(1), List.<int[][]>of(new int[][] {{0, 1, 0}, {0, 1, 0}}),
        Progress.NONE);
    Archive partial = ArchiveReader.readAll(out.toByteArray());
    Verdict v = Verifier.verify(partial, Progress.NONE);
    assertThat(v.valid()).isTrue();
    assertThat(v.result()).isNull();
    assertThat(v.summary().ballots()).isEqualTo(1);
  }
}
