package vn.tinnhiem.server.voting;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import vn.tinnhiem.crypto.credential.Credentials;
import vn.tinnhiem.crypto.group.Hash;

/** Secret link tokens: 32 base58 characters (about 187 bits); only their hash is stored. */
final class Tokens {
  static final int LENGTH = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Tokens() {}

  static String generate() {
    StringBuilder s = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      s.append(Credentials.BASE58.charAt(RANDOM.nextInt(Credentials.BASE58.length())));
    }
    return s.toString();
  }

  /** Whether the text could be a token at all: checked before any database lookup. */
  static boolean wellFormed(String token) {
    if (token == null || token.length() != LENGTH) {
      return false;
    }
    for (int i = 0; i < LENGTH; i++) {
      if (Credentials.BASE58.indexOf(token.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  static String hash(String token) {
    return Hash.hex(token.getBytes(StandardCharsets.US_ASCII));
  }
}
