package vn.tinnhiem.server.booth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import vn.tinnhiem.crypto.Check;
import vn.tinnhiem.crypto.credential.Credentials;
import vn.tinnhiem.crypto.election.Ballot;
import vn.tinnhiem.crypto.election.BallotCheck;
import vn.tinnhiem.crypto.election.BallotJson;
import vn.tinnhiem.crypto.election.Election;
import vn.tinnhiem.crypto.election.ElectionJson;
import vn.tinnhiem.crypto.election.Question;
import vn.tinnhiem.crypto.group.Ciphertext;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.group.Hash;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.trustee.SingleTrusteeKey;

/** Java-made elections for the booth tests, and the Java-side checks of JavaScript ballots. */
final class TestElections {
  static final List<String> LEVELS = List.of("Tín nhiệm cao", "Tín nhiệm", "Tín nhiệm thấp");
  private static final SecureRandom RANDOM = new SecureRandom();

  private TestElections() {}

  /** One confidence question: three levels, min 1, max 1, blank when allowed. */
  static Question confidence(int i, boolean blank) {
    return new Question(LEVELS, blank ? Boolean.TRUE : null, 1, 1,
        "Ông Nguyễn Văn " + i + " — Chủ tịch \"Ủy ban\" số " + i);
  }

  static List<Question> confidenceQuestions(int count, boolean blank) {
    List<Question> out = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      out.add(confidence(i, blank));
    }
    return out;
  }

  /** An election with a single trustee key, as the server will make for one counting member. */
  static Election election(Group group, List<Question> questions) {
    return election(group, SingleTrusteeKey.generate(group), questions);
  }

  /** An election under the given trustee key, so that a test can decrypt its ballots. */
  static Election election(Group group, SingleTrusteeKey key, List<Question> questions) {
    return new Election(1, "Bỏ phiếu tín nhiệm — kỳ họp thứ 7\nđợt \"thử\"",
        "Hội nghị thử", group, key.publicKey().publicKey(), questions, uuid(), null, null);
  }

  static String text(Election election) {
    return new String(ElectionJson.toBytes(election), StandardCharsets.UTF_8);
  }

  static String uuid() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 14; i++) {
      out.append(Credentials.BASE58.charAt(RANDOM.nextInt(58)));
    }
    return out.toString();
  }

  /** The plaintext picking {@code level} (0-based) of every question, blank flag first. */
  static int[][] plaintext(Election election, int level) {
    return election.questions().stream().map(q -> {
      int[] row = new int[q.choiceCount()];
      row[(q.allowsBlank() ? 1 : 0) + level] = 1;
      return row;
    }).toArray(int[][]::new);
  }

  /** A blank vote for every question (all must allow blank). */
  static int[][] blank(Election election) {
    return election.questions().stream().map(q -> {
      int[] row = new int[q.choiceCount()];
      row[0] = 1;
      return row;
    }).toArray(int[][]::new);
  }

  /** A list of plaintexts (List.of would spread a single int[][] into its rows). */
  static List<int[][]> votes(int[][]... plaintexts) {
    return List.of(plaintexts);
  }

  static Json toJson(int[][] plaintext) {
    List<Json> rows = new ArrayList<>();
    for (int[] row : plaintext) {
      List<Json> cells = new ArrayList<>();
      for (int v : row) {
        cells.add(Json.integer(v));
      }
      rows.add(Json.array(cells));
    }
    return Json.array(rows);
  }

  /**
   * What the server will do with a JavaScript ballot: parse it, check it with BallotCheck,
   * and find the same bytes when written back (so the tracking code is stable).
   */
  static Ballot assertAccepted(Election election, String ballotJson, String privateCredential,
      String trackingCode) {
    byte[] bytes = ballotJson.getBytes(StandardCharsets.UTF_8);
    Ballot ballot = BallotJson.fromBytes(bytes, election.group());
    Check check = BallotCheck.check(election, ballot);
    assertThat(check.passed()).as("BallotCheck: %s", check).isTrue();
    assertThat(BallotJson.toBytes(ballot)).isEqualTo(bytes);
    assertThat(trackingCode).isEqualTo(Hash.base64(bytes));
    assertThat(ballot.credential()).isEqualTo(Credentials.publicCredential(election.group(),
        election.uuid(), privateCredential));
    return ballot;
  }

  /** The revealed randomness re-encrypts the plaintext to the ballot's ciphertexts, in Java. */
  static void assertReencrypts(Election election, Ballot ballot, int[][] plaintext,
      Json randomness) {
    List<List<String>> r = randomness.asList(row -> row.asList(Json::asString));
    for (int i = 0; i < plaintext.length; i++) {
      List<Ciphertext> choices = ballot.answers().get(i).choices();
      assertThat(r.get(i)).hasSize(choices.size());
      for (int j = 0; j < choices.size(); j++) {
        Ciphertext again = Ciphertext.encrypt(election.group(), election.publicKey(),
            election.group().parseExponent(r.get(i).get(j)), plaintext[i][j]);
        assertThat(again).as("question %d choice %d", i + 1, j + 1).isEqualTo(choices.get(j));
      }
    }
  }
}
