package vn.tinnhiem.crypto.group;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * A prime-order subgroup of Z_p^* as Belenios uses it (specification, section 5). Elements and
 * exponents are plain {@link BigInteger}s; everything that comes from outside goes through
 * {@link #parseElement} or {@link #parseExponent}, which check ranges and subgroup membership.
 */
public final class Group {
  /** BELENIOS-2048: 2048-bit p, 256-bit q (specification 5.1). */
  public static final Group BELENIOS_2048 = new Group("BELENIOS-2048",
      new BigInteger("20694785691422546401013643657505008064922989295751104097100884787057374219242717401922237254497684338129066633138078958404960054389636289796393038773905722803605973749427671376777618898589872735865049081167099310535867780980030790491654063777173764198678527273474476341835600035698305193144284561701911000786737307333564123971732897913240474578834468260652327974647951137672658693582180046317922073668860052627186363386088796882120769432366149491002923444346373222145884100586421050242120365433561201320481118852408731077014151666200162313177169372189248078507711827842317498073276598828825169183103125680162072880719"),
      new BigInteger("78571733251071885079927659812671450121821421258408794611510081919805623223441"),
      new BigInteger("2402352677501852209227687703532399932712287657378364916510075318787663274146353219320285676155269678799694668298749389095083896573425601900601068477164491735474137283104610458681314511781646755400527402889846139864532661215055797097162016168270312886432456663834863635782106154918419982534315189740658186868651151358576410138882215396016043228843603930989333662772848406593138406010231675095763777982665103606822406635076697764025346253773085133173495194248967754052573659049492477631475991575198775177711481490920456600205478127054728238140972518639858334115700568353695553423781475582491896050296680037745308460627"));

  /** RFC-3526-2048: the safe prime of RFC 3526, g = 2, q = (p-1)/2 (specification 5.2). */
  public static final Group RFC_3526_2048 = new Group("RFC-3526-2048",
      new BigInteger("32317006071311007300338913926423828248817941241140239112842009751400741706634354222619689417363569347117901737909704191754605873209195028853758986185622153212175412514901774520270235796078236248884246189477587641105928646099411723245426622522193230540919037680524235519125679715870117001058055877651038861847280257976054903569732561526167081339361799541336476559160368317896729073178384589680639671900977202194168647225871031411336429319536193471636533209717077448227988588565369208645296636077250268955505928362751121174096972998068410554359584866583291642136218231078990999448652468262416972035911852507045361090559"),
      new BigInteger("16158503035655503650169456963211914124408970620570119556421004875700370853317177111309844708681784673558950868954852095877302936604597514426879493092811076606087706257450887260135117898039118124442123094738793820552964323049705861622713311261096615270459518840262117759562839857935058500529027938825519430923640128988027451784866280763083540669680899770668238279580184158948364536589192294840319835950488601097084323612935515705668214659768096735818266604858538724113994294282684604322648318038625134477752964181375560587048486499034205277179792433291645821068109115539495499724326234131208486017955926253522680545279"),
      BigInteger.TWO);

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String name;
  private final BigInteger p;
  private final BigInteger q;
  private final BigInteger g;
  private final boolean safePrime;
  /** Built on first use: a few MB, and the CLI's help should not pay for it. */
  private volatile FixedBase generatorTable;
  private final java.util.Map<BigInteger, FixedBase> keyTables =
      java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<BigInteger, FixedBase> e) {
          return size() > 8;
        }
      });

  /** Montgomery arithmetic for the hot paths; null inside when unavailable (see {@link #fast}). */
  private volatile FastGroup fast;
  private volatile boolean fastDecided;

  private Group(String name, BigInteger p, BigInteger q, BigInteger g) {
    this.name = name;
    this.p = p;
    this.q = q;
    this.g = g;
    this.safePrime = p.subtract(BigInteger.ONE).equals(q.shiftLeft(1));
  }

  /** The group named as in an election's {@code group} field. */
  public static Group byName(String name) {
    if (BELENIOS_2048.name.equals(name)) {
      return BELENIOS_2048;
    }
    if (RFC_3526_2048.name.equals(name)) {
      return RFC_3526_2048;
    }
    throw new GroupFormatException("unknown group \"" + name + "\"");
  }

  public String name() {
    return name;
  }

  public BigInteger p() {
    return p;
  }

  public BigInteger q() {
    return q;
  }

  public BigInteger g() {
    return g;
  }

  /** True when {@code x} lies in the order-q subgroup: 1 <= x < p and x^q = 1. */
  public boolean isElement(BigInteger x) {
    if (x == null || x.signum() <= 0 || x.compareTo(p) >= 0) {
      return false;
    }
    if (safePrime) {
      // For a safe prime the subgroup is the quadratic residues: Euler's criterion via Jacobi
      // is exactly as strict as x^q = 1 and much cheaper.
      return Jacobi.symbol(x, p) == 1;
    }
    return x.modPow(q, p).equals(BigInteger.ONE);
  }

  /** A decimal string that must denote a subgroup element. */
  public BigInteger parseElement(String decimal) {
    BigInteger x = parseResidue(decimal);
    if (!isElement(x)) {
      throw new GroupFormatException(notAnElement(x));
    }
    return x;
  }

  /**
   * A decimal string that must denote a number in [1, p), whose subgroup check is left to the
   * caller: a proof check that computes x^q along with its other powers of x (see
   * {@link Powers}) does it for a fraction of the cost of {@link #isElement}.
   */
  public BigInteger parseResidue(String decimal) {
    BigInteger x = parseDecimal(decimal, p.bitLength());
    if (x.signum() <= 0 || x.compareTo(p) >= 0) {
      throw new GroupFormatException(notAnElement(x));
    }
    return x;
  }

  /** The message for a number outside the subgroup, the same wherever it is found. */
  public String notAnElement(BigInteger x) {
    return "not an element of " + name + ": " + abbreviate(x.toString());
  }

  /** A decimal string that must denote an exponent in [0, q). */
  public BigInteger parseExponent(String decimal) {
    BigInteger x = parseDecimal(decimal, q.bitLength());
    if (x.compareTo(q) >= 0) {
      throw new GroupFormatException("exponent not below q: " + abbreviate(decimal));
    }
    return x;
  }

  private static BigInteger parseDecimal(String s, int maxBits) {
    // Digits only: no sign, no leading zeros, no more digits than the bound allows.
    int maxDigits = maxBits * 302 / 1000 + 2;
    if (s == null || s.isEmpty() || s.length() > maxDigits) {
      throw new GroupFormatException("not a number in range: " + abbreviate(s));
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw new GroupFormatException("not a decimal number: " + abbreviate(s));
      }
    }
    if (s.length() > 1 && s.charAt(0) == '0') {
      throw new GroupFormatException("leading zero in number: " + abbreviate(s));
    }
    return new BigInteger(s);
  }

  private static String abbreviate(String s) {
    if (s == null) {
      return "null";
    }
    return s.length() <= 24 ? s : s.substring(0, 12) + "…" + s.substring(s.length() - 8);
  }

  // ---- arithmetic --------------------------------------------------------------------------

  /**
   * This group's Montgomery arithmetic, or null when only plain {@code BigInteger} arithmetic is
   * available or {@value Montgomery#PLAIN_PROPERTY} is set (see {@link Montgomery}). Decided
   * once, on first use.
   */
  public FastGroup fast() {
    if (!fastDecided) {
      synchronized (this) {
        if (!fastDecided) {
          Montgomery m = Montgomery.of(p);
          fast = m == null ? null : new FastGroup(this, m);
          fastDecided = true;
        }
      }
    }
    return fast;
  }

  public BigInteger gPow(BigInteger e) {
    FastGroup f = fast();
    if (f != null) {
      return f.value(f.gPow(e));
    }
    return plainGPow(e);
  }

  /** g^e from the plain table, whatever {@link #fast} says (for tests side by side). */
  BigInteger plainGPow(BigInteger e) {
    FixedBase t = generatorTable;
    if (t == null) {
      synchronized (this) {
        t = generatorTable;
        if (t == null) {
          t = new FixedBase(g, p, q.bitLength(), tableWindow());
          generatorTable = t;
        }
      }
    }
    return t.pow(e);
  }

  /**
   * key^e for a public key that many exponentiations share (the election key in every proof):
   * a table is kept for the few most recent keys.
   */
  public BigInteger keyPow(BigInteger key, BigInteger e) {
    FastGroup f = fast();
    if (f != null) {
      return f.value(f.keyPow(key, e));
    }
    return keyTables.computeIfAbsent(key, k -> new FixedBase(k, p, q.bitLength(), tableWindow()))
        .pow(e);
  }

  /** Wider windows for short exponents: 8 bits for a 256-bit q (2 MB), 6 for 2047 bits. */
  private int tableWindow() {
    return q.bitLength() <= 512 ? 8 : 6;
  }

  public BigInteger pow(BigInteger base, BigInteger e) {
    return base.modPow(e, p);
  }

  public BigInteger mul(BigInteger a, BigInteger b) {
    return a.multiply(b).mod(p);
  }

  /**
   * β / g^m for a small plaintext m, as every interval proof needs: multiplying by the cached
   * g^-m avoids a modular inverse per commitment.
   */
  public BigInteger divByGPow(BigInteger beta, int m) {
    if (m == 0) {
      return beta;
    }
    BigInteger inv = m < SMALL_INVERSES ? inversePowers()[m] : gPow(BigInteger.valueOf(m))
        .modInverse(p);
    return beta.multiply(inv).mod(p);
  }

  private static final int SMALL_INVERSES = 64;
  private volatile BigInteger[] inversePowers;

  private BigInteger[] inversePowers() {
    BigInteger[] t = inversePowers;
    if (t == null) {
      t = new BigInteger[SMALL_INVERSES];
      BigInteger gInv = g.modInverse(p);
      t[0] = BigInteger.ONE;
      for (int i = 1; i < SMALL_INVERSES; i++) {
        t[i] = t[i - 1].multiply(gInv).mod(p);
      }
      inversePowers = t;
    }
    return t;
  }

  /** The product of {@code xs} (1 for none): the homomorphic tally's one operation. */
  public BigInteger product(java.util.List<BigInteger> xs) {
    FastGroup f = fast();
    if (f != null) {
      Montgomery m = f.arithmetic();
      Montgomery.Element acc = m.one();
      for (BigInteger x : xs) {
        acc = m.times(acc, m.element(x));
      }
      return m.value(acc);
    }
    BigInteger acc = BigInteger.ONE;
    for (BigInteger x : xs) {
      acc = acc.multiply(x).mod(p);
    }
    return acc;
  }

  /** a / b in the group. */
  public BigInteger div(BigInteger a, BigInteger b) {
    return a.multiply(b.modInverse(p)).mod(p);
  }

  /** a^x * b^y, the shape of every proof check; the generator's power comes from its table. */
  public BigInteger powPow(BigInteger a, BigInteger x, BigInteger b, BigInteger y) {
    BigInteger ax = a.equals(g) ? gPow(x) : a.modPow(x, p);
    return ax.multiply(b.modPow(y, p)).mod(p);
  }

  /** key^x * b^y where {@code key} is a public key used many times (see {@link #keyPow}). */
  public BigInteger keyPowPow(BigInteger key, BigInteger x, BigInteger b, BigInteger y) {
    return keyPow(key, x).multiply(b.modPow(y, p)).mod(p);
  }

  /** A uniformly random exponent in [0, q). */
  public BigInteger randomExponent() {
    return randomExponent(RANDOM);
  }

  public BigInteger randomExponent(SecureRandom random) {
    BigInteger r;
    do {
      r = new BigInteger(q.bitLength(), random);
    } while (r.compareTo(q) >= 0);
    return r;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Group other && name.equals(other.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
