package vn.tinnhiem.crypto.trustee;

import java.math.BigInteger;

/**
 * Test access to package-private pieces of the trustee crypto, for the server's cross-checks of
 * the browser code: AES-CCM byte for byte and the secret share message.
 */
public final class TrusteeInternals {
  private TrusteeInternals() {}

  public static byte[] ccmEncrypt(byte[] key, byte[] iv, byte[] plaintext) {
    return AesCcm.encrypt(key, iv, plaintext);
  }

  /** Null when the tag does not match. */
  public static byte[] ccmDecrypt(byte[] key, byte[] iv, byte[] data) {
    return AesCcm.decrypt(key, iv, data);
  }

  public static String secretMessage(BigInteger s) {
    return Wire.secret(s);
  }
}
