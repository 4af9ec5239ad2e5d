package vn.tinnhiem.crypto.trustee;

import java.math.BigInteger;
import vn.tinnhiem.crypto.group.Group;

/**
 * A counting-board member's private PKI material, all derived from the seed (their
 * {@code .key} file): signing and decryption keys and the public keys of their certificate.
 * {@link #toString} never shows the secrets.
 */
public final class PedersenKeys {
  private final String seed;
  private final BigInteger signingKey;
  private final BigInteger decryptionKey;
  private final CertKeys publicKeys;

  private PedersenKeys(Group group, String seed) {
    this.seed = seed;
    this.signingKey = Pki.signingKey(group, seed);
    this.decryptionKey = Pki.decryptionKey(group, seed);
    this.publicKeys = new CertKeys(group.gPow(signingKey), group.gPow(decryptionKey));
  }

  /** Derives the keys from a seed of 22 base58 characters. */
  public static PedersenKeys fromSeed(Group group, String seed) {
    if (!Pki.isSeed(seed)) {
      throw new TrusteeFormatException("a seed is " + Pki.SEED_LENGTH + " base58 characters");
    }
    return new PedersenKeys(group, seed);
  }

  /** Step 1 of the ceremony, private half: a fresh random seed. */
  public static PedersenKeys generate(Group group) {
    return new PedersenKeys(group, Pki.generateSeed());
  }

  public String seed() {
    return seed;
  }

  public BigInteger signingKey() {
    return signingKey;
  }

  public BigInteger decryptionKey() {
    return decryptionKey;
  }

  /** verification = g^sk, encryption = g^dk. */
  public CertKeys publicKeys() {
    return publicKeys;
  }

  @Override
  public String toString() {
    return "PedersenKeys[verification=" + abbreviate(publicKeys.verification()) + ", secrets hidden]";
  }

  static String abbreviate(BigInteger x) {
    String s = x.toString();
    return s.length() <= 16 ? s : s.substring(0, 8) + "…";
  }
}
