package vn.tinnhiem.crypto.group;

import java.math.BigInteger;
import java.util.Objects;

/** An ElGamal ciphertext (g^r, y^r g^m) (specification 4.3). */
public record Ciphertext(BigInteger alpha, BigInteger beta) {
  public Ciphertext {
    Objects.requireNonNull(alpha, "alpha");
    Objects.requireNonNull(beta, "beta");
  }

  /** The neutral ciphertext (1, 1): an encryption of 0 with r = 0, the start of a product. */
  public static Ciphertext one() {
    return new Ciphertext(BigInteger.ONE, BigInteger.ONE);
  }

  /** Encrypts the small integer {@code m} with randomness {@code r} under {@code y}. */
  public static Ciphertext encrypt(Group group, BigInteger y, BigInteger r, int m) {
    BigInteger alpha = group.gPow(r);
    BigInteger beta = group.mul(group.keyPow(y, r), group.gPow(BigInteger.valueOf(m)));
    return new Ciphertext(alpha, beta);
  }

  /** The homomorphic sum: pointwise product. */
  public Ciphertext times(Group group, Ciphertext other) {
    return new Ciphertext(group.mul(alpha, other.alpha), group.mul(beta, other.beta));
  }

  public Ciphertext pow(Group group, BigInteger e) {
    return new Ciphertext(group.pow(alpha, e), group.pow(beta, e));
  }
}
