package vn.tinnhiem.server.links;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Secret link tokens (projector links, invitations): 32 characters of base64url, 192 random
 * bits. Only the SHA-256 of a token is stored, so a copy of the database opens nothing.
 */
public final class SecretLinks {

  public static final int LENGTH = 32;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  private SecretLinks() {}

  public static String generate() {
    StringBuilder s = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return s.toString();
  }

  /** Whether the text could be a token at all: checked before any database look-up. */
  public static boolean wellFormed(String token) {
    return token != null && token.length() == LENGTH
        && token.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
  }

  public static String hash(String token) {
    return sha256Hex(token.getBytes(StandardCharsets.US_ASCII));
  }

  public static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
