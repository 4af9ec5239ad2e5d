package vn.tinnhiem.crypto.group;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/** SHA-256 as Belenios uses it: hex names, unpadded base64 fingerprints, challenges mod q. */
public final class Hash {
  private static final Base64.Encoder BASE64 = Base64.getEncoder().withoutPadding();

  private Hash() {}

  public static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }

  public static byte[] sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Lower-case hex SHA-256: archive member names and event links. */
  public static String hex(byte[] data) {
    return HexFormat.of().formatHex(sha256(data));
  }

  /** Unpadded base64 SHA-256: election fingerprint, ballot tracking code (H_JSON). */
  public static String base64(byte[] data) {
    return BASE64.encodeToString(sha256(data));
  }

  public static String base64(String text) {
    return base64(text.getBytes(StandardCharsets.UTF_8));
  }

  /** SHA-256 of the text as a 256-bit big-endian number, reduced mod q. */
  public static BigInteger toExponent(String text, BigInteger q) {
    return new BigInteger(1, sha256(text)).mod(q);
  }
}
