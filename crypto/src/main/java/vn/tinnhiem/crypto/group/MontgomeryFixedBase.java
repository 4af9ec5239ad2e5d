package vn.tinnhiem.crypto.group;

import java.math.BigInteger;
import vn.tinnhiem.crypto.group.Montgomery.Element;

/**
 * {@link FixedBase} in Montgomery form, with 8-bit windows: base^e is one multiplication per byte
 * of e (32 for a 256-bit exponent) and no squaring. The table is 2 MB for BELENIOS-2048.
 */
final class MontgomeryFixedBase {
  private final Montgomery m;
  private final BigInteger base;
  /** table[i][d] = base^(d · 256^i); d = 0 is unused. */
  private final Element[][] table;

  MontgomeryFixedBase(Montgomery m, BigInteger base, int maxExponentBits) {
    this.m = m;
    this.base = base;
    int windows = (maxExponentBits + 7) / 8;
    table = new Element[windows][256];
    Element start = m.element(base);
    for (int i = 0; i < windows; i++) {
      Element[] row = table[i];
      row[1] = start;
      for (int d = 2; d < 256; d++) {
        row[d] = m.times(row[d - 1], start);
      }
      start = m.times(row[255], start); // base^(256^(i+1))
    }
  }

  Element pow(BigInteger e) {
    if (e.signum() < 0 || e.bitLength() > 8 * table.length) {
      return m.element(base.modPow(e, m.modulus()));
    }
    byte[] bytes = e.toByteArray(); // big-endian, maybe with a leading sign byte of 0
    Element acc = null;
    for (int i = 0; i < table.length && i < bytes.length; i++) {
      int digit = bytes[bytes.length - 1 - i] & 0xff;
      if (digit != 0) {
        acc = acc == null ? table[i][digit] : m.times(acc, table[i][digit]);
      }
    }
    return acc == null ? m.one() : acc;
  }
}
