package vn.tinnhiem.server.booth;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tinnhiem.server.booth.NodeHarness.request;
import static vn.tinnhiem.server.booth.TestElections.assertAccepted;
import static vn.tinnhiem.server.booth.TestElections.assertReencrypts;
import static vn.tinnhiem.server.booth.TestElections.confidence;
import static vn.tinnhiem.server.booth.TestElections.confidenceQuestions;
import static vn.tinnhiem.server.booth.TestElections.election;
import static vn.tinnhiem.server.booth.TestElections.plaintext;
import static vn.tinnhiem.server.booth.TestElections.text;
import static vn.tinnhiem.server.booth.TestElections.toJson;
import static vn.tinnhiem.server.booth.TestElections.votes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.crypto.archive.Archive;
import vn.tinnhiem.crypto.archive.ArchiveReader;
import vn.tinnhiem.crypto.credential.Credentials;
import vn.tinnhiem.crypto.election.Ballot;
import vn.tinnhiem.crypto.election.BallotFactory;
import vn.tinnhiem.crypto.election.BallotJson;
import vn.tinnhiem.crypto.election.Election;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.group.Hash;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.json.JsonWriter;

/**
 * The booth's JavaScript (static/js/booth) run under node and cross-checked with the Java
 * crypto module: JavaScript ballots pass BallotCheck and keep their bytes, Java ballots pass
 * the JavaScript check, and the known answers of belenios-tool come out the same.
 */
@RequiresExecutables("node")
class BoothCryptoNodeTest {

  /** Makes one ballot per plaintext in JavaScript and checks each as the server will. */
  private static List<Json.JObject> castInJavaScript(Election election, String credential,
      List<int[][]> plaintexts) {
    List<Json.JObject> made = makeInJavaScript(election, credential, plaintexts);
    for (int i = 0; i < made.size(); i++) {
      assertCastable(election, credential, plaintexts.get(i), made.get(i));
    }
    return made;
  }

  private static List<Json.JObject> makeInJavaScript(Election election, String credential,
      List<int[][]> plaintexts) {
    List<Json> requests = new ArrayList<>();
    for (int[][] m : plaintexts) {
      requests.add(request("createBallot", "election", Json.str(text(election)),
          "credential", Json.str(credential), "plaintext", toJson(m)));
    }
    return NodeHarness.run(requests).stream().map(Json::asObject).toList();
  }

  private static void assertCastable(Election election, String credential, int[][] plaintext,
      Json.JObject made) {
    String printed = credential.length() == 15
        ? String.join("-", credential.split("(?<=\\G...)")) : credential;
    Ballot ballot = assertAccepted(election, made.get("ballotJson").asString(), printed,
        made.get("trackingCode").asString());
    assertReencrypts(election, ballot, plaintext, made.get("randomness"));
    assertThat(made.get("electionHash").asString()).isEqualTo(election.fingerprint());
    assertThat(made.get("progress").asInt()).isEqualTo(election.questions().size());
  }

  @Test
  void ballotsForOneQuestionPassBallotCheck() {
    Election e = election(Group.BELENIOS_2048, List.of(confidence(1, false)));
    castInJavaScript(e, Credentials.generate(),
        votes(plaintext(e, 0), plaintext(e, 1), plaintext(e, 2)));
  }

  @Test
  void ballotsForTenQuestionsPassBallotCheck() {
    Election e = election(Group.BELENIOS_2048, confidenceQuestions(10, false));
    int[][] mixed = new int[10][];
    for (int i = 0; i < 10; i++) {
      mixed[i] = new int[3];
      mixed[i][i % 3] = 1;
    }
    castInJavaScript(e, Credentials.generate(), votes(mixed, plaintext(e, 2)));
  }

  @Test
  void blankAndNonBlankVotesPassBallotCheck() {
    Election e = election(Group.BELENIOS_2048, confidenceQuestions(2, true));
    int[][] oneBlankOneNot = {{1, 0, 0, 0}, {0, 0, 1, 0}};
    castInJavaScript(e, Credentials.generate(),
        votes(TestElections.blank(e), plaintext(e, 1), oneBlankOneNot));
  }

  @Test
  void ballotsInTheRfc3526GroupPassBallotCheck() {
    Election e = election(Group.RFC_3526_2048,
        List.of(confidence(1, true), confidence(2, false)));
    int[][] m = {{1, 0, 0, 0}, {0, 0, 1}};
    castInJavaScript(e, Credentials.generate(), votes(m));
  }

  @Test
  void credentialTypedWithoutDashesSignsAsThePrintedOne() {
    Election e = election(Group.BELENIOS_2048, List.of(confidence(1, false)));
    String printed = Credentials.generate();
    Json.JObject made = castInJavaScript(e, printed.replace("-", ""),
        votes(plaintext(e, 0))).get(0);
    assertThat(made.get("credential").asString()).isEqualTo(
        Credentials.publicCredential(e.group(), e.uuid(), printed).toString());
  }

  @Test
  void publicCredentialsMatchBeleniosToolKnownAnswers() throws IOException {
    List<Json> kat = JsonParser.parse(fixture("/fixtures/kat/credentials.json")).asList(k -> k);
    List<Json> requests = kat.stream().map(k -> request("publicCredential",
        "group", k.asObject().get("group"), "uuid", k.asObject().get("uuid"),
        "credential", k.asObject().get("private_credential"))).toList();
    List<Json> answers = NodeHarness.run(requests);
    assertThat(kat).hasSizeGreaterThan(10);
    for (int i = 0; i < kat.size(); i++) {
      assertThat(answers.get(i).asString()).as("credential %s",
          kat.get(i).asObject().get("private_credential").asString())
          .isEqualTo(kat.get(i).asObject().get("public_credential").asString());
    }
  }

  @Test
  void fingerprintsMatchBeleniosToolKnownAnswers() throws IOException {
    List<Json> kat = JsonParser.parse(fixture("/fixtures/kat/fingerprints.json")).asList(k -> k);
    List<Json> requests = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (Json k : kat) {
      Json.JObject o = k.asObject();
      Archive archive = ArchiveReader.readAll(fixture("/fixtures/" + o.get("fixture").asString()
          + "/" + o.get("uuid").asString() + ".bel"));
      String member = o.get("election_member").asString().replace(".data.json", "");
      byte[] electionBytes = archive.data(member).orElseThrow();
      requests.add(request("fingerprint",
          "text", Json.str(new String(electionBytes, StandardCharsets.UTF_8))));
      expected.add(o.get("election_hash").asString());
    }
    requests.add(request("fingerprint", "text", Json.str(new String(
        fixture("/fixtures/kat/json-escaping.election.json"), StandardCharsets.UTF_8))));
    expected.add(new String(fixture("/fixtures/kat/json-escaping.election-hash.txt"),
        StandardCharsets.UTF_8).strip());
    assertThat(NodeHarness.run(requests).stream().map(Json::asString).toList())
        .isEqualTo(expected);
  }

  @Test
  void jsonIsWrittenByteForByteLikeJsonWriter() throws IOException {
    StringBuilder controls = new StringBuilder();
    for (char c = 0; c < 0x80; c++) {
      controls.append(c);
    }
    List<String> samples = List.of(controls.toString(),
        "Tín nhiệm cao — “ngoặc kép” ‘đơn’ Đặng Thị Ánh Tuyết ờ ẫ ự",
        "quote \" backslash \\ slash / nbsp \u00a0 ls \u2028 emoji \ud83d\ude00 <>&'", "");
    List<Json> requests = new ArrayList<>();
    for (String s : samples) {
      requests.add(request("writeString", "value", Json.str(s)));
    }
    String escapingElection = new String(fixture("/fixtures/kat/json-escaping.election.json"),
        StandardCharsets.UTF_8);
    String javaElection = text(election(Group.BELENIOS_2048, confidenceQuestions(3, true)));
    requests.add(request("rewriteJson", "text", Json.str(escapingElection)));
    requests.add(request("rewriteJson", "text", Json.str(javaElection)));
    List<Json> answers = NodeHarness.run(requests);
    for (int i = 0; i < samples.size(); i++) {
      assertThat(answers.get(i).asString())
          .isEqualTo(JsonWriter.write(Json.str(samples.get(i))));
    }
    assertThat(answers.get(samples.size()).asString()).isEqualTo(escapingElection);
    assertThat(answers.get(samples.size() + 1).asString()).isEqualTo(javaElection);
  }

  @Test
  void javaBallotsPassTheJavaScriptCheckWithTheSameTrackingCode() {
    Election e = election(Group.BELENIOS_2048,
        List.of(confidence(1, true), confidence(2, false), confidence(3, true)));
    int[][] m = {{1, 0, 0, 0}, {0, 1, 0}, {0, 0, 0, 1}};
    Ballot ballot = BallotFactory.create(e, Credentials.generate(), m);
    String json = new String(BallotJson.toBytes(ballot), StandardCharsets.UTF_8);
    String tampered = json.replaceFirst("\"response\":\"(\\d)", "\"response\":\"1$1");
    List<Json> answers = NodeHarness.run(List.of(
        request("checkBallot", "election", Json.str(text(e)), "ballot", Json.str(json)),
        request("trackingCode", "ballot", Json.str(json)),
        request("rewriteBallot", "group", Json.str(e.group().name()), "ballot", Json.str(json)),
        request("checkBallot", "election", Json.str(text(e)), "ballot", Json.str(tampered))));
    assertThat(answers.get(0).asObject().get("passed").asBoolean()).isTrue();
    assertThat(answers.get(1).asString()).isEqualTo(Hash.base64(BallotJson.toBytes(ballot)));
    assertThat(answers.get(2).asString()).isEqualTo(json);
    assertThat(answers.get(3).asObject().get("passed").asBoolean()).isFalse();
  }

  @Test
  void auditAcceptsTheRevealedRandomnessAndRejectsAnotherPlaintext() {
    Election e = election(Group.BELENIOS_2048, List.of(confidence(1, true), confidence(2, false)));
    int[][] m = {{0, 0, 1, 0}, {1, 0, 0}};
    Json.JObject made = castInJavaScript(e, Credentials.generate(), votes(m)).get(0);
    int[][] other = {{0, 1, 0, 0}, {1, 0, 0}};
    List<Json> answers = NodeHarness.run(List.of(
        audit(e, made, m, made.get("randomness")),
        audit(e, made, other, made.get("randomness"))));
    assertThat(answers.get(0).asObject().get("passed").asBoolean()).isTrue();
    Json.JObject rejected = answers.get(1).asObject();
    assertThat(rejected.get("passed").asBoolean()).isFalse();
    assertThat(rejected.get("step").asString()).isEqualTo("Audit: encryption");
    assertThat(rejected.get("why").asString()).startsWith("question 1: choice 2");
  }

  private static Json audit(Election e, Json.JObject made, int[][] m, Json randomness) {
    return request("auditBallot", "election", Json.str(text(e)),
        "ballot", made.get("ballotJson"), "plaintext", toJson(m), "randomness", randomness);
  }

  @Test
  void refusesPlaintextsOutsideTheRulesAndMalformedCredentials() {
    Election e = election(Group.BELENIOS_2048, List.of(confidence(1, true)));
    String good = Credentials.generate();
    String badChecksum = good.substring(0, 18)
        + (good.charAt(18) == '2' ? '3' : '2');
    List<Object[]> cases = List.of(
        new Object[] {good, new int[][] {{0, 1, 1, 0}}, "question 1: select between 1 and 1"},
        new Object[] {good, new int[][] {{1, 1, 0, 0}}, "question 1: a blank vote selects"},
        new Object[] {good, new int[][] {{0, 0, 0, 0}}, "question 1: select between 1 and 1"},
        new Object[] {good, new int[][] {{0, 1, 0}}, "question 1: needs 4 entries"},
        new Object[] {good, new int[][] {{0, 2, 0, 0}}, "question 1: each entry must be 0 or 1"},
        new Object[] {badChecksum, new int[][] {{0, 1, 0, 0}}, "not a valid credential"});
    List<Json> requests = cases.stream().map(c -> request("createBallot",
        "election", Json.str(text(e)), "credential", Json.str((String) c[0]),
        "plaintext", toJson((int[][]) c[1]))).toList();
    List<Json> answers = NodeHarness.runRaw(requests);
    for (int i = 0; i < cases.size(); i++) {
      assertThat(answers.get(i).asObject().get("error").asString())
          .startsWith((String) cases.get(i)[2]);
    }
  }

  @Test
  void generatedCredentialsAreWellFormedInJava() {
    List<Json> requests = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      requests.add(request("generateCredential"));
    }
    String javaMade = Credentials.generate();
    requests.add(request("isWellFormed", "text", Json.str(javaMade)));
    requests.add(request("isWellFormed", "text", Json.str(javaMade.replace("-", ""))));
    requests.add(request("isWellFormed", "text", Json.str(javaMade.replace('-', ' '))));
    requests.add(request("normalize", "text", Json.str(" " + javaMade.replace("-", "") + "\n")));
    List<Json> answers = NodeHarness.run(requests);
    for (int i = 0; i < 20; i++) {
      assertThat(answers.get(i).asString()).matches("(...-){4}...")
          .satisfies(c -> assertThat(Credentials.isWellFormed(c)).isTrue());
    }
    assertThat(answers.subList(20, 23).stream().map(Json::asBoolean))
        .containsExactly(true, true, false);
    assertThat(answers.get(23).asString()).isEqualTo(javaMade);
  }

  /**
   * belenios-tool writes the checksum 53 − (c mod 53), so a multiple of 53 ends in 'v' (index
   * 53), never '1': these three came from its generate-credentials.
   */
  @Test
  void checksumsOfMultiplesOf53AreBeleniosTools() {
    List<String> fromTheTool = List.of("8N1-BcH-XuA-Uki-bav", "a1k-XyR-xtC-JDB-aSv",
        "D44-Epd-gqF-rxp-Ztv");
    List<Json> requests = new ArrayList<>();
    for (String c : fromTheTool) {
      requests.add(request("isWellFormed", "text", Json.str(c)));
      requests.add(request("isWellFormed", "text", Json.str(c.substring(0, 18) + "1")));
    }
    assertThat(NodeHarness.run(requests).stream().map(Json::asBoolean))
        .containsExactly(true, false, true, false, true, false);
  }

  @Test
  void groupsAreTheJavaGroups() {
    List<Group> groups = List.of(Group.BELENIOS_2048, Group.RFC_3526_2048);
    List<Json> answers = NodeHarness.run(groups.stream()
        .map(g -> request("group", "name", Json.str(g.name()))).toList());
    for (int i = 0; i < groups.size(); i++) {
      Json.JObject o = answers.get(i).asObject();
      assertThat(o.get("p").asString()).isEqualTo(groups.get(i).p().toString());
      assertThat(o.get("q").asString()).isEqualTo(groups.get(i).q().toString());
      assertThat(o.get("g").asString()).isEqualTo(groups.get(i).g().toString());
    }
  }

  /** Prints the time to encrypt and prove 50 questions; the figure is reported, not asserted. */
  @Test
  void measuresAFiftyQuestionBallot() {
    for (Group group : List.of(Group.BELENIOS_2048, Group.RFC_3526_2048)) {
      Election e = election(group, confidenceQuestions(50, false));
      String credential = Credentials.generate();
      List<Json.JObject> made = makeInJavaScript(e, credential,
          votes(plaintext(e, 0), plaintext(e, 1)));
      if (group == Group.BELENIOS_2048) { // the RFC group is checked above; 10 s in Java here
        assertCastable(e, credential, plaintext(e, 1), made.get(1));
      }
      System.out.printf("[booth] node %s, 50 questions: first ballot %d ms (building the"
          + " tables), second %d ms%n", group.name(), made.get(0).get("ms").asInt(),
          made.get(1).get("ms").asInt());
    }
  }

  static byte[] fixture(String name) throws IOException {
    try (InputStream in = BoothCryptoNodeTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException(name + " is not on the test classpath (tinnhiem-crypto tests)");
      }
      return in.readAllBytes();
    }
  }
}
