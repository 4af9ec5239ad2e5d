package vn.tinnhiem.crypto.trustee;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import vn.tinnhiem.crypto.Check;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.json.JsonFormatException;

/**
 * A counting-board member's side of the Pedersen ceremony (3.1.1, 4.6), computed offline from
 * their seed: certificate (step 1), certificate check (2), polynomial (3), vinput check and
 * voutput (5), and later the decryption key from the {@code .dkey}. Byte-compatible with
 * {@code belenios-tool setup generate-trustee-key-threshold}.
 */
public final class PedersenTrustee {
  static final String STEP_VINPUT = "Pedersen step 5: vinput";

  private PedersenTrustee() {}

  /** Step 1: the certificate, cert_keys signed with sk. */
  public static SignedMessage certificate(Group group, PedersenKeys keys) {
    return SignedMessage.sign(group, keys.signingKey(), keys.publicKeys().write());
  }

  /** Step 2 (and 3a, 5a): every certificate valid, and ours among them. */
  public static Check checkCertificates(Group group, PedersenKeys keys,
      List<SignedMessage> certs) {
    String step = PedersenSetup.STEP_CERTS;
    return PedersenSetup.run(step, () -> {
      ownIndex(keys, PedersenSetup.allCertKeys(group, certs, step), step);
      return null;
    });
  }

  /**
   * Step 3: a random polynomial f(x) = a_0 + … + a_t x^t with {@code threshold} = t + 1
   * coefficients; the coefficients sent to ourselves, f(j) sent to each member j, and the signed
   * g^{a_k}.
   *
   * @throws TrusteeCheckException when a certificate is invalid or ours is missing
   */
  public static Polynomial polynomial(Group group, PedersenKeys keys, List<SignedMessage> certs,
      int threshold) {
    String step = PedersenSetup.STEP_POLYNOMIAL;
    return PedersenSetup.produce(step, () -> {
      List<CertKeys> all = PedersenSetup.allCertKeys(group, certs, step);
      ownIndex(keys, all, step);
      if (threshold < 1 || threshold > all.size()) {
        throw new Rejection(step, "threshold " + threshold + " not in 1.." + all.size());
      }
      List<BigInteger> a = new ArrayList<>(threshold);
      List<BigInteger> coefexps = new ArrayList<>(threshold);
      for (int k = 0; k < threshold; k++) {
        BigInteger ak = group.randomExponent();
        a.add(ak);
        coefexps.add(group.gPow(ak));
      }
      BigInteger sk = keys.signingKey();
      String sentPolynomial = Pki.send(group, sk, keys.publicKeys().encryption(),
          Wire.rawPolynomial(a)).write();
      List<String> secrets = new ArrayList<>(all.size());
      for (int j = 1; j <= all.size(); j++) {
        String secret = Wire.secret(evaluate(group, a, j));
        secrets.add(Pki.send(group, sk, all.get(j - 1).encryption(), secret).write());
      }
      SignedMessage signedCoefexps = SignedMessage.sign(group, sk, Wire.rawCoefexps(coefexps));
      return new Polynomial(sentPolynomial, secrets, signedCoefexps);
    });
  }

  /** Step 5a–b: certificates valid, and every share g^{s_ij} = Π_k A_ik^(j^k). */
  public static Check checkVinput(Group group, PedersenKeys keys,
      List<SignedMessage> certs, Vinput vinput) {
    return PedersenSetup.run(STEP_VINPUT, () -> {
      decryptionKeyFromVinput(group, keys, certs, vinput);
      return null;
    });
  }

  /**
   * Step 5c: checks the vinput, then S_j = Σ_i s_ij mod q, sent to ourselves, and g^{S_j} with
   * its pok.
   *
   * @throws TrusteeCheckException when {@link #checkVinput} fails
   */
  public static Voutput voutput(Group group, PedersenKeys keys, List<SignedMessage> certs,
      Vinput vinput) {
    return PedersenSetup.produce(STEP_VINPUT, () -> {
      BigInteger s = decryptionKeyFromVinput(group, keys, certs, vinput);
      String privateKey = Pki.send(group, keys.signingKey(), keys.publicKeys().encryption(),
          Wire.decryptionKey(s)).write();
      return new Voutput(privateKey, TrusteePublicKey.prove(group, s));
    });
  }

  /**
   * The member's decryption key S_j, recovered from their {@code .dkey} (the private_key of
   * their voutput, returned by the administrator after step 6). Decrypting it checks our own
   * signature and the recipient.
   *
   * @throws JsonFormatException when it does not decrypt or is malformed
   */
  public static BigInteger decryptionKey(Group group, PedersenKeys keys, String dkey) {
    EncryptedMessage msg = EncryptedMessage.parse(dkey, group);
    String plain = Pki.receive(group, keys.decryptionKey(), keys.publicKeys().verification(), msg);
    return Wire.readDecryptionKey(group, plain);
  }

  // ---- internals ----------------------------------------------------------------------------

  private static BigInteger decryptionKeyFromVinput(Group group, PedersenKeys keys,
      List<SignedMessage> certs, Vinput vinput) {
    String step = STEP_VINPUT;
    List<CertKeys> all = PedersenSetup.allCertKeys(group, certs, step);
    int n = all.size();
    int j = ownIndex(keys, all, step) + 1;
    BigInteger dk = keys.decryptionKey();
    int threshold;
    try {
      String raw = Pki.receive(group, dk, keys.publicKeys().verification(),
          EncryptedMessage.parse(vinput.polynomial(), group));
      threshold = Wire.readRawPolynomial(group, raw).size();
    } catch (JsonFormatException e) {
      throw new Rejection(step, "own polynomial: " + e.getMessage());
    }
    if (vinput.secrets().size() != n || vinput.coefexps().size() != n) {
      throw new Rejection(step, "expected " + n + " secrets and coefexps, got "
          + vinput.secrets().size() + " and " + vinput.coefexps().size());
    }
    BigInteger sum = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      BigInteger s;
      try {
        String raw = Pki.receive(group, dk, all.get(i).verification(),
            EncryptedMessage.parse(vinput.secrets().get(i), group));
        s = Wire.readSecret(group, raw);
      } catch (JsonFormatException e) {
        throw new Rejection(step, "secret " + (i + 1) + ": " + e.getMessage());
      }
      List<BigInteger> a = PedersenSetup.signedCoefexps(group, all.get(i),
          vinput.coefexps().get(i), i, step);
      if (a.size() != threshold) {
        throw new Rejection(step, "coefexps " + (i + 1) + " has " + a.size()
            + " commitments, our polynomial " + threshold);
      }
      if (!group.gPow(s).equals(PedersenSetup.shareCommitment(group, a, j))) {
        throw new Rejection(step, "secret " + (i + 1) + " does not validate");
      }
      sum = sum.add(s);
    }
    return sum.mod(group.q());
  }

  private static int ownIndex(PedersenKeys keys, List<CertKeys> all, String step) {
    int i = all.indexOf(keys.publicKeys());
    if (i < 0) {
      throw new Rejection(step, "could not find my certificate");
    }
    return i;
  }

  /** f(j) mod q by Horner's rule. */
  static BigInteger evaluate(Group group, List<BigInteger> a, int j) {
    BigInteger x = BigInteger.valueOf(j);
    BigInteger acc = BigInteger.ZERO;
    for (int k = a.size() - 1; k >= 0; k--) {
      acc = acc.multiply(x).add(a.get(k)).mod(group.q());
    }
    return acc;
  }
}
