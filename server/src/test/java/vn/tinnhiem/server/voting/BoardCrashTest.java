package vn.tinnhiem.server.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.tinnhiem.crypto.archive.ArchiveReader;
import vn.tinnhiem.crypto.archive.EventType;
import vn.tinnhiem.crypto.election.BallotFactory;
import vn.tinnhiem.crypto.election.BallotJson;
import vn.tinnhiem.crypto.election.Election;
import vn.tinnhiem.crypto.group.Hash;
import vn.tinnhiem.crypto.oracle.BeleniosTool;
import vn.tinnhiem.crypto.oracle.RequiresBeleniosTool;
import vn.tinnhiem.crypto.verify.Progress;
import vn.tinnhiem.crypto.verify.Verdict;
import vn.tinnhiem.crypto.verify.Verifier;
import vn.tinnhiem.server.TinnhiemApplication;

/**
 * The board survives SIGKILL: a real server process, on the embedded H2 file and on PostgreSQL,
 * takes concurrent casts and is killed at random moments, three times (more by hand), then
 * restarted each time. Every ballot
 * whose cast was answered 201 must be on the board afterwards, and the archive must verify with
 * our Verifier and belenios-tool (no half-written event, no gap in the chain).
 */
@RequiresBeleniosTool
class BoardCrashTest {

  /** By hand, give the kills enough ballots: {@code -Dcrash.voters=400 -Dcrash.kills=50}. */
  private static final int VOTERS = Integer.getInteger("crash.voters", 40);
  private static final int REVOTES = 12;
  /** Three in CI; more by hand: {@code -Dcrash.kills=50}. */
  private static final int KILLS = Integer.getInteger("crash.kills", 3);
  private static final int CLIENTS = 4;

  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(2)).build();

  /** Sets the election up in-process, on the H2 file the server process then opens. */
  private record Prepared(long sessionId, Election election, List<String> credentials) {}

  private static Prepared prepare(Path data, List<String> database) {
    List<String> args = new ArrayList<>(List.of("--tinnhiem.data-dir=" + data,
        "--server.port=0", "--tinnhiem.demo=false", "--tinnhiem.admin-password=crash-test"));
    args.addAll(database);
    // Command-line arguments: they win over application.properties and surefire's properties.
    try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(
        TinnhiemApplication.class).run(args.toArray(String[]::new))) {
      VotingTestElection.OpenBox box = VotingTestElection.openBox(ctx, VOTERS, 2);
      Election election = ctx.getBean(VotingQueries.class).electionJson(box.sessionId())
          .map(vn.tinnhiem.crypto.election.ElectionJson::fromBytes).orElseThrow();
      return new Prepared(box.sessionId(), election, box.credentials());
    }
  }

  /** The server as a separate process, killed with SIGKILL and started again. */
  private static final class ServerProcess {
    private final Path data;
    private final Path log;
    private final int port;
    private final List<String> database;
    private Process process;

    ServerProcess(Path data, Path log, int port, List<String> database) {
      this.data = data;
      this.log = log;
      this.port = port;
      this.database = database;
    }

    void start(HttpClient http) throws Exception {
      String java = ProcessHandle.current().info().command().orElse("java");
      List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1",
          "--add-opens=java.base/java.math=ALL-UNNAMED", "-cp",
          System.getProperty("java.class.path"), TinnhiemApplication.class.getName(),
          "--tinnhiem.data-dir=" + data, "--server.port=" + port, "--tinnhiem.demo=false",
          "--spring.main.banner-mode=off"));
      command.addAll(database);
      process = new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
          .start();
      long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
      while (System.nanoTime() < deadline) {
        assertThat(process.isAlive()).as("server died; see %s", log).isTrue();
        try {
          HttpResponse<Void> r = http.send(HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
              HttpResponse.BodyHandlers.discarding());
          if (r.statusCode() == 200) {
            return;
          }
        } catch (IOException notYet) {
          // still starting
        }
        Thread.sleep(200);
      }
      throw new AssertionError("server did not start in 90 s; see " + log);
    }

    void kill() throws InterruptedException {
      if (process != null) {
        process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no flush
        process.waitFor();
      }
    }
  }

  @Test
  void onTheEmbeddedH2File(@TempDir Path dir) throws Exception {
    everyAcknowledgedBallotSurvivesSigkill(dir, List.of());
  }

  @Test
  void onPostgreSql(@TempDir Path dir) throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      everyAcknowledgedBallotSurvivesSigkill(dir, List.of("--spring.profiles.active=postgres",
          "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
          "--spring.datasource.username=postgres", "--spring.datasource.password="));
    }
  }

  private void everyAcknowledgedBallotSurvivesSigkill(Path dir, List<String> database)
      throws Exception {
    Path data = dir.resolve("data").toAbsolutePath();
    Prepared p = prepare(data, database);
    Random random = new Random(42);
    List<byte[]> ballots = new ArrayList<>();
    List<Integer> voters = new ArrayList<>(IntStream.range(0, VOTERS).boxed().toList());
    for (int i = 0; i < REVOTES; i++) {
      voters.add(random.nextInt(VOTERS));
    }
    ballots.addAll(voters.parallelStream().map(v -> BallotJson.toBytes(BallotFactory.create(
        p.election(), p.credentials().get(v), VotingFlowTests.randomVote(new Random(v), 2))))
        .toList());
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort();
    }
    ServerProcess server = new ServerProcess(data, dir.resolve("server.log"), port, database);
    ConcurrentLinkedQueue<byte[]> pending = new ConcurrentLinkedQueue<>(ballots);
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    Set<String> sent = ConcurrentHashMap.newKeySet();
    AtomicInteger unanswered = new AtomicInteger();
    URI cast = URI.create("http://127.0.0.1:" + port + "/api/sessions/" + p.sessionId()
        + "/ballots");
    Path archive = dir.resolve("election").resolve(p.election().uuid() + ".bel");
    try {
      server.start(http);
      for (int round = 0; round <= KILLS && !pending.isEmpty(); round++) {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
          running.add(clients.submit(() -> {
            for (byte[] b = pending.poll(); b != null; b = pending.poll()) {
              String code = Hash.base64(b);
              sent.add(code);
              try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(cast)
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(b)).build(),
                    HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 201) {
                  acknowledged.add(code);
                } else if (r.statusCode() != 409) { // 409: stored before its answer was lost
                  throw new AssertionError(r.statusCode() + " " + r.body());
                }
              } catch (IOException killed) {
                unanswered.incrementAndGet();
                pending.add(b); // try again after the restart
                return null;
              }
            }
            return null;
          }));
        }
        boolean kill = round < KILLS;
        if (kill) {
          Thread.sleep(300 + random.nextInt(1200));
          server.kill();
        }
        for (Future<?> f : running) {
          f.get();
        }
        clients.shutdown();
        if (kill) {
          server.start(http); // only after a kill: a second process would find the port taken
        }
      }
      assertThat(pending).as("ballots never cast").isEmpty();
      System.out.printf("crash test: %d ballots, %d acknowledged, %d answers lost to %d kills%n",
          ballots.size(), acknowledged.size(), unanswered.get(), KILLS);
      Files.createDirectories(archive.getParent());
      HttpResponse<Path> download = http.send(HttpRequest.newBuilder(URI.create(
          "http://127.0.0.1:" + port + "/board/" + p.sessionId() + "/archive.bel")).build(),
          HttpResponse.BodyHandlers.ofFile(archive));
      assertThat(download.statusCode()).isEqualTo(200);
    } finally {
      server.kill(); // never leave a server process behind, whatever failed
    }

    Set<String> onBoard = new HashSet<>();
    var read = ArchiveReader.readAll(archive);
    for (var event : read.events()) {
      if (event.type() == EventType.Ballot) {
        onBoard.add(Hash.base64(read.data(event.payload()).orElseThrow()));
      }
    }
    assertThat(onBoard).containsAll(acknowledged);
    assertThat(onBoard).isEqualTo(new HashSet<>(sent)); // every ballot cast once, none twice
    Verdict verdict = Verifier.verify(archive, Progress.NONE);
    assertThat(verdict.valid()).as(String.valueOf(verdict.failure())).isTrue();
    assertThat(verdict.summary().ballots()).isEqualTo(ballots.size());
    BeleniosTool.ToolResult tool = BeleniosTool.locate().verify(archive.getParent());
    assertThat(tool.exitCode()).as(tool.stderr()).isZero();
  }
}
