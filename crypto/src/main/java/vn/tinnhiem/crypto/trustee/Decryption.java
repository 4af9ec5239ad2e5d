package vn.tinnhiem.crypto.trustee;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import vn.tinnhiem.crypto.Check;
import vn.tinnhiem.crypto.group.Ciphertext;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.proof.Proof;
import vn.tinnhiem.crypto.proof.Schnorr;

/**
 * Partial decryptions (4.18) and their combination into the result (4.19).
 *
 * <p>Partial decryptions are keyed by trustee id (see {@link Trustees}). For a Pedersen item the
 * first {@code threshold} supplied members, in member order, are combined with Lagrange
 * coefficients, as Belenios does; any such subset gives the same factors.
 */
public final class Decryption {
  static final String STEP_PARTIAL = "Partial decryption";
  static final String STEP_COMBINE = "Result: combination";
  static final String STEP_RESULT = "Result";

  private Decryption() {}

  // ---- 4.18: computing and checking a partial decryption ------------------------------------

  /**
   * alpha^x for every ciphertext, with proofs bound to the election fingerprint φ. For a
   * Pedersen member x is the key from {@link PedersenTrustee#decryptionKey}.
   */
  public static PartialDecryption compute(Group group, List<List<Ciphertext>> tally,
      BigInteger x, String fingerprint) {
    List<List<BigInteger>> factors = new ArrayList<>(tally.size());
    List<List<Proof>> proofs = new ArrayList<>(tally.size());
    for (List<Ciphertext> row : tally) {
      List<BigInteger> f = new ArrayList<>(row.size());
      List<Proof> p = new ArrayList<>(row.size());
      for (Ciphertext c : row) {
        f.add(group.pow(c.alpha(), x));
        p.add(Schnorr.proveDecryption(group, fingerprint, x, c.alpha()));
      }
      factors.add(f);
      proofs.add(p);
    }
    return new PartialDecryption(factors, proofs);
  }

  /** Shape of the tally, factors in the group, and every proof valid for {@code publicKey}. */
  public static Check check(Group group, List<List<Ciphertext>> tally, String fingerprint,
      BigInteger publicKey, PartialDecryption pd) {
    if (!PartialDecryption.sameShape(tally, pd.decryptionFactors())) {
      return Check.fail(STEP_PARTIAL, "shape differs from the encrypted tally");
    }
    for (int i = 0; i < tally.size(); i++) {
      for (int j = 0; j < tally.get(i).size(); j++) {
        BigInteger factor = pd.decryptionFactors().get(i).get(j);
        if (!group.isElement(factor)) {
          return Check.fail(STEP_PARTIAL, "factor [" + i + "][" + j
              + "] is not a group element");
        }
        if (!Schnorr.verifyDecryption(group, fingerprint, publicKey,
            tally.get(i).get(j).alpha(), factor, pd.decryptionProofs().get(i).get(j))) {
          return Check.fail(STEP_PARTIAL, "proof [" + i + "][" + j + "] does not verify");
        }
      }
    }
    return Check.pass(STEP_PARTIAL);
  }

  /** Checks trustee {@code id}'s partial decryption against its key in the trustees structure. */
  public static Check check(Group group, Trustees trustees, List<List<Ciphertext>> tally,
      String fingerprint, int id, PartialDecryption pd) {
    Optional<TrusteePublicKey> key = trustees.keyOf(id);
    if (key.isEmpty()) {
      return Check.fail(STEP_PARTIAL, "no trustee " + id + " (there are "
          + trustees.count() + ")");
    }
    Check c = check(group, tally, fingerprint, key.get().publicKey(), pd);
    return c instanceof Check.Fail f
        ? Check.fail(STEP_PARTIAL + " of trustee " + id, f.why())
        : Check.pass(STEP_PARTIAL + " of trustee " + id);
  }

  // ---- 4.19: combination --------------------------------------------------------------------

  /**
   * The synthetic factors F_ij = Π_τ F_ijτ. Does not check proofs: check each partial
   * decryption first, or use {@link #checkResult}.
   *
   * @throws TrusteeCheckException when an id is unknown, a shape differs, a Single trustee's
   *     partial decryption is missing, or a Pedersen item has fewer than its threshold
   */
  public static List<List<BigInteger>> combineFactors(Group group, Trustees trustees,
      List<List<Ciphertext>> tally, Map<Integer, PartialDecryption> partials) {
    return PedersenSetup.produce(STEP_COMBINE, () -> {
      for (Map.Entry<Integer, PartialDecryption> e : partials.entrySet()) {
        if (trustees.keyOf(e.getKey()).isEmpty()) {
          throw new Rejection(STEP_COMBINE, "no trustee " + e.getKey());
        }
        if (!PartialDecryption.sameShape(tally, e.getValue().decryptionFactors())) {
          throw new Rejection(STEP_COMBINE, "partial decryption of trustee " + e.getKey()
              + " differs in shape from the encrypted tally");
        }
      }
      List<List<BigInteger>> result = ones(tally);
      for (int t = 0; t < trustees.items().size(); t++) {
        TrusteeKind item = trustees.items().get(t);
        int first = trustees.firstId(t);
        if (item instanceof TrusteeKind.Single) {
          PartialDecryption pd = partials.get(first);
          if (pd == null) {
            throw new Rejection(STEP_COMBINE, "missing partial decryption of trustee " + first);
          }
          multiplyInto(group, result, pd.decryptionFactors(), BigInteger.ONE);
        } else {
          ThresholdParameters params = ((TrusteeKind.Pedersen) item).parameters();
          // Member index (1-based, relative to the item) -> partial decryption, in order.
          TreeMap<Integer, PartialDecryption> supplied = new TreeMap<>();
          for (int z = 1; z <= params.size(); z++) {
            PartialDecryption pd = partials.get(first + z - 1);
            if (pd != null) {
              supplied.put(z, pd);
            }
          }
          if (supplied.size() < params.threshold()) {
            throw new Rejection(STEP_COMBINE, "trustees " + first + ".."
                + (first + params.size() - 1) + ": " + supplied.size() + " partial decryptions,"
                + " " + params.threshold() + " needed");
          }
          List<Integer> chosen = new ArrayList<>(supplied.keySet())
              .subList(0, params.threshold());
          for (int z : chosen) {
            multiplyInto(group, result, supplied.get(z).decryptionFactors(),
                lagrange(group, chosen, z));
          }
        }
      }
      return result.stream().map(List::copyOf).toList();
    });
  }

  /**
   * result_ij = log_g(beta_ij / F_ij), searched in [0, totalWeight]. For homomorphic questions
   * only; see {@link #combineFactors} for what is and is not checked.
   *
   * @throws TrusteeCheckException as {@link #combineFactors}, or when a count is out of range
   */
  public static long[][] combine(Group group, Trustees trustees, List<List<Ciphertext>> tally,
      Map<Integer, PartialDecryption> partials, long totalWeight) {
    List<List<BigInteger>> factors = combineFactors(group, trustees, tally, partials);
    DiscreteLog dlog = new DiscreteLog(group, totalWeight);
    long[][] out = new long[tally.size()][];
    for (int i = 0; i < tally.size(); i++) {
      out[i] = new long[tally.get(i).size()];
      for (int j = 0; j < out[i].length; j++) {
        BigInteger gm = group.div(tally.get(i).get(j).beta(), factors.get(i).get(j));
        OptionalLong m = dlog.log(gm);
        if (m.isEmpty()) {
          throw new TrusteeCheckException(new Check.Fail(STEP_COMBINE, "count [" + i
              + "][" + j + "] is not between 0 and the total weight " + totalWeight));
        }
        out[i][j] = m.getAsLong();
      }
    }
    return out;
  }

  /**
   * The whole of 4.19 as an auditor runs it: every supplied partial decryption checked against
   * its trustee's key, then {@link #checkCounts}.
   */
  public static Check checkResult(Group group, Trustees trustees,
      List<List<Ciphertext>> tally, String fingerprint, Map<Integer, PartialDecryption> partials,
      long totalWeight, long[][] result) {
    for (Map.Entry<Integer, PartialDecryption> e : partials.entrySet()) {
      Check c = check(group, trustees, tally, fingerprint, e.getKey(), e.getValue());
      if (!c.passed()) {
        return c;
      }
    }
    return checkCounts(group, trustees, tally, partials, totalWeight, result);
  }

  /**
   * An announced result against partial decryptions already checked one by one: the
   * combination, and g^result_ij = beta_ij / F_ij with 0 ≤ result_ij ≤ totalWeight. Needs no
   * discrete logarithm, so it works for any total weight.
   */
  public static Check checkCounts(Group group, Trustees trustees,
      List<List<Ciphertext>> tally, Map<Integer, PartialDecryption> partials, long totalWeight,
      long[][] result) {
    List<List<BigInteger>> factors;
    try {
      factors = combineFactors(group, trustees, tally, partials);
    } catch (TrusteeCheckException e) {
      return e.failure();
    }
    if (result.length != tally.size()) {
      return Check.fail(STEP_RESULT, "result has " + result.length + " questions, the"
          + " tally " + tally.size());
    }
    for (int i = 0; i < tally.size(); i++) {
      if (result[i].length != tally.get(i).size()) {
        return Check.fail(STEP_RESULT, "question " + (i + 1) + ": result has "
            + result[i].length + " counts, the tally " + tally.get(i).size());
      }
      for (int j = 0; j < result[i].length; j++) {
        long r = result[i][j];
        BigInteger gm = group.div(tally.get(i).get(j).beta(), factors.get(i).get(j));
        if (r < 0 || r > totalWeight || !group.gPow(BigInteger.valueOf(r)).equals(gm)) {
          return Check.fail(STEP_RESULT, "count [" + i + "][" + j + "] = " + r
              + " does not match the decryption");
        }
      }
    }
    return Check.pass(STEP_RESULT);
  }

  /** λ_δ = Π_{k ∈ I \ {δ}} k / (k − δ) mod q. */
  public static BigInteger lagrange(Group group, List<Integer> indexes, int delta) {
    BigInteger q = group.q();
    BigInteger num = BigInteger.ONE;
    BigInteger den = BigInteger.ONE;
    for (int k : indexes) {
      if (k != delta) {
        num = num.multiply(BigInteger.valueOf(k)).mod(q);
        den = den.multiply(BigInteger.valueOf(k - delta)).mod(q);
      }
    }
    return num.multiply(den.modInverse(q)).mod(q);
  }

  private static List<List<BigInteger>> ones(List<List<Ciphertext>> tally) {
    List<List<BigInteger>> out = new ArrayList<>(tally.size());
    for (List<Ciphertext> row : tally) {
      List<BigInteger> r = new ArrayList<>(row.size());
      for (int j = 0; j < row.size(); j++) {
        r.add(BigInteger.ONE);
      }
      out.add(r);
    }
    return out;
  }

  private static void multiplyInto(Group group, List<List<BigInteger>> acc,
      List<List<BigInteger>> factors, BigInteger exponent) {
    for (int i = 0; i < acc.size(); i++) {
      List<BigInteger> row = acc.get(i);
      for (int j = 0; j < row.size(); j++) {
        BigInteger f = factors.get(i).get(j);
        row.set(j, group.mul(row.get(j), exponent.equals(BigInteger.ONE) ? f
            : group.pow(f, exponent)));
      }
    }
  }
}
