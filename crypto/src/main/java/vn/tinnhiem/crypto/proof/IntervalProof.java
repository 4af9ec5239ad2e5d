package vn.tinnhiem.crypto.proof;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import vn.tinnhiem.crypto.group.Ciphertext;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.group.Hash;

/**
 * Proof that (α, β) encrypts one of M_0…M_k (specification 4.12, iprove/iverify), a disjunctive
 * Chaum–Pedersen proof with challenge SHA256(prove|S|α,β|A0,B0,…,Ak,Bk).
 */
public final class IntervalProof {
  private IntervalProof() {}

  /**
   * @param r the encryption randomness
   * @param index which of {@code values} the ciphertext encrypts
   */
  public static List<Proof> prove(Group group, BigInteger y, String s, Ciphertext c, BigInteger r,
      int index, List<BigInteger> values) {
    int k = values.size();
    Proof[] proofs = new Proof[k];
    BigInteger[] commitments = new BigInteger[2 * k];
    BigInteger others = BigInteger.ZERO;
    for (int j = 0; j < k; j++) {
      if (j == index) {
        continue;
      }
      Proof fake = new Proof(group.randomExponent(), group.randomExponent());
      proofs[j] = fake;
      commitments[2 * j] = group.powPow(group.g(), fake.response(), c.alpha(), fake.challenge());
      commitments[2 * j + 1] = group.keyPowPow(y, fake.response(),
          betaOver(group, c.beta(), values.get(j)), fake.challenge());
      others = others.add(fake.challenge());
    }
    BigInteger w = group.randomExponent();
    commitments[2 * index] = group.gPow(w);
    commitments[2 * index + 1] = group.keyPow(y, w);
    BigInteger challenge = challenge(group, s, c, commitments).subtract(others).mod(group.q());
    proofs[index] = new Proof(challenge, Schnorr.respond(group, w, r, challenge));
    return List.of(proofs);
  }

  /** Checks the proof; false on any mismatch, including a wrong number of entries. */
  public static boolean verify(Group group, BigInteger y, String s, Ciphertext c,
      List<Proof> proofs, List<BigInteger> values) {
    int k = values.size();
    if (proofs.size() != k) {
      return false;
    }
    BigInteger[] commitments = new BigInteger[2 * k];
    for (int j = 0; j < k; j++) {
      Proof p = proofs.get(j);
      commitments[2 * j] = group.powPow(group.g(), p.response(), c.alpha(), p.challenge());
      commitments[2 * j + 1] = group.keyPowPow(y, p.response(),
          betaOver(group, c.beta(), values.get(j)), p.challenge());
    }
    return challengesMatch(group, s, c, proofs, commitments);
  }

  /**
   * The last step of {@link #verify}, for callers that compute the commitments A_j, B_j another
   * way: true when the challenges add up to the hash of the statement and commitments.
   */
  public static boolean challengesMatch(Group group, String s, Ciphertext c, List<Proof> proofs,
      BigInteger[] commitments) {
    BigInteger sum = BigInteger.ZERO;
    for (Proof p : proofs) {
      sum = sum.add(p.challenge());
    }
    return challenge(group, s, c, commitments).equals(sum.mod(group.q()));
  }

  /** The values min, min+1, …, max. */
  public static List<BigInteger> range(int min, int max) {
    List<BigInteger> out = new ArrayList<>(max - min + 1);
    for (int m = min; m <= max; m++) {
      out.add(BigInteger.valueOf(m));
    }
    return List.copyOf(out);
  }

  static BigInteger betaOver(Group group, BigInteger beta, BigInteger m) {
    return group.divByGPow(beta, m.intValueExact());
  }

  private static BigInteger challenge(Group group, String s, Ciphertext c,
      BigInteger[] commitments) {
    StringBuilder text = new StringBuilder(64 + 620 * (commitments.length + 2));
    text.append("prove|").append(s).append('|').append(c.alpha()).append(',').append(c.beta())
        .append('|');
    appendJoined(text, commitments);
    return Hash.toExponent(text.toString(), group.q());
  }

  static void appendJoined(StringBuilder text, BigInteger[] numbers) {
    for (int i = 0; i < numbers.length; i++) {
      if (i > 0) {
        text.append(',');
      }
      text.append(numbers[i]);
    }
  }
}
