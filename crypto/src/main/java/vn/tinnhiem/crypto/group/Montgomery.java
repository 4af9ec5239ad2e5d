package vn.tinnhiem.crypto.group;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.math.BigInteger;

/**
 * Montgomery multiplication modulo an odd p, on the same machine code that
 * {@link BigInteger#modPow} uses inside (HotSpot's Montgomery intrinsic, about 1.3 µs for 2048
 * bits against about 10 µs for {@code multiply().mod()}, whose division is plain Java).
 *
 * <p>The JDK keeps that routine private, so reaching it needs {@code --add-opens
 * java.base/java.math=ALL-UNNAMED} (the CLI jar and the server set it in their manifest or JVM
 * arguments). Without it, or with {@code -Dtinnhiem.crypto.plain=true}, {@link #of} answers null
 * and every caller stays on plain {@link BigInteger} arithmetic, which gives the same results.
 * A self-test against {@code BigInteger} runs before the routine is trusted.
 *
 * <p>Values are {@link Element}s: residues times R = 2^(32·len) mod p, as big-endian int arrays.
 * They may exceed p (the intrinsic reduces only below R); {@link #value} is canonical.
 */
public final class Montgomery {
  /** Set to true to force plain {@code BigInteger} arithmetic (tests and side-by-side benches). */
  public static final String PLAIN_PROPERTY = "tinnhiem.crypto.plain";

  private static final MethodHandle MULTIPLY;
  private static final MethodHandle SQUARE;
  private static final String UNAVAILABLE_BECAUSE;

  static {
    MethodHandle multiply = null;
    MethodHandle square = null;
    String why = null;
    try {
      MethodHandles.Lookup lookup =
          MethodHandles.privateLookupIn(BigInteger.class, MethodHandles.lookup());
      multiply = lookup.findStatic(BigInteger.class, "montgomeryMultiply", MethodType.methodType(
          int[].class, int[].class, int[].class, int[].class, int.class, long.class,
          int[].class));
      square = lookup.findStatic(BigInteger.class, "montgomerySquare", MethodType.methodType(
          int[].class, int[].class, int[].class, int.class, long.class, int[].class));
    } catch (ReflectiveOperationException | RuntimeException e) {
      // IllegalAccessException when java.base/java.math is not opened to us; NoSuchMethod on a
      // JDK that renamed the routine. Either way: plain arithmetic.
      why = e.getClass().getSimpleName() + ": " + e.getMessage();
      multiply = null;
      square = null;
    }
    MULTIPLY = multiply;
    SQUARE = square;
    UNAVAILABLE_BECAUSE = why;
  }

  /** A residue in Montgomery form. Treat as immutable. */
  public static final class Element {
    final int[] limbs;

    Element(int[] limbs) {
      this.limbs = limbs;
    }
  }

  private final BigInteger p;
  private final int len;
  private final int[] modulus;
  private final long inverse;
  private final Element one;
  private final int[] rSquared;
  private final int[] plainOne;

  private Montgomery(BigInteger p) {
    this.p = p;
    int words = (p.bitLength() + 31) / 32;
    this.len = words + (words & 1); // the routine wants an even length
    this.modulus = limbs(p, len);
    long low = (modulus[len - 1] & 0xffffffffL) | ((long) modulus[len - 2] << 32);
    this.inverse = -inverse64(low); // what BigInteger.oddModPow passes
    BigInteger r = BigInteger.ONE.shiftLeft(32 * len);
    this.one = new Element(limbs(r.mod(p), len));
    this.rSquared = limbs(r.multiply(r).mod(p), len);
    this.plainOne = limbs(BigInteger.ONE, len);
  }

  /**
   * The arithmetic for p, or null when the fast routine is unavailable or disabled (then use
   * plain {@code BigInteger}). p must be odd.
   */
  public static Montgomery of(BigInteger p) {
    if (MULTIPLY == null || Boolean.getBoolean(PLAIN_PROPERTY) || !p.testBit(0)
        || p.bitLength() < 64) {
      return null;
    }
    Montgomery m = new Montgomery(p);
    return m.selfTest() ? m : null;
  }

  /** One line for logs and notes: which arithmetic runs, and why. */
  public static String describe() {
    if (Boolean.getBoolean(PLAIN_PROPERTY)) {
      return "plain BigInteger (-D" + PLAIN_PROPERTY + "=true)";
    }
    if (MULTIPLY == null) {
      return "plain BigInteger (for the fast path run Java with --add-opens"
          + " java.base/java.math=ALL-UNNAMED; " + UNAVAILABLE_BECAUSE + ")";
    }
    return "Montgomery (JDK intrinsic)";
  }

  public Element element(BigInteger x) {
    return new Element(multiply(limbs(x.mod(p), len), rSquared));
  }

  public BigInteger value(Element x) {
    int[] plain = multiply(x.limbs, plainOne);
    byte[] bytes = new byte[4 * len + 1];
    for (int i = 0; i < len; i++) {
      int v = plain[i];
      bytes[1 + 4 * i] = (byte) (v >>> 24);
      bytes[2 + 4 * i] = (byte) (v >>> 16);
      bytes[3 + 4 * i] = (byte) (v >>> 8);
      bytes[4 + 4 * i] = (byte) v;
    }
    BigInteger v = new BigInteger(bytes);
    // Reducing x < R gives at most (x + (R-1)·p) / R < p + 1: one subtraction is enough.
    return v.compareTo(p) >= 0 ? v.subtract(p) : v;
  }

  public BigInteger modulus() {
    return p;
  }

  public Element one() {
    return one;
  }

  public Element times(Element a, Element b) {
    return new Element(multiply(a.limbs, b.limbs));
  }

  public Element square(Element a) {
    return new Element(square(a.limbs));
  }

  /** True when x is 1 modulo p. */
  public boolean isOne(Element x) {
    return value(x).equals(BigInteger.ONE);
  }

  /** base^e by plain square-and-multiply; for checks and rare uses, not for hot paths. */
  Element pow(Element base, BigInteger e) {
    Element acc = one;
    for (int i = e.bitLength() - 1; i >= 0; i--) {
      acc = square(acc);
      if (e.testBit(i)) {
        acc = times(acc, base);
      }
    }
    return acc;
  }

  int[] multiply(int[] a, int[] b) {
    try {
      return (int[]) MULTIPLY.invokeExact(a, b, modulus, len, inverse, (int[]) null);
    } catch (Throwable e) {
      throw new IllegalStateException("Montgomery multiplication failed", e);
    }
  }

  int[] square(int[] a) {
    try {
      return (int[]) SQUARE.invokeExact(a, modulus, len, inverse, (int[]) null);
    } catch (Throwable e) {
      throw new IllegalStateException("Montgomery squaring failed", e);
    }
  }

  /** Checks a product, a square and a power against BigInteger before trusting the routine. */
  private boolean selfTest() {
    BigInteger a = p.subtract(BigInteger.valueOf(3)).shiftRight(1);
    BigInteger b = p.subtract(BigInteger.TWO);
    BigInteger e = BigInteger.valueOf(0x5DEECE66DL);
    try {
      return value(times(element(a), element(b))).equals(a.multiply(b).mod(p))
          && value(square(element(b))).equals(b.multiply(b).mod(p))
          && value(pow(element(a), e)).equals(a.modPow(e, p));
    } catch (RuntimeException e2) {
      return false;
    }
  }

  /** The low {@code len} 32-bit words of x, most significant first (BigInteger's order). */
  static int[] limbs(BigInteger x, int len) {
    int[] out = new int[len];
    byte[] bytes = x.toByteArray();
    for (int i = 0; i < bytes.length && i < 4 * len; i++) {
      int word = len - 1 - i / 4;
      out[word] |= (bytes[bytes.length - 1 - i] & 0xff) << (8 * (i % 4));
    }
    return out;
  }

  /** x^-1 mod 2^64 for odd x, by Newton's iteration (each step doubles the correct bits). */
  private static long inverse64(long x) {
    long y = x; // correct to 3 bits for odd x
    for (int i = 0; i < 5; i++) {
      y *= 2 - x * y;
    }
    return y;
  }
}
