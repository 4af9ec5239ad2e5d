package vn.tinnhiem.crypto.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.crypto.Check;
import vn.tinnhiem.crypto.credential.Credentials;
import vn.tinnhiem.crypto.group.Ciphertext;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.group.Hash;
import vn.tinnhiem.crypto.group.OutsideTheGroup;
import vn.tinnhiem.crypto.proof.Proof;
import vn.tinnhiem.crypto.proof.Schnorr;

/**
 * The fast ballot check (Montgomery, shared squarings, subgroup checks folded into the proofs)
 * gives the same answer as strict parsing plus the plain check, on good and tampered ballots.
 */
class FastBallotCheckTest {
  private static final Group GROUP = Group.BELENIOS_2048;
  private static final BigInteger P = GROUP.p();
  private static final String CREDENTIAL = "rgH-M5w-NmT-4iZ-MX8";
  private static final List<String> THREE = List.of("cao", "tín nhiệm", "thấp");

  private final Election election = new Election(1, "Thử nghiệm", "Bỏ phiếu thử",
      GROUP, GROUP.gPow(BigInteger.valueOf(123456789)), List.of(
          new Question(THREE, null, 1, 1, "Nguyễn Văn A – Bí thư"),
          new Question(THREE, null, 0, 2, "Trần Thị B – Phó Bí thư"),
          new Question(List.of("cao", "thấp"), true, 1, 1, "Lê Văn C – Ủy viên")),
      "xyzzyxyzzyxyzz", null, null);
  private final Ballot ballot = BallotFactory.create(election, CREDENTIAL,
      new int[][] {{0, 1, 0}, {1, 0, 1}, {0, 0, 1}});

  @Test
  void honestBallotsPassBothPaths() {
    boolean plainRun = Boolean.getBoolean(vn.tinnhiem.crypto.group.Montgomery.PLAIN_PROPERTY);
    assertThat(GROUP.fast() != null).as("the fast path must be under test").isEqualTo(!plainRun);
    for (int[][] vote : List.of(new int[][] {{1, 0, 0}, {0, 0, 0}, {1, 0, 0}},
        new int[][] {{0, 0, 1}, {1, 1, 0}, {0, 1, 0}})) {
      Ballot b = BallotFactory.create(election, CREDENTIAL, vote);
      assertThat(BallotCheck.checkWithSubgroups(election, b)).isEqualTo(Check.pass("Ballots"));
      assertThat(BallotCheck.checkPlainWithSubgroups(election, b))
          .isEqualTo(Check.pass("Ballots"));
    }
  }

  @Test
  void tamperedBallotsGetTheSameAnswerOnBothPaths() {
    BigInteger orderTwo = P.subtract(BigInteger.ONE);
    BigInteger orderThree = OutsideTheGroup.orderThree();
    List<Ballot> tampered = List.of(
        // proofs fail: α times g is still in the group
        resigned(choice(0, 1, c -> new Ciphertext(GROUP.mul(c.alpha(), GROUP.g()), c.beta()))),
        resigned(choice(1, 2, c -> new Ciphertext(c.alpha(), GROUP.mul(c.beta(), GROUP.g())))),
        // outside the group: components of order 2 and 3
        resigned(choice(0, 0, c -> new Ciphertext(GROUP.mul(c.alpha(), orderTwo), c.beta()))),
        resigned(choice(1, 1, c -> new Ciphertext(c.alpha(), GROUP.mul(c.beta(), orderThree)))),
        resigned(choice(2, 2, c -> new Ciphertext(c.alpha(), GROUP.mul(c.beta(), orderThree)))),
        // a proof failure first, a number outside the group later: the latter wins
        resigned(choice(choice(0, 1, c -> new Ciphertext(GROUP.mul(c.alpha(), GROUP.g()),
            c.beta())), 2, 1, c -> new Ciphertext(GROUP.mul(c.alpha(), orderTwo), c.beta()))),
        // signature hash wrong, and a number outside the group
        choice(1, 0, c -> new Ciphertext(GROUP.mul(c.alpha(), orderThree), c.beta())),
        // proof values changed
        resigned(answer(ballot, 0, a -> new Ballot.Answer(a.choices(),
            replaceFirst(a.individualProofs(), 1, p -> new Proof(p.challenge()
                .add(BigInteger.ONE).mod(GROUP.q()), p.response())), a.overallProof(),
            a.blankProof()))),
        resigned(answer(ballot, 1, a -> new Ballot.Answer(a.choices(), a.individualProofs(),
            List.of(a.overallProof().get(0), new Proof(a.overallProof().get(1).challenge(),
                a.overallProof().get(1).response().add(BigInteger.ONE).mod(GROUP.q()))),
            a.blankProof()))),
        // wrong number of overall proofs
        resigned(answer(ballot, 0, a -> new Ballot.Answer(a.choices(), a.individualProofs(),
            List.of(), a.blankProof()))),
        // the signature itself
        new Ballot(ballot.electionUuid(), ballot.electionHash(), ballot.credential(),
            ballot.answers(), new Ballot.Signature(ballot.signature().hash(), new Proof(
                ballot.signature().proof().challenge(), BigInteger.ONE))));
    for (Ballot b : tampered) {
      Check plain = BallotCheck.checkPlainWithSubgroups(election, b);
      assertThat(plain.passed()).as("tampered ballot %d", tampered.indexOf(b)).isFalse();
      assertThat(BallotCheck.checkWithSubgroups(election, b)).isEqualTo(plain);
    }
    assertThat(BallotCheck.checkWithSubgroups(election, tampered.get(5)).step())
        .isEqualTo(BallotCheck.NOT_IN_GROUP);
  }

  @Test
  void deferredParsingOnlyLeavesOutTheSubgroupChecks() {
    byte[] bytes = BallotJson.toBytes(ballot);
    assertThat(BallotJson.fromBytesDeferringSubgroupChecks(bytes, GROUP))
        .isEqualTo(BallotJson.fromBytes(bytes, GROUP));
    String json = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    String alpha = ballot.answers().get(0).choices().get(0).alpha().toString();
    for (String bad : List.of("0", P.toString(), P.add(BigInteger.ONE).toString())) {
      byte[] changed = json.replace(alpha, bad).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      org.assertj.core.api.Assertions.assertThatThrownBy(
          () -> BallotJson.fromBytesDeferringSubgroupChecks(changed, GROUP))
          .hasMessageContaining("not an element");
    }
  }

  private Ballot choice(int question, int index, UnaryOperator<Ciphertext> change) {
    return choice(ballot, question, index, change);
  }

  private static Ballot choice(Ballot b, int question, int index,
      UnaryOperator<Ciphertext> change) {
    return answer(b, question, a -> {
      List<Ciphertext> choices = new ArrayList<>(a.choices());
      choices.set(index, change.apply(choices.get(index)));
      return new Ballot.Answer(choices, a.individualProofs(), a.overallProof(), a.blankProof());
    });
  }

  private static Ballot answer(Ballot b, int question, UnaryOperator<Ballot.Answer> change) {
    List<Ballot.Answer> answers = new ArrayList<>(b.answers());
    answers.set(question, change.apply(answers.get(question)));
    return new Ballot(b.electionUuid(), b.electionHash(), b.credential(), answers,
        b.signature());
  }

  private static <T> List<List<T>> replaceFirst(List<List<T>> lists, int index,
      UnaryOperator<T> change) {
    List<List<T>> out = new ArrayList<>(lists);
    List<T> first = new ArrayList<>(out.get(index));
    first.set(0, change.apply(first.get(0)));
    out.set(index, first);
    return out;
  }

  /** Signs again, so the tampering reaches the proofs instead of the signature hash. */
  private Ballot resigned(Ballot b) {
    BigInteger secret = Credentials.secret(GROUP, election.uuid(), CREDENTIAL);
    String hash = Hash.base64(BallotJson.unsignedBytes(b));
    return new Ballot(b.electionUuid(), b.electionHash(), b.credential(), b.answers(),
        new Ballot.Signature(hash, Schnorr.sign(GROUP, secret, hash)));
  }
}
