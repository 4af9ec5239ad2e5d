package vn.tinnhiem.server.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.tinnhiem.crypto.election.Ballot;
import vn.tinnhiem.crypto.election.BallotFactory;
import vn.tinnhiem.crypto.election.BallotJson;
import vn.tinnhiem.crypto.election.Election;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.oracle.BeleniosTool;
import vn.tinnhiem.crypto.oracle.RequiresBeleniosTool;
import vn.tinnhiem.crypto.proof.Proof;
import vn.tinnhiem.crypto.trustee.PedersenKeys;
import vn.tinnhiem.crypto.verify.Progress;
import vn.tinnhiem.crypto.verify.Verdict;
import vn.tinnhiem.crypto.verify.Verifier;
import vn.tinnhiem.server.TestFlow;
import vn.tinnhiem.server.account.AccountUser;
import vn.tinnhiem.server.account.Role;
import vn.tinnhiem.server.account.TestUsers;
import vn.tinnhiem.server.ceremony.CountingBoardService;
import vn.tinnhiem.server.counting.CountSheet;
import vn.tinnhiem.server.counting.CountingService;
import vn.tinnhiem.server.counting.SubjectCount;
import vn.tinnhiem.server.roll.RollService;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.TestConferences;
import vn.tinnhiem.server.session.TestConferences.Conference;

/**
 * A conference voting electronically, through the HTTP API with Java in the browsers' place:
 * a 2-of-3 Pedersen ceremony, slips at two sites, seven voters (one revotes), the bad casts of
 * the list each refused with nothing stored, closing, two partial decryptions (a bad
 * one refused), the counts in the conference results, and the archive verified by our
 * Verifier and belenios-tool. {@code PostgresVotingFlowTests} runs it on PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
class VotingFlowTests {

  static final AccountUser SECRETARY = TestUsers.of(Role.SECRETARY);
  static final AccountUser BOARD = TestUsers.of(Role.COUNTING_BOARD);

  @Autowired
  MockMvcTester mvc;
  @Autowired
  SessionService sessions;
  @Autowired
  RollService roll;
  @Autowired
  CountingBoardService boards;
  @Autowired
  CountingService counting;
  @Autowired
  JdbcClient jdbc;

  /** What a finished run leaves: the archive and the final choices per voter. */
  record Run(long sessionId, byte[] archive, int[][][] finalVotes, String uuid,
      List<String> secrets) {}

  /** 9 summoned (5 + 4), 7 present (4 + 3), 3 subjects, a board of three keeping 2-of-3 keys. */
  Run runElectronicVote(Path dir) throws Exception {
    Conference c = TestConferences.opened(sessions, 5, 4, 3);
    TestFlow.roll(roll, c, c.hanoi(), 4);
    TestFlow.roll(roll, c, c.hcm(), 3);
    TestFlow.electBoard(boards, c, 3);
    roll.openVoting(c.id(), TestFlow.BY).orElseThrow();
    TestElectionActors actors = new TestElectionActors(mvc, c.id());

    List<String> tokens = actors.startCeremony(SECRETARY, 2);
    assertThat(tokens).hasSize(3);
    Group group = Group.BELENIOS_2048;
    List<PedersenKeys> keys = actors.pedersen(group, tokens, 2);
    assertThat(actors.state(tokens.get(0)).asObject().get("step").asString())
        .isEqualTo("keys-done");
    String uuid = actors.state(tokens.get(0)).asObject().get("uuid").asString();

    List<String> credentials = new ArrayList<>();
    credentials.addAll(actors.credentials(BOARD, c.hanoi().id(), uuid, group, 4));
    credentials.addAll(actors.credentials(BOARD, c.hcm().id(), uuid, group, 3));
    // Printing twice must not make new credentials.
    MvcTestResult again = mvc.post()
        .uri("/api/sessions/{id}/credentials/sites/{s}", c.id(), c.hanoi().id())
        .with(user(BOARD)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
        .content("{\"public_credentials\":[]}").exchange();
    assertThat(again).hasStatus(409);
    assertThat(again.getResponse().getContentAsString()).contains("\"code\":\"already-issued\"");

    assertThat(mvc.post().uri("/sessions/{id}/voting/open", c.id()).with(user(SECRETARY))
        .with(csrf()).exchange()).hasStatus3xxRedirection();
    Election election = actors.election();
    assertThat(election.questions()).hasSize(3);
    assertThat(election.questions().get(0).question()).startsWith("Người được lấy phiếu 1 — ");

    Random random = new Random(7);
    int[][][] votes = new int[7][][];
    for (int v = 0; v < 7; v++) {
      votes[v] = randomVote(random, 3);
      byte[] ballot = BallotJson.toBytes(BallotFactory.create(election, credentials.get(v),
          votes[v]));
      MvcTestResult r = actors.cast(ballot);
      TestElectionActors.assertCreated(r);
      assertThat(r.getResponse().getContentAsString()).contains("\"replaced\":false");
    }
    votes[0] = randomVote(random, 3);
    MvcTestResult revote = actors.cast(BallotJson.toBytes(BallotFactory.create(election,
        credentials.get(0), votes[0])));
    TestElectionActors.assertCreated(revote);
    assertThat(revote.getResponse().getContentAsString()).contains("\"replaced\":true");

    votes[2] = refusesBadCasts(actors, election, credentials, c.id());

    assertThat(mvc.post().uri("/sessions/{id}/voting/close", c.id()).with(user(BOARD))
        .with(csrf()).exchange()).hasStatus3xxRedirection();
    int before = boardSize(c.id());
    MvcTestResult late = actors.cast(BallotJson.toBytes(BallotFactory.create(election,
        credentials.get(1), votes[1])));
    assertThat(late).hasStatus(409);
    assertThat(late.getResponse().getContentAsString()).contains("\"code\":\"voting-closed\"");
    assertThat(boardSize(c.id())).isEqualTo(before);

    String fingerprint = election.fingerprint();
    String first = actors.partialDecryption(group, tokens.get(0), keys.get(0), fingerprint);
    // A partial decryption made with another member's key is refused.
    String wrong = actors.partialDecryption(group, tokens.get(1), keys.get(1), fingerprint);
    MvcTestResult refused = actors.postJson("/api/trustee/" + tokens.get(2)
        + "/partial-decryption", wrong);
    assertThat(refused).hasStatus(422);
    assertThat(refused.getResponse().getContentAsString())
        .contains("\"code\":\"decryption-invalid\"");
    TestElectionActors.assertCreated(actors.postJson("/api/trustee/" + tokens.get(0)
        + "/partial-decryption", first));
    String third = actors.partialDecryption(group, tokens.get(2), keys.get(2), fingerprint);
    TestElectionActors.assertCreated(actors.postJson("/api/trustee/" + tokens.get(2)
        + "/partial-decryption", third));
    assertThat(actors.state(tokens.get(1)).asObject().get("step").asString()).isEqualTo("done");

    MvcTestResult archive = mvc.get().uri("/board/{id}/archive.bel", c.id()).exchange();
    assertThat(archive).hasStatusOk();
    byte[] bytes = archive.getResponse().getContentAsByteArray();
    List<String> secrets = new ArrayList<>(credentials);
    for (PedersenKeys k : keys) {
      secrets.add(k.seed());
      secrets.add(k.decryptionKey().toString());
      secrets.add(k.signingKey().toString());
    }
    return new Run(c.id(), bytes, votes, uuid, secrets);
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void runsAnElectronicVoteWhoseArchiveOurVerifierAccepts(@TempDir Path dir,
      CapturedOutput output) throws Exception {
    Run run = runElectronicVote(dir);
    // No credential or trustee secret reached the log or the database.
    for (String secret : run.secrets()) {
      assertThat(output.getAll()).doesNotContain(secret);
      assertThat(rowsContaining(secret)).as("rows holding a secret").isZero();
    }
    Path file = dir.resolve(run.uuid() + ".bel");
    Files.write(file, run.archive());
    Verdict verdict = Verifier.verify(file, Progress.NONE);
    assertThat(verdict.valid()).as(String.valueOf(verdict.failure())).isTrue();
    long[][] expected = expectedCounts(run.finalVotes());
    assertThat(verdict.result().counts()).isDeepEqualTo(expected);
    assertThat(verdict.summary().ballots()).isEqualTo(9);
    assertThat(verdict.summary().countedBallots()).isEqualTo(7);

    // The decrypted counts joined the conference's count sheet.
    CountSheet sheet = counting.sheet(run.sessionId()).orElseThrow();
    assertThat(sheet.sites()).allMatch(s -> s.electronic() && s.recorded());
    assertThat(sheet.issued()).isEqualTo(7);
    assertThat(sheet.collected()).isEqualTo(7);
    for (int i = 0; i < 3; i++) {
      SubjectCount s = sheet.subjects().get(i);
      assertThat(new long[] {s.high(), s.confident(), s.low()}).isEqualTo(expected[i]);
      assertThat(s.entered()).isTrue();
    }
    assertThat(counting.problems(run.sessionId())).isEmpty();

    MvcTestResult page = mvc.get().uri("/board/{id}", run.sessionId()).exchange();
    assertThat(page).hasStatusOk();
    assertThat(page.getResponse().getContentAsString()).contains(run.uuid())
        .contains("archive.bel").contains("7 trên 7 phiếu mã đã phát")
        .contains("không được công bố"); // 4 and 3 voters: below the threshold of 10
    MvcTestResult voting = mvc.get().uri("/sessions/{id}/voting", run.sessionId())
        .with(user(SECRETARY)).exchange();
    assertThat(voting).hasStatusOk();
    assertThat(voting.getResponse().getContentAsString()).contains("Đã giải mã kết quả")
        .doesNotContain("/trustee/"); // the links were shown once, when made
    MvcTestResult count = mvc.get().uri("/sessions/{id}/counting", run.sessionId())
        .with(user(BOARD)).exchange();
    assertThat(count).hasStatusOk();
    assertThat(count.getResponse().getContentAsString())
        .contains("Số liệu gồm cả kết quả bỏ phiếu điện tử");
  }

  @Test
  void keepsNoTrusteeLinkInClear() throws Exception {
    Conference c = TestConferences.opened(sessions, 3, 2, 1);
    TestFlow.roll(roll, c, c.hanoi(), 3);
    TestFlow.electBoard(boards, c, 2);
    List<String> tokens = new TestElectionActors(mvc, c.id()).startCeremony(SECRETARY, 2);
    assertThat(tokens).hasSize(2);
    for (String token : tokens) {
      assertThat(rowsContaining(token)).isZero();
    }
    // The search does look: the election's uuid, which is stored, is found.
    String uuid = new TestElectionActors(mvc, c.id()).state(tokens.get(0)).asObject()
        .get("uuid").asString();
    assertThat(rowsContaining(uuid)).isPositive();
    assertThat(mvc.get().uri("/api/trustee/{t}", tokens.get(0)).exchange()).hasStatusOk();
    assertThat(mvc.get().uri("/api/trustee/{t}", tokens.get(0).substring(1) + "1").exchange())
        .hasStatus(404);
  }

  @Test
  @RequiresBeleniosTool
  void belenioToolAcceptsTheArchive(@TempDir Path dir) throws Exception {
    Run run = runElectronicVote(dir);
    Path election = Files.createDirectories(dir.resolve("election"));
    Files.write(election.resolve(run.uuid() + ".bel"), run.archive());
    BeleniosTool.ToolResult result = BeleniosTool.locate().verify(election);
    assertThat(result.exitCode()).as(result.stderr()).isZero();
  }

  /** Each bad cast of the list: 4xx with its code, and the board unchanged. */
  private int[][] refusesBadCasts(TestElectionActors actors, Election election,
      List<String> credentials, long sessionId) throws Exception {
    int board = boardSize(sessionId);
    int ballots = ballotCount(sessionId);
    int[][] goodVote = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    Ballot good = BallotFactory.create(election, credentials.get(2), goodVote);
    byte[] goodBytes = BallotJson.toBytes(good);
    String text = new String(goodBytes, StandardCharsets.UTF_8);
    Group group = election.group();

    Ballot otherHash = TestElectionActors.resign(election, credentials.get(2),
        new Ballot(good.electionUuid(), "AAAA" + good.electionHash().substring(4),
            good.credential(), good.answers(), good.signature()));
    expect(actors.cast(BallotJson.toBytes(otherHash)), 422, "election-mismatch");
    Ballot otherElection = TestElectionActors.resign(election, credentials.get(2),
        new Ballot("12345678901234", good.electionHash(), good.credential(), good.answers(),
            good.signature()));
    expect(actors.cast(BallotJson.toBytes(otherElection)), 422, "election-mismatch");

    Election stranger = new Election(1, "x", "x", group, election.publicKey(),
        election.questions(), election.uuid(), null, null);
    Ballot unknown = BallotFactory.create(stranger, "2gKrnV3fFoT8Xw5", new int[][] {
        {1, 0, 0}, {1, 0, 0}, {1, 0, 0}});
    expect(actors.cast(BallotJson.toBytes(unknown)), 422, "election-mismatch");
    Ballot unknownCredential = BallotFactory.create(election,
        vn.tinnhiem.crypto.credential.Credentials.generate(), new int[][] {
            {1, 0, 0}, {1, 0, 0}, {1, 0, 0}});
    expect(actors.cast(BallotJson.toBytes(unknownCredential)), 422, "credential-unknown");

    Ballot badSignature = new Ballot(good.electionUuid(), good.electionHash(),
        good.credential(), good.answers(), new Ballot.Signature(good.signature().hash(),
            new Proof(good.signature().proof().challenge(),
                good.signature().proof().response().add(BigInteger.ONE).mod(group.q()))));
    expect(actors.cast(BallotJson.toBytes(badSignature)), 422, "signature-invalid");

    Ballot.Answer a = good.answers().get(0);
    List<List<Proof>> proofs = new ArrayList<>(a.individualProofs());
    List<Proof> p0 = new ArrayList<>(proofs.get(0));
    p0.set(0, new Proof(p0.get(0).challenge(), p0.get(0).response().add(BigInteger.ONE)
        .mod(group.q())));
    proofs.set(0, p0);
    List<Ballot.Answer> answers = new ArrayList<>(good.answers());
    answers.set(0, new Ballot.Answer(a.choices(), proofs, a.overallProof(), a.blankProof()));
    Ballot proofAltered = TestElectionActors.resign(election, credentials.get(2),
        new Ballot(good.electionUuid(), good.electionHash(), good.credential(), answers,
            good.signature()));
    expect(actors.cast(BallotJson.toBytes(proofAltered)), 422, "proof-invalid");

    String alpha = a.choices().get(0).alpha().toString();
    for (BigInteger outside : List.of(BigInteger.ZERO, BigInteger.ONE.negate(), group.p(),
        group.p().subtract(BigInteger.ONE), group.p().add(BigInteger.ONE))) {
      byte[] bad = text.replace("\"" + alpha + "\"", "\"" + outside + "\"")
          .getBytes(StandardCharsets.UTF_8);
      MvcTestResult r = actors.cast(bad);
      assertThat(r.getResponse().getStatus()).as("alpha = %s", outside).isIn(400, 422);
    }
    expect(actors.cast(text.replace("\"" + alpha + "\"", "\"" + group.p().subtract(
        BigInteger.ONE) + "\"").getBytes(StandardCharsets.UTF_8)), 422, "not-element");

    byte[] huge = new byte[BallotBox.MAX_BALLOT_BYTES + 10];
    Arrays.fill(huge, (byte) ' ');
    expect(actors.cast(huge), 413, "too-large");
    expect(actors.cast("{\"answers\": [".getBytes(StandardCharsets.UTF_8)), 400, "malformed");
    expect(actors.cast("{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8)), 400, "malformed");
    expect(actors.cast(text.replace("{", "{ ").getBytes(StandardCharsets.UTF_8)), 400,
        "malformed");
    MvcTestResult wrongType = mvc.post().uri("/api/sessions/{id}/ballots", sessionId)
        .contentType(MediaType.TEXT_PLAIN).content(goodBytes).exchange();
    expect(wrongType, 415, "content-type");

    assertThat(boardSize(sessionId)).isEqualTo(board);
    assertThat(ballotCount(sessionId)).isEqualTo(ballots);
    // The good one goes in; sent again, it is a replay.
    TestElectionActors.assertCreated(actors.cast(goodBytes));
    expect(actors.cast(goodBytes), 409, "duplicate");
    assertThat(ballotCount(sessionId)).isEqualTo(ballots + 1);
    return goodVote; // voter 2's ballot now
  }

  private static void expect(MvcTestResult r, int status, String code) throws Exception {
    String body = r.getResponse().getContentAsString();
    assertThat(r.getResponse().getStatus()).as(body).isEqualTo(status);
    assertThat(body).contains("\"code\":\"" + code + "\"");
  }

  private int rowsContaining(String secret) {
    return TestElectionActors.rowsContaining(jdbc, secret);
  }

  private int boardSize(long sessionId) {
    return jdbc.sql("SELECT COUNT(*) FROM board_record WHERE session_id = :s")
        .param("s", sessionId).query(Integer.class).single();
  }

  private int ballotCount(long sessionId) {
    return jdbc.sql("SELECT COUNT(*) FROM board_ballot WHERE session_id = :s")
        .param("s", sessionId).query(Integer.class).single();
  }

  static int[][] randomVote(Random random, int subjects) {
    int[][] m = new int[subjects][3];
    for (int[] row : m) {
      row[random.nextInt(3)] = 1;
    }
    return m;
  }

  static long[][] expectedCounts(int[][][] votes) {
    long[][] out = new long[votes[0].length][3];
    for (int[][] v : votes) {
      for (int i = 0; i < v.length; i++) {
        for (int j = 0; j < 3; j++) {
          out[i][j] += v[i][j];
        }
      }
    }
    return out;
  }
}
