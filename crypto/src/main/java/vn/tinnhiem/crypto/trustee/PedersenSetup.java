package vn.tinnhiem.crypto.trustee;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import vn.tinnhiem.crypto.Check;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.json.JsonFormatException;

/**
 * The administrator's side of the Pedersen ceremony (3.1.1, 4.6): checks every message a
 * member sends, routes the polynomials into vinputs (step 4) and assembles the threshold
 * parameters (step 6). Members are numbered from 1 in reasons; list indexes are 0-based.
 *
 * <p>{@code check…} methods answer; the producing methods run the same checks first and throw
 * {@link TrusteeCheckException} when one fails, as belenios-tool stops.
 */
public final class PedersenSetup {
  static final String STEP_CERT = "Pedersen step 1: certificate";
  static final String STEP_CERTS = "Pedersen step 2: certificates";
  static final String STEP_POLYNOMIAL = "Pedersen step 3: polynomial";
  static final String STEP_VINPUTS = "Pedersen step 4: vinputs";
  static final String STEP_VOUTPUT = "Pedersen step 5: voutput";
  static final String STEP_PARAMETERS = "Pedersen step 6: threshold parameters";

  private PedersenSetup() {}

  // ---- step 1b / 2: certificates ------------------------------------------------------------

  /** A certificate is well formed and signed by the verification key it carries. */
  public static Check checkCertificate(Group group, SignedMessage cert) {
    return run(STEP_CERT, () -> {
      certKeys(group, cert, STEP_CERT, "certificate");
      return null;
    });
  }

  /** Every certificate valid, and no member twice. */
  public static Check checkCertificates(Group group, List<SignedMessage> certs) {
    return run(STEP_CERTS, () -> {
      allCertKeys(group, certs, STEP_CERTS);
      return null;
    });
  }

  // ---- step 3c: polynomials -----------------------------------------------------------------

  /**
   * Member {@code index} (0-based)'s polynomial: one share per member, readable encrypted
   * messages, coefexps signed by that member with 1 to µ commitments in the group.
   */
  public static Check checkPolynomial(Group group, List<SignedMessage> certs, int index,
      Polynomial polynomial) {
    return run(STEP_POLYNOMIAL, () -> {
      List<CertKeys> keys = allCertKeys(group, certs, STEP_POLYNOMIAL);
      if (index < 0 || index >= keys.size()) {
        throw new Rejection(STEP_POLYNOMIAL, "no member " + (index + 1));
      }
      polynomialCoefexps(group, keys, index, polynomial, STEP_POLYNOMIAL);
      return null;
    });
  }

  // ---- step 4: vinputs ----------------------------------------------------------------------

  /**
   * Routes the polynomials: member j gets its own polynomial field, the j-th share of every
   * polynomial and all coefexps.
   *
   * @throws TrusteeCheckException when a certificate or polynomial fails its check, or the
   *     polynomials do not all have the same threshold
   */
  public static List<Vinput> vinputs(Group group, List<SignedMessage> certs,
      List<Polynomial> polynomials) {
    return produce(STEP_VINPUTS, () -> {
      List<CertKeys> keys = allCertKeys(group, certs, STEP_VINPUTS);
      allCoefexps(group, keys, polynomials, STEP_VINPUTS);
      int n = keys.size();
      List<SignedMessage> coefexps = polynomials.stream().map(Polynomial::coefexps).toList();
      List<Vinput> out = new ArrayList<>(n);
      for (int j = 0; j < n; j++) {
        List<String> secrets = new ArrayList<>(n);
        for (Polynomial p : polynomials) {
          secrets.add(p.secrets().get(j));
        }
        out.add(new Vinput(polynomials.get(j).polynomial(), secrets, coefexps));
      }
      return List.copyOf(out);
    });
  }

  // ---- step 5d: voutputs --------------------------------------------------------------------

  /**
   * Member {@code index} (0-based)'s voutput: its public key equals Π_i Π_k A_ik^(j^k) and its
   * pok verifies; the private part is a readable encrypted message.
   */
  public static Check checkVoutput(Group group, List<SignedMessage> certs,
      List<Polynomial> polynomials, int index, Voutput voutput) {
    return run(STEP_VOUTPUT, () -> {
      List<CertKeys> keys = allCertKeys(group, certs, STEP_VOUTPUT);
      List<List<BigInteger>> coefexps = allCoefexps(group, keys, polynomials, STEP_VOUTPUT);
      if (index < 0 || index >= keys.size()) {
        throw new Rejection(STEP_VOUTPUT, "no member " + (index + 1));
      }
      checkVoutput(group, coefexps, index, voutput, STEP_VOUTPUT);
      return null;
    });
  }

  // ---- step 6: threshold parameters ---------------------------------------------------------

  /**
   * Checks everything once more and assembles the threshold parameters (threshold = t + 1).
   * Each voutput's private key string is the {@code .dkey} to hand back to its member.
   *
   * @throws TrusteeCheckException on the first failed check
   */
  public static ThresholdParameters thresholdParameters(Group group, List<SignedMessage> certs,
      List<Polynomial> polynomials, List<Voutput> voutputs) {
    return produce(STEP_PARAMETERS, () -> {
      List<CertKeys> keys = allCertKeys(group, certs, STEP_PARAMETERS);
      List<List<BigInteger>> coefexps = allCoefexps(group, keys, polynomials, STEP_PARAMETERS);
      if (voutputs.size() != keys.size()) {
        throw new Rejection(STEP_PARAMETERS, voutputs.size() + " voutputs for " + keys.size()
            + " members");
      }
      for (int j = 0; j < keys.size(); j++) {
        checkVoutput(group, coefexps, j, voutputs.get(j), STEP_PARAMETERS);
      }
      return new ThresholdParameters(coefexps.get(0).size(), certs,
          polynomials.stream().map(Polynomial::coefexps).toList(),
          voutputs.stream().map(Voutput::publicKey).toList());
    });
  }

  /** See {@link ThresholdParameters#check}. */
  static Check checkParameters(Group group, ThresholdParameters p) {
    String step = "Trustees: Pedersen parameters";
    return run(step, () -> {
      List<CertKeys> keys = allCertKeys(group, p.certs(), step);
      int n = keys.size();
      if (p.coefexps().size() != n || p.verificationKeys().size() != n) {
        throw new Rejection(step, "certs, coefexps and verification keys differ in number");
      }
      List<List<BigInteger>> coefexps = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        coefexps.add(signedCoefexps(group, keys.get(i), p.coefexps().get(i), i, step));
      }
      sameThreshold(coefexps, step);
      if (p.threshold() != coefexps.get(0).size()) {
        throw new Rejection(step, "threshold " + p.threshold() + " but polynomials have "
            + coefexps.get(0).size() + " coefficients");
      }
      List<BigInteger> computed = verificationKeys(group, coefexps);
      for (int j = 0; j < n; j++) {
        TrusteePublicKey vk = p.verificationKeys().get(j);
        Check pok = vk.check(group, step);
        if (pok instanceof Check.Fail f) {
          throw new Rejection(step, "verification key " + (j + 1) + ": " + f.why());
        }
        if (!vk.publicKey().equals(computed.get(j))) {
          throw new Rejection(step, "verification key " + (j + 1)
              + " does not match the coefexps");
        }
      }
      return null;
    });
  }

  /**
   * vk_j = Π_i Π_k A_ik^(j^k) = g^(Σ_i f_i(j)) for j = 1..µ: what each member's decryption key
   * must be the logarithm of.
   */
  public static List<BigInteger> verificationKeys(Group group, List<List<BigInteger>> coefexps) {
    List<BigInteger> out = new ArrayList<>(coefexps.size());
    for (int j = 1; j <= coefexps.size(); j++) {
      BigInteger vk = BigInteger.ONE;
      for (List<BigInteger> a : coefexps) {
        vk = group.mul(vk, shareCommitment(group, a, j));
      }
      out.add(vk);
    }
    return List.copyOf(out);
  }

  /** Π_k A_k^(j^k): g raised to the polynomial's value at j. */
  static BigInteger shareCommitment(Group group, List<BigInteger> coefexps, int j) {
    BigInteger jj = BigInteger.valueOf(j);
    BigInteger power = BigInteger.ONE;
    BigInteger acc = BigInteger.ONE;
    for (BigInteger a : coefexps) {
      acc = group.mul(acc, group.pow(a, power));
      power = power.multiply(jj).mod(group.q());
    }
    return acc;
  }

  // ---- shared pieces (also used by PedersenTrustee) -----------------------------------------

  static CertKeys certKeys(Group group, SignedMessage cert, String step, String what) {
    CertKeys keys;
    try {
      keys = CertKeys.of(cert, group);
    } catch (JsonFormatException e) {
      throw new Rejection(step, what + " is malformed: " + e.getMessage());
    }
    if (!cert.verify(group, keys.verification())) {
      throw new Rejection(step, what + " does not validate (bad signature)");
    }
    return keys;
  }

  static List<CertKeys> allCertKeys(Group group, List<SignedMessage> certs, String step) {
    if (certs.isEmpty()) {
      throw new Rejection(step, "no certificates");
    }
    List<CertKeys> out = new ArrayList<>(certs.size());
    Set<BigInteger> seen = new HashSet<>();
    for (int i = 0; i < certs.size(); i++) {
      CertKeys k = certKeys(group, certs.get(i), step, "certificate " + (i + 1));
      if (!seen.add(k.verification()) || !seen.add(k.encryption())) {
        throw new Rejection(step, "certificate " + (i + 1) + " repeats a key of another");
      }
      out.add(k);
    }
    return List.copyOf(out);
  }

  static List<BigInteger> signedCoefexps(Group group, CertKeys signer, SignedMessage coefexps,
      int index, String step) {
    if (!coefexps.verify(group, signer.verification())) {
      throw new Rejection(step, "coefexps " + (index + 1) + " does not validate (bad signature)");
    }
    try {
      return Wire.readRawCoefexps(group, coefexps.message());
    } catch (JsonFormatException e) {
      throw new Rejection(step, "coefexps " + (index + 1) + " is malformed: " + e.getMessage());
    }
  }

  private static List<BigInteger> polynomialCoefexps(Group group, List<CertKeys> keys, int index,
      Polynomial p, String step) {
    String who = "polynomial " + (index + 1);
    if (p.secrets().size() != keys.size()) {
      throw new Rejection(step, who + " has " + p.secrets().size() + " secrets for "
          + keys.size() + " members");
    }
    try {
      EncryptedMessage.parse(p.polynomial(), group);
      for (String s : p.secrets()) {
        EncryptedMessage.parse(s, group);
      }
    } catch (JsonFormatException e) {
      throw new Rejection(step, who + " has a malformed encrypted part: " + e.getMessage());
    }
    List<BigInteger> a = signedCoefexps(group, keys.get(index), p.coefexps(), index, step);
    if (a.size() > keys.size()) {
      throw new Rejection(step, who + " asks for " + a.size() + " of " + keys.size()
          + " members");
    }
    return a;
  }

  private static List<List<BigInteger>> allCoefexps(Group group, List<CertKeys> keys,
      List<Polynomial> polynomials, String step) {
    if (polynomials.size() != keys.size()) {
      throw new Rejection(step, polynomials.size() + " polynomials for " + keys.size()
          + " members");
    }
    List<List<BigInteger>> out = new ArrayList<>(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      out.add(polynomialCoefexps(group, keys, i, polynomials.get(i), step));
    }
    sameThreshold(out, step);
    return List.copyOf(out);
  }

  static void sameThreshold(List<List<BigInteger>> coefexps, String step) {
    int t = coefexps.get(0).size();
    for (int i = 1; i < coefexps.size(); i++) {
      if (coefexps.get(i).size() != t) {
        throw new Rejection(step, "coefexps " + (i + 1) + " has " + coefexps.get(i).size()
            + " commitments, coefexps 1 has " + t);
      }
    }
  }

  private static void checkVoutput(Group group, List<List<BigInteger>> coefexps, int index,
      Voutput voutput, String step) {
    String who = "voutput " + (index + 1);
    try {
      EncryptedMessage.parse(voutput.privateKey(), group);
    } catch (JsonFormatException e) {
      throw new Rejection(step, who + ": private key is malformed: " + e.getMessage());
    }
    TrusteePublicKey pk = voutput.publicKey();
    if (pk.check(group, step) instanceof Check.Fail f) {
      throw new Rejection(step, who + ": " + f.why());
    }
    BigInteger expected = BigInteger.ONE;
    for (List<BigInteger> a : coefexps) {
      expected = group.mul(expected, shareCommitment(group, a, index + 1));
    }
    if (!pk.publicKey().equals(expected)) {
      throw new Rejection(step, who + ": verification key is incorrect");
    }
  }

  static Check run(String step, Supplier<Void> body) {
    try {
      body.get();
      return Check.pass(step);
    } catch (Rejection r) {
      return r.failure;
    }
  }

  static <T> T produce(String step, Supplier<T> body) {
    try {
      return body.get();
    } catch (Rejection r) {
      throw new TrusteeCheckException(r.failure);
    }
  }
}
