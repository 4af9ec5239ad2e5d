package vn.tinnhiem.bench.load;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import vn.tinnhiem.crypto.Check;
import vn.tinnhiem.crypto.election.BallotCheck;
import vn.tinnhiem.crypto.election.BallotJson;
import vn.tinnhiem.crypto.election.Election;
import vn.tinnhiem.crypto.election.ElectionJson;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonParser;

/**
 * The load client of {@code bench/load.sh}, a second process on loopback: reads what the load
 * server set up, encrypts one ballot per voter on all cores (or reads them from the cache),
 * times the bare check of a few in this process, then casts them all to
 * {@code POST /api/sessions/{id}/ballots} with at most C in flight, bounded by count and time,
 * and prints throughput and latency percentiles. Exit status 0 when every cast was stored (201
 * with the right tracking code, and on the board), 1 when not, 2 on bad usage.
 */
public final class CastLoad {

  private final LoadOptions options;
  private final PrintStream out;
  private final PrintStream progress;

  private CastLoad(LoadOptions options, PrintStream out, PrintStream progress) {
    this.options = options;
    this.out = out;
    this.progress = progress;
  }

  public static void main(String[] args) throws Exception {
    Locale.setDefault(Locale.ROOT); // decimal points, whatever the machine's locale
    LoadTarget target;
    LoadOptions options;
    try {
      options = LoadOptions.parse(args);
      target = LoadTarget.read(options.workdir());
    } catch (IllegalArgumentException e) {
      System.err.println("CastLoad: " + e.getMessage());
      System.err.println(LoadOptions.USAGE);
      System.exit(2);
      return;
    }
    System.exit(new CastLoad(options, System.out, System.err).run(target));
  }

  int run(LoadTarget target) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    byte[] electionBytes = get(http, target.uri("/election"));
    Election election = ElectionJson.fromBytes(electionBytes);
    if (election.questions().size() != target.subjects()) {
      throw new IllegalStateException("the election has " + election.questions().size()
          + " questions, the seed says " + target.subjects() + " subjects");
    }
    int voters = target.voters();
    int warmup = Math.min(options.warmup(), voters);

    PreparedBallots prepared = PreparedBallots.obtain(election, target.credentials(), warmup,
        options.workdir().resolve("ballots"), options.reuse(), progress);
    List<byte[]> ballots = prepared.ballots();

    waitForQuiet("the baseline");
    progress.printf("baseline: bare check of %d ballots in this process%n", options.baseline());
    Percentiles bare = bareCheck(election, ballots.subList(0, voters), options.baseline());

    CastRun caster = new CastRun(http, target.uri("/ballots"),
        Duration.ofSeconds(options.timeoutSeconds()));
    CastRun.Outcome warm = null;
    if (warmup > 0) {
      progress.printf("warm-up: %d casts, one at a time%n", warmup);
      warm = caster.run(ballots.subList(voters, voters + warmup), 1, Duration.ofMinutes(10));
    }

    waitForQuiet("the casts");
    progress.printf("cast: %d ballots, %d in flight at most, %d s at most%n", voters,
        options.concurrency(), options.maxSeconds());
    long self = ProcessHandle.current().pid();
    OptionalDouble serverCpu0 = ProcStats.cpuSeconds(target.serverPid());
    OptionalDouble clientCpu0 = ProcStats.cpuSeconds(self);
    OptionalDouble machine0 = ProcStats.machineBusySeconds();
    CastRun.Outcome cast;
    Probe probe = Probe.start(target.baseUrl().resolve("/actuator/health"),
        Duration.ofMillis(500));
    try {
      cast = caster.run(ballots.subList(0, voters), options.concurrency(),
          Duration.ofSeconds(options.maxSeconds()));
    } finally {
      probe.close();
    }
    OptionalDouble serverCpu = minus(ProcStats.cpuSeconds(target.serverPid()), serverCpu0);
    OptionalDouble clientCpu = minus(ProcStats.cpuSeconds(self), clientCpu0);
    OptionalDouble machine = minus(ProcStats.machineBusySeconds(), machine0);
    // What neither process used: other work on the machine disturbs the figures.
    OptionalDouble otherCpu = minus(minus(machine, serverCpu), clientCpu);

    Set<String> onBoard = boardTrackingCodes(http, target);
    Set<String> acknowledged = new HashSet<>(cast.acknowledged());
    if (warm != null) {
      acknowledged.addAll(warm.acknowledged());
    }
    acknowledged.removeAll(onBoard);
    int missing = acknowledged.size();

    int errors = cast.errors() + (warm == null ? 0 : warm.errors()) + missing;
    report(target, election, prepared, ballots.get(0).length, bare, warm, cast, probe,
        serverCpu, clientCpu, otherCpu, ProcStats.peakRssKib(target.serverPid()), onBoard.size(), missing);
    return errors == 0 ? 0 : 1;
  }

  /**
   * On a shared machine, waits (up to {@code --quiet-wait} seconds) until other processes use
   * under a fifth of the cores over 2 s; the server and this client are idle meanwhile.
   */
  private void waitForQuiet(String what) throws InterruptedException {
    long until = System.nanoTime() + options.quietWait() * 1_000_000_000L;
    double limit = 0.2 * Runtime.getRuntime().availableProcessors();
    while (options.quietWait() > 0) {
      OptionalDouble before = ProcStats.machineBusySeconds();
      Thread.sleep(2000);
      OptionalDouble busy = minus(ProcStats.machineBusySeconds(), before);
      if (busy.isEmpty() || busy.getAsDouble() / 2 < limit) {
        return;
      }
      if (System.nanoTime() > until) {
        progress.printf("quiet wait: still %.1f cores busy, starting %s anyway%n",
            busy.getAsDouble() / 2, what);
        return;
      }
      progress.printf("quiet wait: %.1f cores busy, waiting before %s%n", busy.getAsDouble() / 2,
          what);
    }
  }

  /**
   * Parse and check, as the server does before it stores, on one thread: untimed for 2 s (at
   * least two ballots) so the JIT has compiled the check, then {@code count} timed.
   */
  private static Percentiles bareCheck(Election election, List<byte[]> ballots, int count) {
    long warmUntil = System.nanoTime() + 2_000_000_000L;
    for (int i = 0; i < 2 || System.nanoTime() < warmUntil; i++) {
      timedCheck(election, ballots.get(i % ballots.size()));
    }
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      millis.add(timedCheck(election, ballots.get(i % ballots.size())));
    }
    return Percentiles.of(millis);
  }

  private static double timedCheck(Election election, byte[] ballot) {
    long t0 = System.nanoTime();
    // The server's own path: subgroup checks deferred from parsing to the check.
    Check check = BallotCheck.checkWithSubgroups(election,
        BallotJson.fromBytesDeferringSubgroupChecks(ballot, election.group()));
    double ms = (System.nanoTime() - t0) / 1e6;
    if (!check.passed()) {
      throw new IllegalStateException("a ballot made here does not check: " + check);
    }
    return ms;
  }

  private void report(LoadTarget target, Election election, PreparedBallots prepared,
      int ballotBytes, Percentiles bare, CastRun.Outcome warm, CastRun.Outcome cast,
      Probe probe, OptionalDouble serverCpu, OptionalDouble clientCpu, OptionalDouble otherCpu,
      OptionalLong serverRss, int onBoard,
      int missing) {
    int cores = Runtime.getRuntime().availableProcessors();
    int created = cast.count(CastRun.Kind.CREATED);
    double throughput = cast.seconds() > 0 ? created / cast.seconds() : 0;
    out.printf("%ncast load: %d voters x %d subjects, %d concurrent, %d cores, %s%n",
        target.voters(), election.questions().size(), options.concurrency(), cores,
        target.baseUrl());
    row("ballots", prepared.fromCache()
        ? String.format("%d read from the cache, %.1f KiB each", prepared.ballots().size(),
            ballotBytes / 1024.0)
        : String.format("%d encrypted in %.1f s on %d cores, %.1f KiB each",
            prepared.ballots().size(), prepared.seconds(), cores, ballotBytes / 1024.0));
    row("arithmetic", vn.tinnhiem.crypto.group.Montgomery.describe()
        + " (client; load.sh starts the server with the same JVM options)");
    row("bare check, 1 thread", String.format("median %.1f ms, max %.1f ms (%d ballots: parse"
        + " + BallotCheck.checkWithSubgroups, as the server)", bare.median(), bare.max(), bare.count()));
    if (warm != null) {
      row("warm-up casts", String.format("%d one at a time: %s%s", warm.sent(),
          warm.count(CastRun.Kind.CREATED) > 0
              ? String.format("median %.1f ms, %.1fx the bare check",
                  warm.createdMillis().median(), warm.createdMillis().median() / bare.median())
              : "none stored",
          warm.errors() > 0 ? ", " + warm.errors() + " NOT STORED " + warm.byWhat() : ""));
    }
    row("sent", String.format("%d of %d%s", cast.sent(), cast.planned(),
        cast.sent() < cast.planned()
            ? String.format(" (time limit of %d s reached)", options.maxSeconds()) : ""));
    row("answers", answers(cast.byWhat()));
    row("busy (503), sent again", String.format("%d answers to %d ballots",
        cast.busyAnswers(), (int) cast.answers().stream().filter(a -> a.busy() > 0).count()));
    row("errors", String.format("%d (non-201 %d, timeouts %d, i/o %d, wrong receipt %d)",
        cast.errors(), cast.count(CastRun.Kind.NOT_CREATED), cast.count(CastRun.Kind.TIMEOUT),
        cast.count(CastRun.Kind.IO_ERROR), cast.count(CastRun.Kind.BAD_RECEIPT)));
    row("cast phase", String.format("%.1f s, first send to last answer", cast.seconds()));
    row("throughput", String.format("%.1f ballots/s stored", throughput));
    Percentiles latency = created > 0 ? cast.createdMillis() : null;
    if (latency != null) {
      row("latency of 201s", String.format("first send to 201: "
          + "p50 %.0f ms, p90 %.0f ms, p99 %.0f ms, max %.0f ms",
          latency.median(), latency.at(90), latency.at(99), latency.max()));
      row("cast p50 / bare check", String.format("%.1fx", latency.median() / bare.median()));
    }
    List<Double> probed = probe.millis();
    row("other requests", probed.isEmpty() ? "none answered " + probe.failures()
        : String.format("GET /actuator/health every 0.5 s meanwhile: %d answered, p50 %.0f ms,"
            + " max %.0f ms%s", probed.size(), Percentiles.of(probed).median(),
            Percentiles.of(probed).max(), probe.failures().isEmpty() ? ""
                : ", failed " + probe.failures()));
    row("server CPU", serverCpu.isPresent() && cast.seconds() > 0
        ? String.format("%.1f s in the cast phase: %.2f of %d cores busy, %s per stored ballot",
            serverCpu.getAsDouble(), serverCpu.getAsDouble() / cast.seconds(), cores,
            created > 0 ? String.format("%.0f ms", 1000 * serverCpu.getAsDouble() / created)
                : "n/a")
        : "n/a");
    row("load client CPU", clientCpu.isPresent()
        ? String.format("%.1f s in the cast phase (same machine)", clientCpu.getAsDouble())
        : "n/a");
    row("other processes CPU", otherCpu.isPresent()
        ? String.format("%.1f s in the cast phase (if high, the figures are disturbed)",
            Math.max(0, otherCpu.getAsDouble()))
        : "n/a");
    row("server peak RSS", serverRss.isPresent()
        ? String.format("%d MB (VmHWM)", serverRss.getAsLong() / 1024) : "n/a");
    row("on the board", String.format("%d ballots; %s", onBoard, missing == 0
        ? "every acknowledged one is there" : missing + " ACKNOWLEDGED BUT MISSING"));
    out.println(summary(throughput, latency, target.voters(), election.questions().size(),
        options.concurrency()));
  }

  /** The last line, the one to quote. */
  static String summary(double throughput, Percentiles latency, int voters, int subjects,
      int concurrency) {
    return String.format(Locale.ROOT,
        "cast throughput: %.1f ballots/s, p99 %s (%d voters, %d subjects, %d concurrent)",
        throughput, latency == null ? "n/a" : String.format(Locale.ROOT, "%.0f ms",
            latency.at(99)), voters, subjects, concurrency);
  }

  private void row(String label, String value) {
    out.printf("  %-24s %s%n", label, value);
  }

  private static String answers(Map<String, Integer> byWhat) {
    List<String> parts = new ArrayList<>();
    byWhat.forEach((what, n) -> parts.add(what + ": " + n));
    return String.join(", ", parts);
  }

  private static OptionalDouble minus(OptionalDouble after, OptionalDouble before) {
    return after.isPresent() && before.isPresent()
        ? OptionalDouble.of(after.getAsDouble() - before.getAsDouble()) : OptionalDouble.empty();
  }

  private static Set<String> boardTrackingCodes(HttpClient http, LoadTarget target)
      throws IOException, InterruptedException {
    Json.JObject board = JsonParser.parse(get(http, target.uri("/board"))).asObject();
    return new HashSet<>(board.get("tracking_codes").asList(Json::asString));
  }

  private static byte[] get(HttpClient http, URI uri) throws IOException, InterruptedException {
    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) {
      throw new IOException("GET " + uri + ": " + r.statusCode());
    }
    return r.body();
  }
}
