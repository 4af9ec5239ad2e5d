package vn.tinnhiem.crypto.election;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import vn.tinnhiem.crypto.group.Ciphertext;
import vn.tinnhiem.crypto.group.FastGroup;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.group.Montgomery;
import vn.tinnhiem.crypto.group.Montgomery.Element;
import vn.tinnhiem.crypto.group.Powers;
import vn.tinnhiem.crypto.proof.IntervalProof;
import vn.tinnhiem.crypto.proof.Proof;

/**
 * The proofs of one answer without blank, checked in Montgomery form with shared squarings, and
 * the subgroup checks of its α and β on the way. Gives the same answers as
 * {@link BallotCheck#checkAnswer} after strict parsing; the plain path stays as the reference.
 *
 * <p>Every commitment of an interval proof for value m is g^s · α^c and y^s · (β / g^m)^c =
 * y^s · β^c · g^(−mc): g and y come from fixed-base tables, and each α and β from one
 * {@link Powers} table serving its two challenges, the overall proof's challenge and q.
 */
final class FastAnswerCheck {
  private final FastGroup fast;
  private final Group group;
  private final BigInteger y;
  private final Montgomery m;

  FastAnswerCheck(FastGroup fast, BigInteger y) {
    this.fast = fast;
    this.group = fast.group();
    this.y = y;
    this.m = fast.arithmetic();
  }

  /** What was found wrong with an answer: outside the group, or a failed proof. */
  record Problem(boolean notInGroup, String why) {}

  /** Null when every element is in the group and every proof holds. Shape already checked. */
  Problem check(String s0, Question q, Ballot.Answer a) {
    List<Ciphertext> choices = a.choices();
    int n = choices.size();
    List<Powers> alphas = new ArrayList<>(n);
    List<Powers> betas = new ArrayList<>(n);
    for (Ciphertext c : choices) {
      Powers pa = fast.powers(c.alpha());
      Powers pb = fast.powers(c.beta());
      if (!m.isOne(pa.pow(group.q()))) {
        return new Problem(true, group.notAnElement(c.alpha()));
      }
      if (!m.isOne(pb.pow(group.q()))) {
        return new Problem(true, group.notAnElement(c.beta()));
      }
      alphas.add(pa);
      betas.add(pb);
    }
    for (int j = 0; j < n; j++) {
      List<Proof> proofs = a.individualProofs().get(j);
      if (!holds(s0, choices.get(j), List.of(alphas.get(j)), List.of(betas.get(j)), proofs, 0,
          1)) {
        return new Problem(false, "individual proof " + (j + 1) + " is invalid");
      }
    }
    Element sumAlpha = m.one();
    Element sumBeta = m.one();
    for (int j = 0; j < n; j++) {
      sumAlpha = m.times(sumAlpha, alphas.get(j).base());
      sumBeta = m.times(sumBeta, betas.get(j).base());
    }
    Ciphertext sigma = new Ciphertext(m.value(sumAlpha), m.value(sumBeta));
    String s = s0 + "|" + BallotFactory.joinChoices(choices);
    return holds(s, sigma, alphas, betas, a.overallProof(), q.min(), q.max())
        ? null : new Problem(false, "overall proof is invalid");
  }

  /**
   * The interval proof that c = (Π alphas, Π betas) encrypts one of min..max, the products'
   * powers taken from the factors' tables.
   */
  private boolean holds(String s, Ciphertext c, List<Powers> alphas, List<Powers> betas,
      List<Proof> proofs, int min, int max) {
    if (proofs.size() != max - min + 1) {
      return false;
    }
    BigInteger[] commitments = new BigInteger[2 * proofs.size()];
    for (int j = 0; j < proofs.size(); j++) {
      BigInteger challenge = proofs.get(j).challenge();
      BigInteger response = proofs.get(j).response();
      Element a = m.times(fast.gPow(response), Powers.productPow(m, alphas, challenge));
      Element b = m.times(fast.keyPow(y, response), Powers.productPow(m, betas, challenge));
      int value = min + j;
      if (value != 0) {
        BigInteger minusMc = challenge.multiply(BigInteger.valueOf(-value)).mod(group.q());
        b = m.times(b, fast.gPow(minusMc));
      }
      commitments[2 * j] = m.value(a);
      commitments[2 * j + 1] = m.value(b);
    }
    return IntervalProof.challengesMatch(group, s, c, proofs, commitments);
  }
}
