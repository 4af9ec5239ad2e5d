package vn.tinnhiem.bench;

import java.math.BigInteger;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.tinnhiem.crypto.group.Group;

/**
 * Baselines in plain {@link BigInteger}, modulo BELENIOS-2048's p: the costs every
 * optimisation is measured against. A 256-bit exponent is the size of every BELENIOS-2048
 * exponent (q has 256 bits); a 2048-bit one is what RFC-3526-2048 uses.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-opens=java.base/java.math=ALL-UNNAMED")
@State(Scope.Benchmark)
public class ModPowBenchmark {
  private BigInteger p;
  private BigInteger base;
  private BigInteger other;
  private BigInteger exponent256;
  private BigInteger exponent2048;
  private String baseDecimal;

  @Setup
  public void setUp() {
    Random random = new Random(20230102L);
    p = Group.BELENIOS_2048.p();
    base = new BigInteger(2048, random).mod(p);
    other = new BigInteger(2048, random).mod(p);
    exponent256 = new BigInteger(256, random).setBit(255);
    exponent2048 = new BigInteger(2048, random).setBit(2047);
    baseDecimal = base.toString();
  }

  /** The unit of cost of a proof check: 2048-bit base, 256-bit exponent. */
  @Benchmark
  public BigInteger modPow2048base256exp() {
    return base.modPow(exponent256, p);
  }

  @Benchmark
  public BigInteger modPow2048base2048exp() {
    return base.modPow(exponent2048, p);
  }

  /** One modular multiplication, the step a table or multi-exponentiation is made of. */
  @Benchmark
  public BigInteger multiplyMod() {
    return base.multiply(other).mod(p);
  }

  /** Decimal encoding of an element: every hash input and every JSON number. */
  @Benchmark
  public String toDecimal() {
    return base.toString();
  }

  /** Decimal decoding of an element, done for every number read from an archive. */
  @Benchmark
  public BigInteger fromDecimal() {
    return new BigInteger(baseDecimal);
  }

  /** The inverse that {@code Group.div} computes for every β / g^m. */
  @Benchmark
  public BigInteger modInverse() {
    return base.modInverse(p);
  }
}
