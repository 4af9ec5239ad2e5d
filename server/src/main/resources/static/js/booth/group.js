// Prime-order subgroups of Z_p^* as Belenios uses them (specification, section 5),
// mirroring vn.tinnhiem.crypto.group.Group. Elements and exponents are BigInt.

/** Number of bits of a non-negative BigInt. */
export function bitLength(x) {
  return x === 0n ? 0 : x.toString(2).length;
}

/** a mod m in [0, m), also for negative a. */
export function mod(a, m) {
  const r = a % m;
  return r < 0n ? r + m : r;
}

/** Left-to-right sliding-window exponentiation: base^exponent mod modulus, exponent >= 0. */
export function modPow(base, exponent, modulus) {
  return modPows(base, [exponent], modulus)[0];
}

/**
 * base^e mod modulus for each exponent e >= 0, sharing one table of odd powers of the base:
 * a decryption factor and its proof raise the same alpha to two exponents.
 */
export function modPows(base, exponents, modulus) {
  if (exponents.some((e) => e < 0n)) {
    throw new RangeError('negative exponent');
  }
  if (modulus === 1n) {
    return exponents.map(() => 0n);
  }
  const bits = exponents.map((e) => e.toString(2));
  const k = windowFor(Math.max(...bits.map((b) => b.length)));
  const odd = oddPowers(mod(base, modulus), modulus, 1 << (k - 1));
  return bits.map((b) => slidingWindow(b, odd, k, modulus));
}

/** The exponent's bits scanned left to right in windows of at most k bits ending in a 1. */
function slidingWindow(bits, odd, k, modulus) {
  let acc = 1n;
  let started = false;
  let i = 0;
  while (i < bits.length) {
    if (bits[i] === '0') {
      if (started) acc = (acc * acc) % modulus;
      i++;
      continue;
    }
    let len = Math.min(k, bits.length - i);
    while (bits[i + len - 1] === '0') len--;
    const digit = parseInt(bits.substring(i, i + len), 2);
    if (started) {
      for (let s = 0; s < len; s++) acc = (acc * acc) % modulus;
      acc = (acc * odd[digit >> 1]) % modulus;
    } else {
      acc = odd[digit >> 1];
      started = true;
    }
    i += len;
  }
  return acc;
}

/** Window width that minimises squarings plus table multiplications for this many bits. */
function windowFor(bits) {
  if (bits <= 24) return 1;
  if (bits <= 80) return 3;
  if (bits <= 240) return 4;
  if (bits <= 672) return 5;
  return 6;
}

/** [b, b^3, b^5, …] with `count` entries. */
function oddPowers(b, m, count) {
  const out = new Array(count);
  out[0] = b;
  if (count > 1) {
    const b2 = (b * b) % m;
    for (let i = 1; i < count; i++) out[i] = (out[i - 1] * b2) % m;
  }
  return out;
}

/** Inverse of a modulo m (extended Euclid); throws when none exists. */
export function modInverse(a, m) {
  let [r0, r1] = [mod(a, m), m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const quotient = r0 / r1;
    [r0, r1] = [r1, r0 - quotient * r1];
    [s0, s1] = [s1, s0 - quotient * s1];
  }
  if (r0 !== 1n) {
    throw new RangeError('not invertible');
  }
  return mod(s0, m);
}

/** Jacobi symbol (a/n) for odd n > 0. */
export function jacobi(a, n) {
  let x = mod(a, n);
  let y = n;
  let sign = 1;
  while (x !== 0n) {
    while ((x & 1n) === 0n) {
      x >>= 1n;
      const r = y & 7n;
      if (r === 3n || r === 5n) sign = -sign;
    }
    [x, y] = [y, x];
    if ((x & 3n) === 3n && (y & 3n) === 3n) sign = -sign;
    x %= y;
  }
  return y === 1n ? sign : 0;
}

/**
 * Powers of one fixed base by table lookup: table[i][d] = base^(d · 2^(w·i)), so base^e costs
 * one multiplication per w-bit window of e and no squaring. Pays off for g and the election
 * key, which every encryption and proof raises to a fresh exponent.
 */
export class FixedBase {
  constructor(base, p, maxExponentBits, window) {
    this.p = p;
    this.window = window;
    this.base = mod(base, p);
    this.rows = Math.ceil(maxExponentBits / window);
    this.table = [];
    let start = this.base;
    const size = 1 << window;
    for (let i = 0; i < this.rows; i++) {
      const row = new Array(size);
      row[0] = 1n;
      row[1] = start;
      for (let d = 2; d < size; d++) row[d] = (row[d - 1] * start) % p;
      this.table.push(row);
      start = (row[size - 1] * start) % p; // base^(2^(w·(i+1)))
    }
  }

  /** base^e mod p for e >= 0; exponents beyond the table fall back to modPow. */
  pow(e) {
    const bits = e.toString(2);
    if (e < 0n || bits.length > this.rows * this.window) {
      return modPow(this.base, e, this.p);
    }
    let acc = 1n;
    let row = 0;
    for (let end = bits.length; end > 0; end -= this.window, row++) {
      const digit = parseInt(bits.substring(Math.max(0, end - this.window), end), 2);
      if (digit !== 0) acc = acc === 1n ? this.table[row][digit] : (acc * this.table[row][digit]) % this.p;
    }
    return acc;
  }
}

/** Most recent election keys with a table; a booth sees one election at a time. */
const KEY_TABLES_KEPT = 4;

export class Group {
  constructor(name, p, q, g) {
    this.name = name;
    this.p = p;
    this.q = q;
    this.g = g;
    this.qBits = bitLength(q);
    this.safePrime = p - 1n === 2n * q;
    // Wider windows for short exponents: 8 bits for a 256-bit q (2 MB), 6 for 2047 bits (6 MB).
    this.tableWindow = this.qBits <= 512 ? 8 : 6;
    this.generatorTable = null;
    this.keyTables = new Map();
    this.inverseGPowers = null;
  }

  /** True when x lies in the order-q subgroup: 1 <= x < p and x^q = 1. */
  isElement(x) {
    if (typeof x !== 'bigint' || x <= 0n || x >= this.p) {
      return false;
    }
    // For a safe prime the subgroup is the quadratic residues: Jacobi is as strict and cheaper.
    return this.safePrime ? jacobi(x, this.p) === 1 : modPow(x, this.q, this.p) === 1n;
  }

  /** A decimal string that must denote a subgroup element. */
  parseElement(decimal) {
    const x = parseDecimal(decimal, this.p);
    if (!this.isElement(x)) {
      throw new RangeError(`not an element of ${this.name}: ${abbreviate(decimal)}`);
    }
    return x;
  }

  /** A decimal string that must denote an exponent in [0, q). */
  parseExponent(decimal) {
    const x = parseDecimal(decimal, this.q);
    if (x >= this.q) {
      throw new RangeError(`exponent not below q: ${abbreviate(decimal)}`);
    }
    return x;
  }

  gPow(e) {
    if (this.generatorTable === null) {
      this.generatorTable = new FixedBase(this.g, this.p, this.qBits, this.tableWindow);
    }
    return this.generatorTable.pow(e);
  }

  /** key^e for a public key that many exponentiations share (the election key). */
  keyPow(key, e) {
    let table = this.keyTables.get(key);
    if (table === undefined) {
      table = new FixedBase(key, this.p, this.qBits, this.tableWindow);
      if (this.keyTables.size >= KEY_TABLES_KEPT) {
        this.keyTables.delete(this.keyTables.keys().next().value);
      }
      this.keyTables.set(key, table);
    }
    return table.pow(e);
  }

  /** Builds the tables for g and the key ahead of time (say while the voter reads). */
  prepare(key) {
    this.gPow(1n);
    if (key !== undefined) this.keyPow(key, 1n);
  }

  pow(base, e) {
    return modPow(base, e, this.p);
  }

  /** base^e for each of the exponents, with one shared table (see modPows). */
  powsOf(base, exponents) {
    return modPows(base, exponents, this.p);
  }

  mul(a, b) {
    return (a * b) % this.p;
  }

  /** a / b in the group. */
  div(a, b) {
    return (a * modInverse(b, this.p)) % this.p;
  }

  /** β / g^m for a small plaintext m, with g^-m cached as every interval proof needs it. */
  divByGPow(beta, m) {
    if (m === 0) return beta;
    if (this.inverseGPowers === null) {
      this.inverseGPowers = [1n, modInverse(this.g, this.p)];
    }
    const inv = this.inverseGPowers;
    while (inv.length <= m) inv.push((inv[inv.length - 1] * inv[1]) % this.p);
    return (beta * inv[m]) % this.p;
  }

  /** a^x · b^y, the shape of every proof check; the generator's power comes from its table. */
  powPow(a, x, b, y) {
    const ax = a === this.g ? this.gPow(x) : modPow(a, x, this.p);
    return (ax * modPow(b, y, this.p)) % this.p;
  }

  /** key^x · b^y where key is a public key used many times. */
  keyPowPow(key, x, b, y) {
    return (this.keyPow(key, x) * modPow(b, y, this.p)) % this.p;
  }

  /** A uniformly random exponent in [0, q): random bits, rejected until below q. */
  randomExponent() {
    return randomBelow(this.q);
  }

  toString() {
    return this.name;
  }
}

/** Uniform in [0, bound) from crypto.getRandomValues, by rejection sampling. */
export function randomBelow(bound) {
  const bits = bitLength(bound);
  const bytes = new Uint8Array(Math.ceil(bits / 8));
  const topMask = 0xff >> (bytes.length * 8 - bits);
  for (;;) {
    crypto.getRandomValues(bytes);
    bytes[0] &= topMask;
    let hex = '0x';
    for (const b of bytes) hex += b.toString(16).padStart(2, '0');
    const x = BigInt(hex);
    if (x < bound) return x;
  }
}

/** Digits only: no sign, no leading zero, no more digits than the bound can have. */
function parseDecimal(s, bound) {
  if (typeof s !== 'string' || !/^(0|[1-9][0-9]*)$/.test(s) || s.length > bound.toString().length) {
    throw new RangeError(`not a decimal number in range: ${abbreviate(s)}`);
  }
  return BigInt(s);
}

function abbreviate(s) {
  if (typeof s !== 'string') return String(s);
  return s.length <= 24 ? s : `${s.slice(0, 12)}…${s.slice(-8)}`;
}

/** BELENIOS-2048: 2048-bit p, 256-bit q (specification 5.1). */
export const BELENIOS_2048 = new Group('BELENIOS-2048',
  20694785691422546401013643657505008064922989295751104097100884787057374219242717401922237254497684338129066633138078958404960054389636289796393038773905722803605973749427671376777618898589872735865049081167099310535867780980030790491654063777173764198678527273474476341835600035698305193144284561701911000786737307333564123971732897913240474578834468260652327974647951137672658693582180046317922073668860052627186363386088796882120769432366149491002923444346373222145884100586421050242120365433561201320481118852408731077014151666200162313177169372189248078507711827842317498073276598828825169183103125680162072880719n,
  78571733251071885079927659812671450121821421258408794611510081919805623223441n,
  2402352677501852209227687703532399932712287657378364916510075318787663274146353219320285676155269678799694668298749389095083896573425601900601068477164491735474137283104610458681314511781646755400527402889846139864532661215055797097162016168270312886432456663834863635782106154918419982534315189740658186868651151358576410138882215396016043228843603930989333662772848406593138406010231675095763777982665103606822406635076697764025346253773085133173495194248967754052573659049492477631475991575198775177711481490920456600205478127054728238140972518639858334115700568353695553423781475582491896050296680037745308460627n);

/** RFC-3526-2048: the safe prime of RFC 3526, g = 2, q = (p-1)/2 (specification 5.2). */
export const RFC_3526_2048 = new Group('RFC-3526-2048',
  32317006071311007300338913926423828248817941241140239112842009751400741706634354222619689417363569347117901737909704191754605873209195028853758986185622153212175412514901774520270235796078236248884246189477587641105928646099411723245426622522193230540919037680524235519125679715870117001058055877651038861847280257976054903569732561526167081339361799541336476559160368317896729073178384589680639671900977202194168647225871031411336429319536193471636533209717077448227988588565369208645296636077250268955505928362751121174096972998068410554359584866583291642136218231078990999448652468262416972035911852507045361090559n,
  16158503035655503650169456963211914124408970620570119556421004875700370853317177111309844708681784673558950868954852095877302936604597514426879493092811076606087706257450887260135117898039118124442123094738793820552964323049705861622713311261096615270459518840262117759562839857935058500529027938825519430923640128988027451784866280763083540669680899770668238279580184158948364536589192294840319835950488601097084323612935515705668214659768096735818266604858538724113994294282684604322648318038625134477752964181375560587048486499034205277179792433291645821068109115539495499724326234131208486017955926253522680545279n,
  2n);

/** The group named as in an election's `group` field. */
export function groupByName(name) {
  if (name === BELENIOS_2048.name) return BELENIOS_2048;
  if (name === RFC_3526_2048.name) return RFC_3526_2048;
  throw new RangeError(`unknown group "${name}"`);
}
