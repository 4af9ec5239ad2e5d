package vn.tinnhiem.crypto.group;

import java.math.BigInteger;

/**
 * Exponentiation of one fixed base by table lookup: base^(d·2^(w·i)) for every window i and digit
 * d, so base^e costs one multiplication per w-bit window of e and no squaring. Worth it for the
 * generator and the election key, which every proof raises to a fresh exponent.
 */
final class FixedBase {
  private final BigInteger p;
  private final int window;
  private final int mask;
  /** table[i][d] = base^(d · 2^(window·i)) mod p; d = 0 is unused. */
  private final BigInteger[][] table;

  FixedBase(BigInteger base, BigInteger p, int maxExponentBits, int window) {
    this.p = p;
    this.window = window;
    this.mask = (1 << window) - 1;
    int windows = (maxExponentBits + window - 1) / window;
    table = new BigInteger[windows][1 << window];
    BigInteger start = base.mod(p);
    for (int i = 0; i < windows; i++) {
      BigInteger[] row = table[i];
      row[1] = start;
      for (int d = 2; d <= mask; d++) {
        row[d] = row[d - 1].multiply(start).mod(p);
      }
      start = row[mask].multiply(start).mod(p); // base^(2^(window·(i+1)))
    }
  }

  /** base^e mod p for 0 <= e < 2^maxExponentBits; larger exponents fall back to modPow. */
  BigInteger pow(BigInteger e) {
    if (e.signum() < 0 || e.bitLength() > table.length * window) {
      return table[0][1].modPow(e, p);
    }
    BigInteger acc = null;
    int bits = e.bitLength();
    for (int i = 0, shift = 0; shift < bits; i++, shift += window) {
      int digit = digitAt(e, shift);
      if (digit != 0) {
        acc = acc == null ? table[i][digit] : acc.multiply(table[i][digit]).mod(p);
      }
    }
    return acc == null ? BigInteger.ONE : acc;
  }

  private int digitAt(BigInteger e, int shift) {
    int d = 0;
    for (int b = 0; b < window; b++) {
      if (e.testBit(shift + b)) {
        d |= 1 << b;
      }
    }
    return d & mask;
  }
}
