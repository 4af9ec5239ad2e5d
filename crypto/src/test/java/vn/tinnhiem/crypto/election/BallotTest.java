package vn.tinnhiem.crypto.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.crypto.Check;
import vn.tinnhiem.crypto.Resources;
import vn.tinnhiem.crypto.group.Ciphertext;
import vn.tinnhiem.crypto.json.JsonFormatException;
import vn.tinnhiem.crypto.proof.Proof;

class BallotTest {
  private static final byte[] ELECTION = Resources.bytes("kat/demo-election.json");
  private static final byte[] BALLOT = Resources.bytes("kat/demo-ballot.json");
  private final Election election = ElectionJson.fromBytes(ELECTION);

  @Test
  void electionReserialisesByteForByteWithBeleniosFingerprint() {
    assertThat(ElectionJson.toBytes(election)).isEqualTo(ELECTION);
    assertThat(election.fingerprint()).isEqualTo("dzAVJRwpRGsyVx5vPcHSrL6tKZH1lmePHfi78LvuXZ8");
    assertThat(election.questions().get(0).question()).isEqualTo("Nguyễn Văn A – Bí thư");
    assertThat(election.questions().get(0).allowsBlank()).isTrue();
  }

  @Test
  void acceptsBallotMadeByBeleniosTool() {
    Ballot b = BallotJson.fromBytes(BALLOT, election.group());
    assertThat(BallotJson.toBytes(b)).isEqualTo(BALLOT);
    assertThat(BallotCheck.check(election, b)).isEqualTo(Check.pass("Ballots"));
  }

  @Test
  void ourBallotsPassOurChecksForEveryShape() {
    int[][][] votes = {
        {{0, 1, 0, 0}, {1, 1}}, {{1, 0, 0, 0}, {0, 0}}, {{0, 0, 0, 1}, {0, 1}}};
    for (int[][] v : votes) {
      Ballot b = BallotFactory.create(election, "rgH-M5w-NmT-4iZ-MX8", v);
      assertThat(BallotCheck.check(election, b)).isEqualTo(Check.pass("Ballots"));
      assertThat(BallotJson.fromBytes(BallotJson.toBytes(b), election.group())).isEqualTo(b);
    }
  }

  @Test
  void refusesToEncryptInvalidChoices() {
    assertThatThrownBy(() -> BallotFactory.create(election, "rgH-M5w-NmT-4iZ-MX8",
        new int[][] {{0, 1, 1, 0}, {0, 0}})).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BallotFactory.create(election, "rgH-M5w-NmT-4iZ-MX8",
        new int[][] {{1, 1, 0, 0}, {0, 0}})).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsSwappedCiphertext() {
    Ballot b = BallotJson.fromBytes(BALLOT, election.group());
    Ballot.Answer a = b.answers().get(0);
    List<Ciphertext> choices = new ArrayList<>(a.choices());
    choices.set(1, a.choices().get(2));
    choices.set(2, a.choices().get(1));
    Ballot tampered = resign(b, new Ballot.Answer(choices, a.individualProofs(),
        a.overallProof(), a.blankProof()));
    Check c = BallotCheck.check(election, tampered);
    assertThat(c.passed()).isFalse();
  }

  @Test
  void rejectsChangedProofValue() {
    Ballot b = BallotJson.fromBytes(BALLOT, election.group());
    Ballot.Answer a = b.answers().get(1);
    List<Proof> overall = new ArrayList<>(a.overallProof());
    Proof p = overall.get(0);
    overall.set(0, new Proof(p.challenge(), p.response().add(BigInteger.ONE)
        .mod(election.group().q())));
    Ballot tampered = new Ballot(b.electionUuid(), b.electionHash(), b.credential(),
        List.of(b.answers().get(0), new Ballot.Answer(a.choices(), a.individualProofs(),
            overall, a.blankProof())), b.signature());
    assertThat(BallotCheck.check(election, tampered))
        .isEqualTo(Check.fail("Ballots: signature", "signature hash does not match the ballot"));
  }

  @Test
  void rejectsBallotForAnotherElection() {
    Ballot b = BallotJson.fromBytes(BALLOT, election.group());
    Ballot other = new Ballot("AAAAAAAAAAAAAA", b.electionHash(), b.credential(), b.answers(),
        b.signature());
    assertThat(BallotCheck.check(election, other).passed()).isFalse();
  }

  @Test
  void parserRejectsElementsOutsideTheGroup() {
    String text = new String(BALLOT, java.nio.charset.StandardCharsets.UTF_8);
    Ballot b = BallotJson.fromBytes(BALLOT, election.group());
    String alpha = b.answers().get(0).choices().get(0).alpha().toString();
    for (String bad : new String[] {"0", "1" + alpha, election.group().p().toString(),
        "-" + alpha}) {
      byte[] broken = text.replace(alpha, bad).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      assertThatThrownBy(() -> BallotJson.fromBytes(broken, election.group()))
          .isInstanceOf(JsonFormatException.class);
    }
    assertThatThrownBy(() -> BallotJson.fromBytes(text.replace("\"choices\"", "\"choice\"")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8), election.group()))
        .isInstanceOf(JsonFormatException.class);
  }

  /** Replaces one answer but keeps the old signature: the check must notice. */
  private static Ballot resign(Ballot b, Ballot.Answer first) {
    return new Ballot(b.electionUuid(), b.electionHash(), b.credential(),
        List.of(first, b.answers().get(1)), b.signature());
  }
}
