package vn.tinnhiem.crypto.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tinnhiem.crypto.interop.BeleniosToOursTest.confidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.crypto.archive.ArchiveEditor;
import vn.tinnhiem.crypto.archive.EventType;
import vn.tinnhiem.crypto.driver.ElectionDriver;
import vn.tinnhiem.crypto.driver.TrusteeBoard;
import vn.tinnhiem.crypto.election.Ballot;
import vn.tinnhiem.crypto.election.BallotFactory;
import vn.tinnhiem.crypto.election.BallotJson;
import vn.tinnhiem.crypto.election.Election;
import vn.tinnhiem.crypto.election.ElectionJson;
import vn.tinnhiem.crypto.election.Question;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.oracle.BeleniosTool;
import vn.tinnhiem.crypto.oracle.BeleniosTool.ElectionSpec;
import vn.tinnhiem.crypto.oracle.BeleniosTool.Stage;
import vn.tinnhiem.crypto.oracle.BeleniosTool.ToolResult;
import vn.tinnhiem.crypto.oracle.RequiresBeleniosTool;
import vn.tinnhiem.crypto.oracle.Votes;
import vn.tinnhiem.crypto.tally.ElectionResult;
import vn.tinnhiem.crypto.verify.Progress;
import vn.tinnhiem.crypto.verify.Verdict;
import vn.tinnhiem.crypto.verify.Verifier;

/**
 * Archives written by our {@link ElectionDriver} are accepted by {@code belenios-tool election
 * verify}, and belenios-tool's own {@code compute-result}, run on a copy cut before our Result
 * event, finds our result. Ballots from our {@link BallotFactory} cast into an election
 * belenios-tool made are accepted and counted by it.
 */
@RequiresBeleniosTool
class OursToBeleniosTest {
  private static BeleniosTool tool;

  @TempDir Path dir;

  @BeforeAll
  static void locate() {
    tool = BeleniosTool.locate();
  }

  /** Who votes what, in casting order; a voter listed twice revotes. */
  private record Cast(List<Integer> voters, List<String> plaintexts) {
    static Cast of(Object... voterThenPlaintext) {
      List<Integer> voters = new ArrayList<>();
      List<String> plaintexts = new ArrayList<>();
      for (int i = 0; i < voterThenPlaintext.length; i += 2) {
        voters.add((Integer) voterThenPlaintext[i]);
        plaintexts.add((String) voterThenPlaintext[i + 1]);
      }
      return new Cast(voters, plaintexts);
    }

    ElectionResult expected() {
      Map<Integer, String> last = new LinkedHashMap<>();
      for (int i = 0; i < voters.size(); i++) {
        last.put(voters.get(i), plaintexts.get(i));
      }
      return Votes.tally(last, v -> 1L);
    }
  }

  /**
   * Runs the election with our driver, checks that belenios-tool verifies the archive and
   * computes our result from our partial decryptions.
   */
  private ElectionResult runOursAndCheckWithTool(Group group, List<Question> questions,
      int voters, TrusteeBoard.Shape shape, Cast cast, List<Integer> decryptors)
      throws IOException {
    OurElection run = OurElection.run(group, questions, voters, shape, cast.voters(),
        cast.plaintexts(), decryptors);
    ElectionResult ours = run.result();
    assertThat(ours).isEqualTo(cast.expected());
    byte[] bel = run.bel();
    String uuid = run.driver().election().uuid();

    Path whole = Files.createDirectories(dir.resolve("whole"));
    Files.write(whole.resolve(uuid + ".bel"), bel);
    ToolResult verified = tool.verify(whole);
    assertThat(verified.ok()).as(verified.output()).isTrue();
    assertThat(verified.stderr()).contains("I: all checks passed");

    // belenios-tool decrypts with our partial decryptions (NOTES.md: cut before Result)
    Path cut = Files.createDirectories(dir.resolve("cut"));
    Files.write(cut.resolve(uuid + ".bel"), ArchiveEditor.of(bel).cutBefore(EventType.Result)
        .toBytes());
    ElectionResult theirs = ElectionResult.fromJson(JsonParser.parse(tool.computeResult(cut)));
    assertThat(theirs).isEqualTo(ours);

    Verdict v = Verifier.verify(whole.resolve(uuid + ".bel"), Progress.NONE);
    assertThat(v.valid()).as("%s", v.failure()).isTrue();
    assertThat(v.result()).isEqualTo(ours);
    return ours;
  }

  @Test
  void singleTrustee() throws IOException {
    runOursAndCheckWithTool(Group.BELENIOS_2048, List.of(confidence(0, null)), 3,
        TrusteeBoard.Shape.single(),
        Cast.of(0, "[[1,0,0]]", 1, "[[0,0,1]]", 2, "[[1,0,0]]"), List.of(1));
  }

  @Test
  void twoOfThreeWithARevote() throws IOException {
    runOursAndCheckWithTool(Group.BELENIOS_2048, List.of(confidence(1, null),
        confidence(2, null)), 3, new TrusteeBoard.Shape(2, 3),
        Cast.of(0, "[[1,0,0],[0,1,0]]", 1, "[[0,1,0],[0,1,0]]", 0, "[[0,0,1],[1,0,0]]"),
        List.of(3, 1));
  }

  @Test
  void threeOfFiveDecryptedByMembersFiveTwoAndFour() throws IOException {
    runOursAndCheckWithTool(Group.BELENIOS_2048, List.of(confidence(3, null)), 2,
        new TrusteeBoard.Shape(3, 5), Cast.of(0, "[[0,1,0]]", 1, "[[0,1,0]]"),
        List.of(5, 2, 4));
  }

  @Test
  void blankAllowed() throws IOException {
    runOursAndCheckWithTool(Group.BELENIOS_2048, List.of(confidence(4, true),
        new Question(List.of("A", "B", "C"), false, 0, 2, "Chọn tối đa hai")), 3,
        new TrusteeBoard.Shape(2, 3),
        Cast.of(0, "[[1,0,0,0],[1,1,0]]", 1, "[[0,0,0,1],[0,0,0]]", 2, "[[0,1,0,0],[0,0,1]]"),
        List.of(1, 2));
  }

  @Test
  void rfc3526Group() throws IOException {
    runOursAndCheckWithTool(Group.RFC_3526_2048, List.of(confidence(5, null)), 2,
        TrusteeBoard.Shape.single(), Cast.of(0, "[[0,0,1]]", 1, "[[0,1,0]]"), List.of(1));
  }

  /**
   * Our ballots, signed with private credentials belenios-tool generated, go into an election
   * belenios-tool made: a first vote by voter 3 and a revote by voter 1 that replaces the
   * tool's ballot. belenios-tool verifies them, counts them, and so do we.
   */
  @Test
  void ourBallotsInABeleniosToolElection() throws IOException {
    ElectionSpec spec = ElectionSpec.builder()
        .question(confidence(6, true))
        .question(new Question(List.of("A", "B", "C"), false, 0, 2, "Chọn tối đa hai"))
        .voters(3)
        .vote("[[0,1,0,0],[1,0,0]]")
        .vote("[[0,0,1,0],[0,1,1]]")
        .stopAfter(Stage.BALLOTS)
        .build();
    BeleniosTool.Election e = tool.buildElection(spec, dir);
    Election election = ElectionJson.fromBytes(e.electionJson().getBytes(StandardCharsets.UTF_8));

    String third = "[[1,0,0,0],[0,0,1]]";
    String revote = "[[0,0,0,1],[0,0,0]]";
    Ballot fromVoter3 = BallotFactory.create(election,
        e.credentials().get(2).privateCredential(), Votes.parse(third));
    Ballot revoteOf1 = BallotFactory.create(election,
        e.credentials().get(0).privateCredential(), Votes.parse(revote));
    assertThat(fromVoter3.credential()).hasToString(e.credentials().get(2).publicCredential());
    assertThat(revoteOf1.credential()).hasToString(e.credentials().get(0).publicCredential());
    for (Ballot b : List.of(fromVoter3, revoteOf1)) {
      tool.addEvent(dir, "Ballot", List.of(new String(BallotJson.toBytes(b),
          StandardCharsets.UTF_8)));
    }
    ToolResult accepted = tool.verify(dir);
    assertThat(accepted.ok()).as(accepted.output()).isTrue();

    BeleniosTool.Election done = tool.finish(e);
    Map<Integer, String> last = new LinkedHashMap<>();
    last.put(1, revote);
    last.put(2, spec.votes().get(1));
    last.put(3, third);
    ElectionResult expected = Votes.tally(last, v -> 1L);
    assertThat(done.result()).isEqualTo(expected);

    Verdict ours = Verifier.verify(done.archive(), Progress.NONE);
    assertThat(ours.valid()).as("%s", ours.failure()).isTrue();
    assertThat(ours.result()).isEqualTo(expected);
    assertThat(ours.summary().ballots()).isEqualTo(4);
    assertThat(ours.summary().countedBallots()).isEqualTo(3);
  }

  /**
   * The weighted fixture with a weight of 2^50, tally, decryption and result made again by us
   * ({@link MalformedArchiveTest#reweightedFixture}): belenios-tool accepts it, and so does our
   * verifier, which checks the announced counts without a discrete logarithm.
   */
  @Test
  void countsBeyondADiscreteLogarithmSearch() throws IOException {
    long big = 1L << 50;
    byte[] bel = MalformedArchiveTest.reweightedFixture(big);
    Files.write(dir.resolve("weighted.bel"), bel);

    ToolResult r = tool.verify(dir);
    assertThat(r.ok()).as(r.output()).isTrue();
    assertThat(r.stderr()).contains("I: all checks passed");
    Verdict v = Verifier.verify(dir.resolve("weighted.bel"), Progress.NONE);
    assertThat(v.valid()).as("%s", v.failure()).isTrue();
    assertThat(v.result()).isEqualTo(new ElectionResult(new long[][] {{3, big, 0}}));
  }
}
