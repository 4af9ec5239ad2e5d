package vn.tinnhiem.crypto.proof;

import java.math.BigInteger;
import java.util.List;
import vn.tinnhiem.crypto.group.Ciphertext;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.group.Hash;

/**
 * Proofs for questions that allow a blank vote (specification 4.13). With (α0, β0) the blank
 * flag m0 and (αΣ, βΣ) the product of the choices mΣ:
 * <ul>
 *   <li>blank_proof: m0 = 0 ∨ mΣ = 0, challenge SHA256(bproof0|S|A0,B0,AΣ,BΣ);
 *   <li>overall_proof: m0 = 1 ∨ mΣ ∈ [min…max], challenge SHA256(bproof1|S|A0,B0,…,Ak,Bk).
 * </ul>
 */
public final class BlankProof {
  private BlankProof() {}

  /** blank_proof (π0, πΣ); {@code blank} says which side is true. */
  public static List<Proof> proveBlank(Group group, BigInteger y, String s, Ciphertext c0,
      BigInteger r0, Ciphertext cSigma, BigInteger rSigma, boolean blank) {
    // The true side is the one whose plaintext is 0: m0 when not blank, mΣ when blank.
    Ciphertext real = blank ? cSigma : c0;
    BigInteger realR = blank ? rSigma : r0;
    Ciphertext simulated = blank ? c0 : cSigma;
    Proof fake = new Proof(group.randomExponent(), group.randomExponent());
    BigInteger fakeA = group.powPow(group.g(), fake.response(), simulated.alpha(),
        fake.challenge());
    BigInteger fakeB = group.keyPowPow(y, fake.response(), simulated.beta(), fake.challenge());
    BigInteger w = group.randomExponent();
    BigInteger realA = group.gPow(w);
    BigInteger realB = group.keyPow(y, w);
    BigInteger[] commitments = blank
        ? new BigInteger[] {fakeA, fakeB, realA, realB}
        : new BigInteger[] {realA, realB, fakeA, fakeB};
    BigInteger challenge = hash(group, "bproof0", s, commitments).subtract(fake.challenge())
        .mod(group.q());
    Proof realProof = new Proof(challenge, Schnorr.respond(group, w, realR, challenge));
    return blank ? List.of(fake, realProof) : List.of(realProof, fake);
  }

  public static boolean verifyBlank(Group group, BigInteger y, String s, Ciphertext c0,
      Ciphertext cSigma, List<Proof> proofs) {
    if (proofs == null || proofs.size() != 2) {
      return false;
    }
    Proof p0 = proofs.get(0);
    Proof pSigma = proofs.get(1);
    BigInteger[] commitments = {
        group.powPow(group.g(), p0.response(), c0.alpha(), p0.challenge()),
        group.keyPowPow(y, p0.response(), c0.beta(), p0.challenge()),
        group.powPow(group.g(), pSigma.response(), cSigma.alpha(), pSigma.challenge()),
        group.keyPowPow(y, pSigma.response(), cSigma.beta(), pSigma.challenge())};
    return hash(group, "bproof0", s, commitments)
        .equals(p0.challenge().add(pSigma.challenge()).mod(group.q()));
  }

  /**
   * overall_proof (π0, π1…πk) with k = max − min + 1.
   *
   * @param sigmaValue mΣ when not blank (ignored when blank)
   */
  public static List<Proof> proveOverall(Group group, BigInteger y, String s, Ciphertext c0,
      BigInteger r0, Ciphertext cSigma, BigInteger rSigma, boolean blank, int sigmaValue,
      int min, int max) {
    List<BigInteger> values = IntervalProof.range(min, max);
    int k = values.size();
    int real = blank ? 0 : sigmaValue - min + 1;
    Proof[] proofs = new Proof[k + 1];
    BigInteger[] commitments = new BigInteger[2 * (k + 1)];
    BigInteger others = BigInteger.ZERO;
    for (int j = 0; j <= k; j++) {
      if (j == real) {
        continue;
      }
      Proof fake = new Proof(group.randomExponent(), group.randomExponent());
      proofs[j] = fake;
      setCommitments(group, y, c0, cSigma, values, j, fake, commitments);
      others = others.add(fake.challenge());
    }
    BigInteger w = group.randomExponent();
    commitments[2 * real] = group.gPow(w);
    commitments[2 * real + 1] = group.keyPow(y, w);
    BigInteger challenge = hash(group, "bproof1", s, commitments).subtract(others)
        .mod(group.q());
    BigInteger secret = blank ? r0 : rSigma;
    proofs[real] = new Proof(challenge, Schnorr.respond(group, w, secret, challenge));
    return List.of(proofs);
  }

  public static boolean verifyOverall(Group group, BigInteger y, String s, Ciphertext c0,
      Ciphertext cSigma, List<Proof> proofs, int min, int max) {
    List<BigInteger> values = IntervalProof.range(min, max);
    int k = values.size();
    if (proofs.size() != k + 1) {
      return false;
    }
    BigInteger[] commitments = new BigInteger[2 * (k + 1)];
    BigInteger sum = BigInteger.ZERO;
    for (int j = 0; j <= k; j++) {
      setCommitments(group, y, c0, cSigma, values, j, proofs.get(j), commitments);
      sum = sum.add(proofs.get(j).challenge());
    }
    return hash(group, "bproof1", s, commitments).equals(sum.mod(group.q()));
  }

  /** π0 is about (α0, β0/g); πj (j > 0) about (αΣ, βΣ/g^Mj). */
  private static void setCommitments(Group group, BigInteger y, Ciphertext c0, Ciphertext cSigma,
      List<BigInteger> values, int j, Proof p, BigInteger[] commitments) {
    Ciphertext c = j == 0 ? c0 : cSigma;
    BigInteger m = j == 0 ? BigInteger.ONE : values.get(j - 1);
    commitments[2 * j] = group.powPow(group.g(), p.response(), c.alpha(), p.challenge());
    commitments[2 * j + 1] = group.keyPowPow(y, p.response(),
        IntervalProof.betaOver(group, c.beta(), m), p.challenge());
  }

  private static BigInteger hash(Group group, String tag, String s, BigInteger[] commitments) {
    StringBuilder text = new StringBuilder(64 + 620 * commitments.length);
    text.append(tag).append('|').append(s).append('|');
    IntervalProof.appendJoined(text, commitments);
    return Hash.toExponent(text.toString(), group.q());
  }
}
