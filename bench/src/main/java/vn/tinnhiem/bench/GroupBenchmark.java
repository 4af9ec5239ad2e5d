package vn.tinnhiem.bench;

import java.math.BigInteger;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.tinnhiem.crypto.group.Group;

/**
 * The group operations as the crypto module implements them, for both groups. Exponents are
 * random in [0, q): 256 bits for BELENIOS-2048, 2047 bits for RFC-3526-2048.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-opens=java.base/java.math=ALL-UNNAMED")
@State(Scope.Benchmark)
public class GroupBenchmark {
  @Param({"BELENIOS-2048", "RFC-3526-2048"})
  public String group;

  @Param({"fast", "plain"})
  public String arithmetic;

  private Group g;
  private BigInteger x;
  private BigInteger y;
  private BigInteger a;
  private BigInteger b;

  @Setup
  public void setUp() {
    Fixtures.useArithmetic(arithmetic);
    g = Group.byName(group);
    x = g.randomExponent();
    y = g.randomExponent();
    a = g.gPow(g.randomExponent());
    b = g.gPow(g.randomExponent());
  }

  /** g^x: encryption, proof commitments, credentials. */
  @Benchmark
  public BigInteger gPow() {
    return g.gPow(x);
  }

  /** a^x for a variable base: α^c, y^w. */
  @Benchmark
  public BigInteger pow() {
    return g.pow(a, x);
  }

  /** a^x · b^y: one commitment recomputed in every proof check (two exponentiations now). */
  @Benchmark
  public BigInteger powPow() {
    return g.powPow(a, x, b, y);
  }

  /**
   * Subgroup membership, done for every element parsed: x^q = 1 for BELENIOS-2048 (one 256-bit
   * exponentiation), a Jacobi symbol for the safe prime RFC-3526-2048.
   */
  @Benchmark
  public boolean isElement() {
    return g.isElement(a);
  }

  /** a / b, done for every β / g^m in a proof check. */
  @Benchmark
  public BigInteger div() {
    return g.div(a, b);
  }
}
