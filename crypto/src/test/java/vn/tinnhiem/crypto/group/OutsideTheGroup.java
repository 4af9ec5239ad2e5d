package vn.tinnhiem.crypto.group;

import java.math.BigInteger;

/** Numbers below p that are not in BELENIOS-2048's subgroup, for tests of subgroup checks. */
public final class OutsideTheGroup {
  private OutsideTheGroup() {}

  /** An element of order 3: u^((p-1)/3) for the first u that is not a cube. */
  public static BigInteger orderThree() {
    BigInteger p = Group.BELENIOS_2048.p();
    BigInteger third = p.subtract(BigInteger.ONE).divide(BigInteger.valueOf(3));
    for (int u = 2; ; u++) {
      BigInteger x = BigInteger.valueOf(u).modPow(third, p);
      if (!x.equals(BigInteger.ONE)) {
        return x;
      }
    }
  }
}
