package vn.tinnhiem.server.system;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese names and labels as typed: the same name may arrive composed
 * (NFC) or decomposed (NFD, from some keyboards), with stray spaces. Text
 * is kept in NFC with single spaces; comparisons use {@link #key}.
 */
public final class Names {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\s]]");

  private Names() {}

  /** NFC, no control characters, trimmed, inner white space collapsed to one space. */
  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    return SPACES.matcher(CONTROL.matcher(nfc).replaceAll("")).replaceAll(" ").strip();
  }

  /** The comparison key: cleaned and lower-cased ("Nguyễn  Văn A" and "nguyễn văn a" match). */
  public static String key(String text) {
    return clean(text).toLowerCase(Locale.ROOT);
  }

  /** Cleans and checks: not blank and at most {@code max} characters. */
  public static String require(String text, String what, int max) {
    String clean = clean(text);
    if (clean == null || clean.isEmpty()) {
      throw new IllegalArgumentException("empty " + what);
    }
    if (clean.length() > max) {
      throw new IllegalArgumentException(what + " longer than " + max);
    }
    return clean;
  }
}
