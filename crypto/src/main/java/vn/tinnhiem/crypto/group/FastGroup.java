package vn.tinnhiem.crypto.group;

import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.tinnhiem.crypto.group.Montgomery.Element;

/**
 * A {@link Group}'s arithmetic in Montgomery form, for the hot paths (proof checks, fixed-base
 * powers). Obtained from {@link Group#fast()}, which answers null when only plain
 * {@code BigInteger} arithmetic is available; results are always equal to the plain ones.
 */
public final class FastGroup {
  private final Group group;
  private final Montgomery m;
  /** Built on first use (2 MB, 8 160 multiplications): asking whether the fast path is on is free. */
  private volatile MontgomeryFixedBase generator;
  private final Map<BigInteger, MontgomeryFixedBase> keyTables =
      Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<BigInteger, MontgomeryFixedBase> e) {
          return size() > 8;
        }
      });

  FastGroup(Group group, Montgomery m) {
    this.group = group;
    this.m = m;
  }

  public Group group() {
    return group;
  }

  public Montgomery arithmetic() {
    return m;
  }

  /** g^e, from a table. */
  public Element gPow(BigInteger e) {
    MontgomeryFixedBase t = generator;
    if (t == null) {
      synchronized (this) {
        t = generator;
        if (t == null) {
          t = new MontgomeryFixedBase(m, group.g(), group.q().bitLength());
          generator = t;
        }
      }
    }
    return t.pow(e);
  }

  /** key^e for a key that many exponentiations share (the election key), from a table. */
  public Element keyPow(BigInteger key, BigInteger e) {
    return keyTables.computeIfAbsent(key,
        k -> new MontgomeryFixedBase(m, k, group.q().bitLength())).pow(e);
  }

  /** The table to raise {@code base} to several exponents below 2^|q| (q included). */
  public Powers powers(BigInteger base) {
    return new Powers(m, m.element(base), group.q().bitLength());
  }

  public Element element(BigInteger x) {
    return m.element(x);
  }

  public BigInteger value(Element x) {
    return m.value(x);
  }
}
