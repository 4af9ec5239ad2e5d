package vn.tinnhiem.crypto.credential;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.tinnhiem.crypto.group.Group;

/**
 * Voter credentials (specification 4.8): a 15-character base58 string whose last character is a
 * checksum, the secret exponent derived from it by PBKDF2-HMAC-SHA256 salted with the election
 * uuid, and the public credential g^secret.
 */
public final class Credentials {
  /** Base58 without 0, O, I, l: the alphabet of credentials, seeds and uuids. */
  public static final String BASE58 =
      "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final int PBKDF2_ITERATIONS = 1000;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Credentials() {}

  /** A fresh private credential in the printed form XXX-XXX-XXX-XXX-XXX. */
  public static String generate() {
    return generate(RANDOM);
  }

  public static String generate(SecureRandom random) {
    char[] raw = new char[15];
    BigInteger value = BigInteger.ZERO;
    BigInteger base = BigInteger.valueOf(58);
    for (int i = 0; i < 14; i++) {
      int digit = random.nextInt(58);
      raw[i] = BASE58.charAt(digit);
      value = value.multiply(base).add(BigInteger.valueOf(digit));
    }
    raw[14] = BASE58.charAt(checksum(value));
    StringBuilder out = new StringBuilder(19);
    for (int i = 0; i < 15; i++) {
      if (i > 0 && i % 3 == 0) {
        out.append('-');
      }
      out.append(raw[i]);
    }
    return out.toString();
  }

  /** True when the string has the credential shape and a correct checksum. */
  public static boolean isWellFormed(String credential) {
    if (credential == null) {
      return false;
    }
    String digits = stripDashes(credential);
    if (digits == null || digits.length() != 15) {
      return false;
    }
    BigInteger value = BigInteger.ZERO;
    BigInteger base = BigInteger.valueOf(58);
    for (int i = 0; i < 14; i++) {
      int d = BASE58.indexOf(digits.charAt(i));
      if (d < 0) {
        return false;
      }
      value = value.multiply(base).add(BigInteger.valueOf(d));
    }
    return BASE58.indexOf(digits.charAt(14)) == checksum(value);
  }

  private static String stripDashes(String credential) {
    if (credential.length() == 15) {
      return credential;
    }
    if (credential.length() != 19) {
      return null;
    }
    StringBuilder out = new StringBuilder(15);
    for (int i = 0; i < 19; i++) {
      char c = credential.charAt(i);
      if (i % 4 == 3) {
        if (c != '-') {
          return null;
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * 53 − (c mod 53), from 1 to 53, as belenios-tool computes it: when c is a multiple of 53 the
   * checksum digit is 53 ('v'), not 0.
   */
  private static int checksum(BigInteger first14) {
    return 53 - first14.mod(BigInteger.valueOf(53)).intValue();
  }

  /** secret(c): PBKDF2-HMAC-SHA256(c, uuid, 1000 iterations, 32 bytes) mod q. */
  public static BigInteger secret(Group group, String uuid, String credential) {
    byte[] block = pbkdf2OneBlock(credential.getBytes(StandardCharsets.UTF_8),
        uuid.getBytes(StandardCharsets.UTF_8));
    return new BigInteger(1, block).mod(group.q());
  }

  /** public(c) = g^secret(c). */
  public static BigInteger publicCredential(Group group, String uuid, String credential) {
    return group.gPow(secret(group, uuid, credential));
  }

  /**
   * One PBKDF2 block with HMAC-SHA256, computed directly: the JDK's PBKDF2 key factory takes
   * the password as chars and would re-encode it, while Belenios uses the raw bytes.
   */
  private static byte[] pbkdf2OneBlock(byte[] password, byte[] salt) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(password, "HmacSHA256"));
      mac.update(salt);
      mac.update(new byte[] {0, 0, 0, 1});
      byte[] u = mac.doFinal();
      byte[] result = u.clone();
      for (int i = 1; i < PBKDF2_ITERATIONS; i++) {
        u = mac.doFinal(u);
        for (int j = 0; j < result.length; j++) {
          result[j] ^= u[j];
        }
      }
      return result;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK always has HmacSHA256", e);
    }
  }
}
