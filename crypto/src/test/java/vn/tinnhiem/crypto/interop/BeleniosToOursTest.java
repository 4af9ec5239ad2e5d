package vn.tinnhiem.crypto.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.crypto.election.Question;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.oracle.BeleniosTool;
import vn.tinnhiem.crypto.oracle.BeleniosTool.Election;
import vn.tinnhiem.crypto.oracle.BeleniosTool.ElectionSpec;
import vn.tinnhiem.crypto.oracle.BeleniosTool.Stage;
import vn.tinnhiem.crypto.oracle.BeleniosTool.TrusteeSetup;
import vn.tinnhiem.crypto.oracle.RequiresBeleniosTool;
import vn.tinnhiem.crypto.tally.ElectionResult;
import vn.tinnhiem.crypto.verify.Progress;
import vn.tinnhiem.crypto.verify.Verdict;
import vn.tinnhiem.crypto.verify.Verifier;

/**
 * belenios-tool makes fresh elections; our {@link Verifier} must accept each archive and find
 * exactly the result belenios-tool computed (which is also what the plaintext votes add up to).
 * The committed fixtures are checked the same way, without the tool, in
 * {@code oracle.FixturesTest#ourVerifierAcceptsTheFixtureWithItsExpectedResult}.
 */
@RequiresBeleniosTool
class BeleniosToOursTest {
  static final List<String> LEVELS = List.of("Tín nhiệm cao", "Tín nhiệm", "Tín nhiệm thấp");
  private static final String[] PEOPLE = {"Nguyễn Văn A", "Trần Thị B", "Lê Văn C",
      "Phạm Thị D", "Hoàng Văn E", "Vũ Thị G", "Đặng Văn H", "Bùi Thị K", "Đỗ Văn L",
      "Hồ Thị M"};

  private static BeleniosTool tool;

  @TempDir Path dir;

  @BeforeAll
  static void locate() {
    tool = BeleniosTool.locate();
  }

  /** A confidence question on person {@code i}: three levels, exactly one. */
  static Question confidence(int i, Boolean blank) {
    return new Question(LEVELS, blank, 1, 1, PEOPLE[i % PEOPLE.length] + " – Ủy viên");
  }

  /** Verifies the tool's archive with ours and returns our verdict. */
  private static Verdict assertOursAgrees(Election e) throws IOException {
    Verdict v = Verifier.verify(e.archive(), Progress.NONE);
    assertThat(v.valid()).as("our verifier: %s", v.failure()).isTrue();
    assertThat(v.result()).as("result").isEqualTo(e.result());
    assertThat(v.result()).isEqualTo(e.spec().expectedResult());
    assertThat(v.summary().ballots()).isEqualTo(e.ballots().size());
    assertThat(v.summary().partialDecryptions()).isEqualTo(e.decryptors().size());
    assertThat(v.summary().election().uuid()).isEqualTo(e.uuid());
    return v;
  }

  @Test
  void singleTrusteeOneQuestion() throws IOException {
    Election e = tool.buildElection(ElectionSpec.builder()
        .question(confidence(0, null))
        .vote("[[1,0,0]]").vote("[[0,1,0]]").vote("[[1,0,0]]")
        .build(), dir);

    assertOursAgrees(e);
    assertThat(e.result()).isEqualTo(new ElectionResult(new long[][] {{2, 1, 0}}));
  }

  @Test
  void thresholdTwoOfThreeWithServerKeyTenQuestions() throws IOException {
    List<Question> questions = new ArrayList<>();
    StringBuilder first = new StringBuilder("[");
    StringBuilder second = new StringBuilder("[");
    for (int i = 0; i < 10; i++) {
      questions.add(confidence(i, null));
      first.append(i == 0 ? "" : ",").append(i % 3 == 0 ? "[1,0,0]" : "[0,1,0]");
      second.append(i == 0 ? "" : ",").append(i % 2 == 0 ? "[0,0,1]" : "[0,1,0]");
    }
    Election e = tool.buildElection(ElectionSpec.builder()
        .questions(questions)
        .trustees(TrusteeSetup.thresholdWithServerKey(2, 3))
        .vote(first.append(']').toString())
        .vote(second.append(']').toString())
        .decryptors(4, 1, 2) // members 3 and 1 of the Pedersen group, around the server key
        .build(), dir);

    assertOursAgrees(e);
    assertThat(e.result().counts()).hasNumberOfRows(10);
  }

  @Test
  void pedersenOnlyTwoOfThree() throws IOException {
    Election e = tool.buildElection(ElectionSpec.builder()
        .question(confidence(1, null))
        .trustees(TrusteeSetup.pedersenOnly(2, 3))
        .voters(3)
        .vote("[[0,0,1]]").vote(null).vote("[[1,0,0]]")
        .decryptors(3, 2)
        .build(), dir);

    Verdict v = assertOursAgrees(e);
    assertThat(v.summary().voters()).isEqualTo(3);
    assertThat(v.summary().countedBallots()).isEqualTo(2);
  }

  @Test
  void blankAllowedAndABlankVote() throws IOException {
    Election e = tool.buildElection(ElectionSpec.builder()
        .question(confidence(2, true))
        .question(confidence(3, false))
        .vote("[[1,0,0,0],[0,1,0]]") // blank on the first question
        .vote("[[0,0,1,0],[1,0,0]]")
        .build(), dir);

    assertOursAgrees(e);
    assertThat(e.result()).isEqualTo(new ElectionResult(new long[][] {{1, 0, 1, 0}, {1, 1, 0}}));
  }

  @Test
  void vietnameseTextsEverywhere() throws IOException {
    Election e = tool.buildElection(ElectionSpec.builder()
        .name("Hội nghị Ban Chấp hành – lấy phiếu tín nhiệm “giữa nhiệm kỳ”")
        .description("Đánh giá mức độ tín nhiệm đối với người giữ chức vụ; dữ liệu thử nghiệm")
        .question(new Question(List.of("Đồng ý", "Không đồng ý", "Ý kiến khác: ‘chưa rõ’"),
            null, 1, 1, "Trần Thị B – Phó Chủ tịch Ủy ban nhân dân xã Đông Hưng?"))
        .vote("[[0,0,1]]").vote("[[1,0,0]]")
        .build(), dir);

    Verdict v = assertOursAgrees(e);
    assertThat(v.summary().election().name()).endsWith("“giữa nhiệm kỳ”");
    assertThat(v.summary().election().questions().get(0).answers())
        .contains("Ý kiến khác: ‘chưa rõ’");
  }

  @Test
  void revoteTheLastBallotCounts() throws IOException {
    Election e = tool.buildElection(ElectionSpec.builder()
        .question(confidence(4, null))
        .vote("[[1,0,0]]").vote("[[1,0,0]]")
        .revote(1, "[[0,0,1]]")
        .revote(1, "[[0,1,0]]")
        .build(), dir);

    Verdict v = assertOursAgrees(e);
    assertThat(e.result()).isEqualTo(new ElectionResult(new long[][] {{1, 1, 0}}));
    assertThat(v.summary().ballots()).isEqualTo(4);
    assertThat(v.summary().countedBallots()).isEqualTo(2);
  }

  @Test
  void rfc3526Group() throws IOException {
    Election e = tool.buildElection(ElectionSpec.builder()
        .group(Group.RFC_3526_2048)
        .question(confidence(5, null))
        .vote("[[0,1,0]]").vote("[[0,0,1]]")
        .build(), dir);

    Verdict v = assertOursAgrees(e);
    assertThat(v.summary().election().group()).isEqualTo(Group.RFC_3526_2048);
  }

  @Test
  void weightsIncludingOneOfTwoToTheThirty() throws IOException {
    Election e = tool.buildElection(ElectionSpec.builder()
        .question(confidence(6, null))
        .weights(List.of(1L, 3L, 1_073_741_824L))
        .vote("[[1,0,0]]").vote("[[0,1,0]]").vote("[[0,1,0]]")
        .build(), dir);

    assertOursAgrees(e);
    assertThat(e.resultJson()).isEqualTo("{\"result\":[[1,\"1073741827\",0]]}");
  }

  @Test
  void everyEarlierStageIsValidWithoutAResult() throws IOException {
    Election e = tool.buildElection(ElectionSpec.builder()
        .question(confidence(7, true))
        .trustees(TrusteeSetup.single())
        .vote("[[0,1,0,0]]").vote("[[1,0,0,0]]")
        .stopAfter(Stage.PARTIAL_DECRYPTIONS)
        .build(), dir);

    Verdict v = Verifier.verify(e.archive(), Progress.NONE);
    assertThat(v.valid()).as("%s", v.failure()).isTrue();
    assertThat(v.result()).isNull();
    assertThat(v.summary().partialDecryptions()).isEqualTo(1);

    Election finished = tool.finish(e);
    Verdict end = Verifier.verify(finished.archive(), Progress.NONE);
    assertThat(end.valid()).isTrue();
    assertThat(end.result()).isEqualTo(finished.result()).isEqualTo(e.spec().expectedResult());
  }
}
