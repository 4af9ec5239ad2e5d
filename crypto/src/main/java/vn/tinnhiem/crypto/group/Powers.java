package vn.tinnhiem.crypto.group;

import java.math.BigInteger;
import java.util.List;
import vn.tinnhiem.crypto.group.Montgomery.Element;

/**
 * One base raised to several exponents with its squarings shared (Yao's method, 4-bit digits).
 * The table holds base^(16^i); each exponent then costs one multiplication per non-zero digit
 * plus 15, about 80 for 256 bits, against about 320 for a separate exponentiation. A proof check
 * raises every α and β to two challenges and to q (the subgroup check), so three exponentiations
 * cost 252 + 3·80 multiplications instead of 960.
 */
public final class Powers {
  private static final int DIGIT_BITS = 4;
  private static final int DIGITS = 1 << DIGIT_BITS;

  private final Montgomery m;
  private final Element[] table;

  Powers(Montgomery m, Element base, int maxExponentBits) {
    this.m = m;
    table = new Element[(maxExponentBits + DIGIT_BITS - 1) / DIGIT_BITS];
    table[0] = base;
    for (int i = 1; i < table.length; i++) {
      Element x = table[i - 1];
      for (int s = 0; s < DIGIT_BITS; s++) {
        x = m.square(x);
      }
      table[i] = x;
    }
  }

  /** The base itself. */
  public Element base() {
    return table[0];
  }

  /** base^e for 0 <= e < 2^maxExponentBits. */
  public Element pow(BigInteger e) {
    return productPow(m, List.of(this), e);
  }

  /** (b_1 · … · b_k)^e = Π b_j^e over the tables' bases, with one pass over the digits of e. */
  public static Element productPow(Montgomery m, List<Powers> bases, BigInteger e) {
    int[] digits = digits(e, bases.get(0).table.length);
    Element result = null;
    Element running = null;
    // Yao: result = Π_d (Π_{digit_i = d} x_i)^d, built as a running product from d = 15 down.
    for (int d = DIGITS - 1; d >= 1; d--) {
      for (Powers p : bases) {
        for (int i = 0; i < digits.length; i++) {
          if (digits[i] == d) {
            running = running == null ? p.table[i] : m.times(running, p.table[i]);
          }
        }
      }
      if (running != null) {
        result = result == null ? running : m.times(result, running);
      }
    }
    return result == null ? m.one() : result;
  }

  private static int[] digits(BigInteger e, int count) {
    if (e.signum() < 0 || e.bitLength() > count * DIGIT_BITS) {
      throw new IllegalArgumentException("exponent out of range for this table");
    }
    byte[] bytes = e.toByteArray();
    int[] digits = new int[count];
    for (int i = 0; i < count; i++) {
      int b = i / 2 < bytes.length ? bytes[bytes.length - 1 - i / 2] & 0xff : 0;
      digits[i] = (i % 2 == 0) ? b & 0xf : b >>> 4;
    }
    return digits;
  }
}
