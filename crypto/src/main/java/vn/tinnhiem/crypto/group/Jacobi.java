package vn.tinnhiem.crypto.group;

import java.math.BigInteger;

/** The Jacobi symbol (a/n) for odd positive n, by the binary algorithm. */
final class Jacobi {
  private Jacobi() {}

  static int symbol(BigInteger a, BigInteger n) {
    a = a.mod(n);
    int result = 1;
    while (a.signum() != 0) {
      int twos = a.getLowestSetBit();
      if (twos > 0) {
        a = a.shiftRight(twos);
        int nMod8 = n.intValue() & 7;
        if ((twos & 1) == 1 && (nMod8 == 3 || nMod8 == 5)) {
          result = -result;
        }
      }
      // Quadratic reciprocity: swap, flipping the sign when both are 3 mod 4.
      if ((a.intValue() & 3) == 3 && (n.intValue() & 3) == 3) {
        result = -result;
      }
      BigInteger t = a;
      a = n.mod(t);
      n = t;
    }
    return n.equals(BigInteger.ONE) ? result : 0;
  }
}
