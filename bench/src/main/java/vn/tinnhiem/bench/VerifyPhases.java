package vn.tinnhiem.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.IntStream;
import vn.tinnhiem.crypto.Check;
import vn.tinnhiem.crypto.archive.Archive;
import vn.tinnhiem.crypto.archive.ArchiveReader;
import vn.tinnhiem.crypto.archive.Event;
import vn.tinnhiem.crypto.archive.EventType;
import vn.tinnhiem.crypto.election.Ballot;
import vn.tinnhiem.crypto.election.BallotCheck;
import vn.tinnhiem.crypto.election.BallotJson;
import vn.tinnhiem.crypto.election.Election;
import vn.tinnhiem.crypto.election.ElectionJson;
import vn.tinnhiem.crypto.group.Montgomery;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.verify.Progress;
import vn.tinnhiem.crypto.verify.Verdict;
import vn.tinnhiem.crypto.verify.Verifier;

/**
 * Where {@code tinnhiem verify} spends its time on one archive: the whole verification cold
 * (first in a fresh JVM, as the command line runs it) and warm, and its ballot phases apart
 * (reading, parsing with the subgroup checks, canonical re-encoding, checking signature and
 * proofs on one core and on all cores).
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar vn.tinnhiem.bench.VerifyPhases
 * FILE.bel [WARM_RUNS]}
 */
public final class VerifyPhases {
  private VerifyPhases() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: VerifyPhases FILE.bel [WARM_RUNS]");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    int warmRuns = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    long jvmUp = ManagementFactory.getRuntimeMXBean().getUptime();
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.printf(Locale.ROOT, "JVM up at main: %d ms; %d cores%n", jvmUp, cores);

    long t = System.nanoTime();
    Verdict cold = Verifier.verify(file, Progress.NONE);
    report("verify, cold (as the CLI)", t, cold.valid() ? "valid" : "INVALID");

    t = System.nanoTime();
    Archive archive = ArchiveReader.readAll(file);
    report("read archive", t, archive.members().size() + " members");

    Election election = election(archive);
    List<byte[]> raw = new ArrayList<>();
    for (Event e : archive.events()) {
      if (e.type() == EventType.Ballot) {
        raw.add(archive.data(e.payload()).orElseThrow());
      }
    }
    int n = raw.size();
    if (n == 0) {
      System.out.println("no ballots");
      return;
    }
    System.out.println("arithmetic: " + Montgomery.describe());
    for (int round = 1; round <= 2; round++) {
      String tag = round == 1 ? " (1st)" : " (2nd)";
      t = System.nanoTime();
      List<Ballot> ballots = parseAll(raw, b -> BallotJson.fromBytes(b, election.group()));
      perBallot("parse ballots incl. subgroup checks, 1 core" + tag, t, n);

      t = System.nanoTime();
      for (Ballot b : ballots) {
        BallotJson.toBytes(b);
      }
      perBallot("re-encode ballots (canonical check), 1 core" + tag, t, n);

      t = System.nanoTime();
      for (Ballot b : ballots) {
        require(BallotCheck.check(election, b));
      }
      perBallot("check signature + proofs, 1 core" + tag, t, n);

      // What the Verifier does: subgroup checks deferred to the check, which shares their work.
      t = System.nanoTime();
      List<Ballot> deferred = parseAll(raw,
          b -> BallotJson.fromBytesDeferringSubgroupChecks(b, election.group()));
      perBallot("parse ballots, subgroup checks deferred, 1 core" + tag, t, n);

      t = System.nanoTime();
      for (Ballot b : deferred) {
        require(BallotCheck.checkWithSubgroups(election, b));
      }
      perBallot("check subgroups + signature + proofs, 1 core" + tag, t, n);

      t = System.nanoTime();
      IntStream.range(0, n).parallel().forEach(i -> require(BallotCheck.checkWithSubgroups(
          election, deferred.get(i))));
      perBallot("check subgroups + signature + proofs, " + cores + " cores" + tag, t, n);
    }
    for (int i = 1; i <= warmRuns; i++) {
      t = System.nanoTime();
      Verdict warm = Verifier.verify(ArchiveReader.readAll(file), Progress.NONE);
      report("verify, warm run " + i, t, warm.valid() ? "valid" : "INVALID");
    }
  }

  private static Election election(Archive archive) {
    for (Event e : archive.events()) {
      if (e.type() == EventType.Setup) {
        String h = JsonParser.parse(archive.data(e.payload()).orElseThrow()).asObject()
            .get("election").asString();
        return ElectionJson.fromBytes(archive.data(h).orElseThrow());
      }
    }
    throw new IllegalArgumentException("no Setup event");
  }

  private static void require(Check c) {
    if (!(c instanceof Check.Pass)) {
      throw new IllegalStateException("ballot does not check: " + c);
    }
  }

  private static void report(String what, long start, String note) {
    double ms = (System.nanoTime() - start) / 1e6;
    System.out.printf(Locale.ROOT, "%-52s %10.1f ms  %s%n", what, ms, note);
  }

  /** Every ballot parsed in order on this thread, the work a phase times. */
  private static List<Ballot> parseAll(List<byte[]> raw, Function<byte[], Ballot> parse) {
    List<Ballot> out = new ArrayList<>(raw.size());
    for (byte[] b : raw) {
      out.add(parse.apply(b));
    }
    return out;
  }

  private static void perBallot(String what, long start, int n) {
    double ms = (System.nanoTime() - start) / 1e6;
    System.out.printf(Locale.ROOT, "%-52s %10.1f ms  %.2f ms/ballot%n", what, ms, ms / n);
  }
}
