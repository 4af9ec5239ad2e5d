package vn.tinnhiem.crypto.trustee;

import java.math.BigInteger;
import java.util.Objects;
import vn.tinnhiem.crypto.group.Group;

/**
 * A "Single" trustee's key pair (4.5, 3.1.1): private x in Z_q and the trustee_public_key.
 * {@link #toString} never shows x.
 */
public final class SingleTrusteeKey {
  private final BigInteger privateKey;
  private final TrusteePublicKey publicKey;

  private SingleTrusteeKey(BigInteger privateKey, TrusteePublicKey publicKey) {
    this.privateKey = privateKey;
    this.publicKey = publicKey;
  }

  /** "Single" protocol step 1: a random x, X = g^x and its proof of knowledge. */
  public static SingleTrusteeKey generate(Group group) {
    BigInteger x = group.randomExponent();
    return new SingleTrusteeKey(x, TrusteePublicKey.prove(group, x));
  }

  /** Rebuilds the pair from a stored private key (a fresh pok is computed). */
  public static SingleTrusteeKey fromPrivateKey(Group group, BigInteger x) {
    Objects.requireNonNull(x, "x");
    if (x.signum() < 0 || x.compareTo(group.q()) >= 0) {
      throw new IllegalArgumentException("private key not in [0, q)");
    }
    return new SingleTrusteeKey(x, TrusteePublicKey.prove(group, x));
  }

  public BigInteger privateKey() {
    return privateKey;
  }

  public TrusteePublicKey publicKey() {
    return publicKey;
  }

  @Override
  public String toString() {
    return "SingleTrusteeKey[public=" + PedersenKeys.abbreviate(publicKey.publicKey())
        + ", private hidden]";
  }
}
