package vn.tinnhiem.bench;

import java.util.Random;
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
import vn.tinnhiem.crypto.Check;
import vn.tinnhiem.crypto.driver.ElectionDriver;
import vn.tinnhiem.crypto.driver.TrusteeBoard;
import vn.tinnhiem.crypto.election.Ballot;
import vn.tinnhiem.crypto.election.BallotCheck;
import vn.tinnhiem.crypto.election.BallotFactory;
import vn.tinnhiem.crypto.election.BallotJson;
import vn.tinnhiem.crypto.election.Election;
import vn.tinnhiem.crypto.group.Group;

/**
 * One voter's ballot on a confidence vote of 1 or 10 three-answer questions (BELENIOS-2048),
 * single-threaded: creating it (encryption and proofs), parsing it (which checks that every
 * element is in the group) and checking it (signature and proofs). A verifier pays
 * {@code parse + check} per ballot.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-opens=java.base/java.math=ALL-UNNAMED")
@State(Scope.Benchmark)
public class BallotBenchmark {
  @Param({"1", "10"})
  public int questions;

  /** {@code fast} (Montgomery) or {@code plain} (BigInteger only), each in its own fork. */
  @Param({"fast", "plain"})
  public String arithmetic;

  private Election election;
  private String privateCredential;
  private int[][] vote;
  private Ballot ballot;
  private byte[] ballotBytes;

  @Setup
  public void setUp() {
    Fixtures.useArithmetic(arithmetic);
    ElectionDriver driver = Fixtures.setUp(Group.BELENIOS_2048, 1, questions,
        TrusteeBoard.Shape.single());
    election = driver.election();
    privateCredential = driver.privateCredentials().get(0);
    vote = Fixtures.randomVote(questions, new Random(questions));
    ballot = BallotFactory.create(election, privateCredential, vote);
    ballotBytes = BallotJson.toBytes(ballot);
    if (!(BallotCheck.check(election, ballot) instanceof Check.Pass)) {
      throw new IllegalStateException("the benchmark ballot does not check");
    }
  }

  @Benchmark
  public Ballot create() {
    return BallotFactory.create(election, privateCredential, vote);
  }

  @Benchmark
  public Ballot parse() {
    return BallotJson.fromBytes(ballotBytes, election.group());
  }

  @Benchmark
  public Check check() {
    return BallotCheck.check(election, ballot);
  }

  /**
   * What the verifier and the cast endpoint pay per ballot: parsing with the subgroup checks
   * deferred, then one check of subgroups, signature and proofs (they share work when fast).
   */
  @Benchmark
  public Check parseAndCheckWithSubgroups() {
    return BallotCheck.checkWithSubgroups(election,
        BallotJson.fromBytesDeferringSubgroupChecks(ballotBytes, election.group()));
  }
}
