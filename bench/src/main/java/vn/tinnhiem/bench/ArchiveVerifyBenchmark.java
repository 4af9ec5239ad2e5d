package vn.tinnhiem.bench;

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
import vn.tinnhiem.crypto.archive.ArchiveReader;
import vn.tinnhiem.crypto.driver.TrusteeBoard;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.verify.Progress;
import vn.tinnhiem.crypto.verify.Verdict;
import vn.tinnhiem.crypto.verify.Verifier;

/**
 * Whole-archive verification (reading the tar from memory included) of a small 2-of-3
 * threshold election generated at setup, on all cores as {@code tinnhiem verify} runs it. Without
 * JVM start-up, so it is the steady-state part of what {@code bench/compare.sh} times.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-opens=java.base/java.math=ALL-UNNAMED")
@State(Scope.Benchmark)
public class ArchiveVerifyBenchmark {
  @Param({"10"})
  public int voters;

  @Param({"5"})
  public int questions;

  private byte[] archive;

  @Setup
  public void setUp() {
    archive = Fixtures.archive(Group.BELENIOS_2048, voters, questions,
        new TrusteeBoard.Shape(2, 3), 42L);
    Verdict v = verify();
    if (!v.valid()) {
      throw new IllegalStateException("benchmark archive is invalid: "
          + v.failure().describe());
    }
  }

  @Benchmark
  public Verdict verify() {
    return Verifier.verify(ArchiveReader.readAll(archive), Progress.NONE);
  }
}
