package vn.tinnhiem.crypto.election;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import vn.tinnhiem.crypto.credential.Credentials;
import vn.tinnhiem.crypto.group.Ciphertext;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.group.Hash;
import vn.tinnhiem.crypto.proof.BlankProof;
import vn.tinnhiem.crypto.proof.IntervalProof;
import vn.tinnhiem.crypto.proof.Proof;
import vn.tinnhiem.crypto.proof.Schnorr;

/**
 * Builds ballots as a voter's device does (specification 4.11.1, 4.13, 4.14). The plaintext uses
 * belenios-tool's shape: per question one 0/1 entry per answer, preceded by the blank flag when
 * the question allows blank votes.
 */
public final class BallotFactory {
  private static final List<BigInteger> ZERO_ONE = IntervalProof.range(0, 1);

  private BallotFactory() {}

  public static Ballot create(Election election, String privateCredential, int[][] plaintext) {
    Group group = election.group();
    if (plaintext.length != election.questions().size()) {
      throw new IllegalArgumentException("expected " + election.questions().size()
          + " answers, got " + plaintext.length);
    }
    BigInteger secret = Credentials.secret(group, election.uuid(), privateCredential);
    BigInteger credential = group.gPow(secret);
    String fingerprint = election.fingerprint();
    String s0 = fingerprint + "|" + credential;
    List<Ballot.Answer> answers = new ArrayList<>();
    for (int i = 0; i < plaintext.length; i++) {
      answers.add(answer(group, election.publicKey(), s0, election.questions().get(i),
          plaintext[i]));
    }
    Ballot unsigned = new Ballot(election.uuid(), fingerprint, credential, answers,
        new Ballot.Signature("", new Proof(BigInteger.ZERO, BigInteger.ZERO)));
    String hash = Hash.base64(BallotJson.unsignedBytes(unsigned));
    return new Ballot(election.uuid(), fingerprint, credential, answers,
        new Ballot.Signature(hash, Schnorr.sign(group, secret, hash)));
  }

  static Ballot.Answer answer(Group group, BigInteger y, String s0, Question q, int[] m) {
    validate(q, m);
    int n = m.length;
    List<Ciphertext> choices = new ArrayList<>(n);
    List<List<Proof>> individual = new ArrayList<>(n);
    BigInteger[] r = new BigInteger[n];
    for (int j = 0; j < n; j++) {
      r[j] = group.randomExponent();
      Ciphertext c = Ciphertext.encrypt(group, y, r[j], m[j]);
      choices.add(c);
      individual.add(IntervalProof.prove(group, y, s0, c, r[j], m[j], ZERO_ONE));
    }
    String s = s0 + "|" + joinChoices(choices);
    int first = q.allowsBlank() ? 1 : 0;
    Ciphertext sigma = Ciphertext.one();
    BigInteger rSigma = BigInteger.ZERO;
    int mSigma = 0;
    for (int j = first; j < n; j++) {
      sigma = sigma.times(group, choices.get(j));
      rSigma = rSigma.add(r[j]);
      mSigma += m[j];
    }
    rSigma = rSigma.mod(group.q());
    if (!q.allowsBlank()) {
      List<Proof> overall = IntervalProof.prove(group, y, s, sigma, rSigma, mSigma - q.min(),
          IntervalProof.range(q.min(), q.max()));
      return new Ballot.Answer(choices, individual, overall, null);
    }
    boolean blank = m[0] == 1;
    List<Proof> blankProof = BlankProof.proveBlank(group, y, s, choices.get(0), r[0], sigma,
        rSigma, blank);
    List<Proof> overall = BlankProof.proveOverall(group, y, s, choices.get(0), r[0], sigma,
        rSigma, blank, mSigma, q.min(), q.max());
    return new Ballot.Answer(choices, individual, overall, blankProof);
  }

  private static void validate(Question q, int[] m) {
    if (m.length != q.choiceCount()) {
      throw new IllegalArgumentException("question \"" + q.question() + "\" needs "
          + q.choiceCount() + " entries, got " + m.length);
    }
    int sum = 0;
    for (int v : m) {
      if (v != 0 && v != 1) {
        throw new IllegalArgumentException("each entry must be 0 or 1");
      }
      sum += v;
    }
    if (q.allowsBlank() && m[0] == 1) {
      if (sum != 1) {
        throw new IllegalArgumentException("a blank vote selects nothing else");
      }
      return;
    }
    int selected = q.allowsBlank() ? sum - m[0] : sum;
    if (selected < q.min() || selected > q.max()) {
      throw new IllegalArgumentException("select between " + q.min() + " and " + q.max());
    }
  }

  /** "α1,β1,α2,β2,…": the suffix of S in individual/overall proofs. */
  static String joinChoices(List<Ciphertext> choices) {
    StringBuilder out = new StringBuilder(choices.size() * 1240);
    for (int j = 0; j < choices.size(); j++) {
      if (j > 0) {
        out.append(',');
      }
      out.append(choices.get(j).alpha()).append(',').append(choices.get(j).beta());
    }
    return out.toString();
  }
}
