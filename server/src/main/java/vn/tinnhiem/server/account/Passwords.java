package vn.tinnhiem.server.account;

import java.security.SecureRandom;

/** Generated passwords: 12 characters, no look-alikes (0/O, 1/l/I), so one read off a screen types right. */
final class Passwords {

  private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyz23456789";
  static final int LENGTH = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Passwords() {}

  static String generate() {
    StringBuilder password = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
