package vn.tinnhiem.server.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.tinnhiem.crypto.credential.Credentials;
import vn.tinnhiem.crypto.election.Ballot;
import vn.tinnhiem.crypto.election.BallotFactory;
import vn.tinnhiem.crypto.election.BallotJson;
import vn.tinnhiem.crypto.election.Election;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.trustee.SingleTrusteeKey;
import vn.tinnhiem.server.TestFlow;
import vn.tinnhiem.server.ceremony.CountingBoardService;
import vn.tinnhiem.server.roll.RollService;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.TestConferences;
import vn.tinnhiem.server.session.TestConferences.Conference;

/**
 * A catalogue of hostile requests against the voting endpoints: each is answered 4xx, nothing
 * is stored (no table grows), and the server still answers its health check and a good cast
 * afterwards. Bad casts of the issue's own list are in {@link VotingFlowTests}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HostileInputTests {

  @Autowired
  MockMvcTester mvc;
  @Autowired
  SessionService sessions;
  @Autowired
  RollService roll;
  @Autowired
  CountingBoardService boards;
  @Autowired
  JdbcClient jdbc;

  private Conference c;
  private TestElectionActors actors;
  private Election election;
  private List<String> credentials;
  private String token;

  @BeforeEach
  void openElection() throws Exception {
    c = TestConferences.opened(sessions, 3, 1, 2);
    TestFlow.roll(roll, c, c.hanoi(), 3);
    TestFlow.roll(roll, c, c.hcm(), 0);
    TestFlow.electBoard(boards, c, 1);
    roll.openVoting(c.id(), TestFlow.BY).orElseThrow();
    actors = new TestElectionActors(mvc, c.id());
    token = actors.startCeremony(VotingFlowTests.SECRETARY, 1).get(0);
    TestElectionActors.assertCreated(actors.postJson("/api/trustee/" + token + "/public-key",
        SingleTrusteeKey.generate(Group.BELENIOS_2048).publicKey().write()));
    String uuid = actors.state(token).asObject().get("uuid").asString();
    credentials = actors.credentials(VotingFlowTests.BOARD, c.hanoi().id(), uuid,
        Group.BELENIOS_2048, 3);
    assertThat(mvc.post().uri("/sessions/{id}/voting/open", c.id())
        .with(user(VotingFlowTests.SECRETARY)).with(csrf()).exchange())
        .hasStatus3xxRedirection();
    election = actors.election();
  }

  @Test
  void hostileCastsAreRefusedAndStoreNothing() throws Exception {
    Ballot good = BallotFactory.create(election, credentials.get(0), new int[][] {
        {1, 0, 0}, {0, 0, 1}});
    String text = new String(BallotJson.toBytes(good), StandardCharsets.UTF_8);
    String alpha = good.answers().get(0).choices().get(0).alpha().toString();
    Group g = election.group();
    Map<String, byte[]> bodies = new LinkedHashMap<>();
    for (BigInteger x : List.of(BigInteger.ZERO, BigInteger.ONE, g.p().subtract(BigInteger.ONE),
        g.p(), g.p().add(BigInteger.ONE), BigInteger.ONE.negate(), BigInteger.TWO.pow(4096),
        nonMember(g))) {
      bodies.put("alpha = " + abbreviate(x), text.replace(alpha, x.toString()).getBytes(
          StandardCharsets.UTF_8));
    }
    bodies.put("alpha as a number", text.replace("\"" + alpha + "\"", alpha)
        .getBytes(StandardCharsets.UTF_8));
    bodies.put("alpha with leading zero", text.replace(alpha, "0" + alpha)
        .getBytes(StandardCharsets.UTF_8));
    Ballot oneAnswer = TestElectionActors.resign(election, credentials.get(0), new Ballot(
        good.electionUuid(), good.electionHash(), good.credential(),
        good.answers().subList(0, 1), good.signature()));
    bodies.put("one answer for two questions", BallotJson.toBytes(oneAnswer));
    List<Ballot.Answer> three = new ArrayList<>(good.answers());
    three.add(good.answers().get(0));
    bodies.put("three answers for two questions", BallotJson.toBytes(
        TestElectionActors.resign(election, credentials.get(0), new Ballot(good.electionUuid(),
            good.electionHash(), good.credential(), three, good.signature()))));
    bodies.put("duplicated key", text.replaceFirst("\\{", "{\"election_uuid\":\"x\",")
        .getBytes(StandardCharsets.UTF_8));
    bodies.put("deep nesting", ("[".repeat(100_000) + "]".repeat(100_000))
        .getBytes(StandardCharsets.UTF_8));
    bodies.put("bad UTF-8", concat(Arrays.copyOf(BallotJson.toBytes(good), 40),
        new byte[] {(byte) 0xC3, (byte) 0x28}));
    bodies.put("empty", new byte[0]);
    bodies.put("null", "null".getBytes(StandardCharsets.UTF_8));
    bodies.put("array", "[]".getBytes(StandardCharsets.UTF_8));
    bodies.put("string", "\"ballot\"".getBytes(StandardCharsets.UTF_8));
    bodies.put("trailing garbage", (text + "x").getBytes(StandardCharsets.UTF_8));
    byte[] tenMegabytes = new byte[10 * 1024 * 1024];
    Arrays.fill(tenMegabytes, (byte) '1');
    bodies.put("10 MB", tenMegabytes);
    Ballot otherCredential = BallotFactory.create(election, Credentials.generate(),
        new int[][] {{1, 0, 0}, {1, 0, 0}});
    bodies.put("credential not on the list", BallotJson.toBytes(otherCredential));
    Ballot stolenCredential = new Ballot(good.electionUuid(), good.electionHash(),
        BallotFactory.create(election, credentials.get(1), new int[][] {{1, 0, 0}, {1, 0, 0}})
            .credential(), good.answers(), good.signature());
    bodies.put("another voter's credential, my signature", BallotJson.toBytes(stolenCredential));

    int before = rows();
    for (var e : bodies.entrySet()) {
      MvcTestResult r = actors.cast(e.getValue());
      assertThat(r.getResponse().getStatus()).as(e.getKey()).isBetween(400, 499);
      assertThat(r.getResponse().getContentType()).as(e.getKey())
          .startsWith("application/problem+json");
    }
    for (String type : List.of(MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_XML_VALUE,
        MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
      MvcTestResult r = mvc.post().uri("/api/sessions/{id}/ballots", c.id()).contentType(type)
          .content(BallotJson.toBytes(good)).exchange();
      assertThat(r.getResponse().getStatus()).as(type).isEqualTo(415);
    }
    assertThat(mvc.post().uri("/api/sessions/{id}/ballots", 987654321L)
        .contentType(MediaType.APPLICATION_JSON).content(BallotJson.toBytes(good)).exchange())
        .hasStatus(404);
    assertThat(rows()).as("rows in every table").isEqualTo(before);

    assertThat(mvc.get().uri("/actuator/health").exchange()).hasStatusOk();
    TestElectionActors.assertCreated(actors.cast(BallotJson.toBytes(good)));
  }

  @Test
  void hostileCeremonyAndCredentialRequestsAreRefused() throws Exception {
    int before = rows();
    for (String message : List.of("public-key", "certificate", "polynomial", "voutput")) {
      for (String body : List.of("{}", "[", "null", "{\"pok\":1}", "x".repeat(100))) {
        MvcTestResult r = actors.postJson("/api/trustee/" + token + "/" + message, body);
        assertThat(r.getResponse().getStatus()).as(message + " " + body).isBetween(400, 499);
      }
    }
    for (String bad : List.of("x", token + "x", token.substring(1) + "0")) {
      assertThat(mvc.get().uri("/api/trustee/{t}", bad).exchange().getResponse().getStatus())
          .as(bad).isEqualTo(404);
    }
    // The firewall turns away an encoded path before any handler sees it.
    assertThat(mvc.get().uri("/api/trustee/{t}", "../../etc/passwd").exchange().getResponse()
        .getStatus()).isEqualTo(400);
    for (String body : List.of("{\"public_credentials\":[\"1\"]}", "{\"public_credentials\":1}",
        "{\"public_credentials\":[\"0\",\"0\",\"0\"]}", "{\"x\":[]}", "[]")) {
      MvcTestResult r = mvc.post().uri("/api/sessions/{id}/credentials/sites/{s}", c.id(),
              c.hcm().id()).with(user(VotingFlowTests.BOARD)).with(csrf())
          .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
      assertThat(r.getResponse().getStatus()).as(body).isBetween(400, 499);
    }
    assertThat(rows()).isEqualTo(before);
    assertThat(mvc.get().uri("/actuator/health").exchange()).hasStatusOk();
  }

  @Test
  void aClientGuessingCredentialsIsSlowedDown() throws Exception {
    byte[] guess = BallotJson.toBytes(BallotFactory.create(election, Credentials.generate(),
        new int[][] {{1, 0, 0}, {1, 0, 0}}));
    for (int i = 0; i < BoothController.REFUSED_CASTS; i++) {
      assertThat(castFrom("10.9.9.9", guess)).hasStatus(422);
    }
    MvcTestResult slowed = castFrom("10.9.9.9", guess);
    assertThat(slowed).hasStatus(429);
    assertThat(slowed.getResponse().getContentAsString()).contains("\"code\":\"too-many\"");
    // Another booth is not affected, and a good ballot from it goes in.
    assertThat(castFrom("10.9.9.10", guess)).hasStatus(422);
    TestElectionActors.assertCreated(actors.cast(BallotJson.toBytes(BallotFactory.create(
        election, credentials.get(1), new int[][] {{0, 1, 0}, {0, 1, 0}}))));
  }

  private MvcTestResult castFrom(String address, byte[] ballot) {
    return mvc.post().uri("/api/sessions/{id}/ballots", c.id())
        .contentType(MediaType.APPLICATION_JSON).content(ballot).with(request -> {
          request.setRemoteAddr(address);
          return request;
        }).exchange();
  }

  /** An element of Z_p* outside the order-q subgroup: g times a generator of the cofactor. */
  private static BigInteger nonMember(Group g) {
    for (BigInteger x = BigInteger.TWO; ; x = x.add(BigInteger.ONE)) {
      if (!x.modPow(g.q(), g.p()).equals(BigInteger.ONE)) {
        return x;
      }
    }
  }

  private static String abbreviate(BigInteger x) {
    String s = x.toString();
    return s.length() > 12 ? s.substring(0, 6) + "…(" + s.length() + " digits)" : s;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** Rows in every table the voting feature writes. */
  private int rows() {
    int n = 0;
    for (String table : List.of("election", "election_trustee", "site_credentials",
        "public_credential", "board_record", "board_ballot", "electronic_count")) {
      n += jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
    }
    return n;
  }
}
