package vn.tinnhiem.server.voting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.tinnhiem.server.TinnhiemApplication;

/**
 * The server side of {@code bench/load.sh}, not a test: the real application on a loopback port,
 * on a fresh H2 file, with one conference whose electronic box is open to {@code V} voters.
 *
 * <p>It first seeds the conference through the services the tests use, in an application
 * context that it then closes, and keeps that database as {@code WORK/seed/data}; every run
 * serves a copy of it from {@code WORK/server/data}, so the same election (and ballots made
 * for it, cached by the load client) can be cast again with {@code --reuse}. The private
 * credentials go to {@code WORK/seed/credentials.txt} (owner-only): test scaffolding for the
 * load client, never logged. When the server is up, {@code WORK/server/server.properties}
 * gives its base URL and process id.
 *
 * <pre>
 * LoadServer --workdir DIR --voters V --subjects S [--reuse] [SPRING_ARGS...]
 * </pre>
 */
public final class LoadServer {

  /** What the load client reads: {@code WORK/seed/seed.properties}. */
  record Seed(long sessionId, int voters, int subjects) {

    Properties toProperties() {
      Properties p = new Properties();
      p.setProperty("session_id", Long.toString(sessionId));
      p.setProperty("voters", Integer.toString(voters));
      p.setProperty("subjects", Integer.toString(subjects));
      return p;
    }

    static Seed of(Properties p) {
      return new Seed(Long.parseLong(p.getProperty("session_id")),
          Integer.parseInt(p.getProperty("voters")), Integer.parseInt(p.getProperty("subjects")));
    }
  }

  record Options(Path work, int voters, int subjects, boolean reuse, List<String> springArgs) {

    static Options parse(String[] args) {
      Path work = null;
      int voters = 0;
      int subjects = 0;
      boolean reuse = false;
      List<String> spring = new ArrayList<>();
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--workdir" -> work = Path.of(args[++i]).toAbsolutePath();
          case "--voters" -> voters = Integer.parseInt(args[++i]);
          case "--subjects" -> subjects = Integer.parseInt(args[++i]);
          case "--reuse" -> reuse = true;
          default -> spring.add(args[i]);
        }
      }
      if (work == null || voters < 2 || subjects < 1) {
        throw new IllegalArgumentException(
            "usage: LoadServer --workdir DIR --voters V>=2 --subjects S>=1 [--reuse] [SPRING_ARGS]");
      }
      return new Options(work, voters, subjects, reuse, spring);
    }
  }

  private LoadServer() {}

  public static void main(String[] args) throws Exception {
    Options o = Options.parse(args);
    Path seedDir = o.work().resolve("seed");
    Path serverDir = o.work().resolve("server");
    Seed seed = o.reuse() ? readSeed(seedDir).filter(s -> s.voters() == o.voters()
        && s.subjects() == o.subjects()).orElse(null) : null;
    if (seed == null) {
      deleteTree(seedDir);
      seed = seed(seedDir, o);
    } else {
      System.out.printf("load server: reusing the seeded election in %s%n", seedDir);
    }
    deleteTree(serverDir.resolve("data"));
    Files.deleteIfExists(serverDir.resolve("server.properties"));
    copyTree(seedDir.resolve("data"), serverDir.resolve("data"));

    ConfigurableApplicationContext ctx = start(serverDir.resolve("data"), o.springArgs());
    int port = Integer.parseInt(ctx.getEnvironment().getRequiredProperty("local.server.port"));
    Properties p = new Properties();
    p.setProperty("base_url", "http://127.0.0.1:" + port);
    p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
    p.setProperty("session_id", Long.toString(seed.sessionId()));
    writeAtomically(serverDir.resolve("server.properties"), p);
    System.out.printf("load server: session %d, %d voters, %d subjects, http://127.0.0.1:%d%n",
        seed.sessionId(), seed.voters(), seed.subjects(), port);
    // The web server's threads keep the process alive until the script stops it.
  }

  /** The application, bound to loopback only, demo off. */
  private static ConfigurableApplicationContext start(Path data, List<String> extra) {
    List<String> args = new ArrayList<>(List.of("--tinnhiem.data-dir=" + data,
        "--server.address=127.0.0.1", "--server.port=0", "--tinnhiem.demo=false",
        "--tinnhiem.admin-password=load-harness-only", "--spring.main.banner-mode=off"));
    args.addAll(extra); // later arguments win: the script may tune the server
    return new SpringApplicationBuilder(TinnhiemApplication.class).run(args.toArray(String[]::new));
  }

  /**
   * One session: V members present at Hà Nội (one more summoned at TP. Hồ Chí Minh, absent), S
   * subjects, a counting board of one with a single-trustee key, V credentials, the box open.
   * As {@code BoardCrashTest} and {@code CastBench} do it.
   */
  private static Seed seed(Path seedDir, Options o) throws IOException {
    Files.createDirectories(seedDir);
    List<String> privates;
    Seed seed;
    try (ConfigurableApplicationContext ctx = start(seedDir.resolve("data"), o.springArgs())) {
      VotingTestElection.OpenBox box = VotingTestElection.openBox(ctx, o.voters(), o.subjects());
      privates = box.credentials();
      seed = new Seed(box.sessionId(), o.voters(), o.subjects());
    } // closing the context closes the H2 file, so the copies of it are whole
    Path secrets = seedDir.resolve("credentials.txt");
    Files.createFile(secrets, PosixFilePermissions.asFileAttribute(
        PosixFilePermissions.fromString("rw-------")));
    Files.write(secrets, privates, StandardCharsets.US_ASCII);
    writeAtomically(seedDir.resolve("seed.properties"), seed.toProperties());
    System.out.printf("load server: seeded session %d with %d credentials%n", seed.sessionId(),
        privates.size());
    return seed;
  }

  private static java.util.Optional<Seed> readSeed(Path seedDir) throws IOException {
    Path file = seedDir.resolve("seed.properties");
    if (!Files.isRegularFile(file) || !Files.isDirectory(seedDir.resolve("data"))) {
      return java.util.Optional.empty();
    }
    Properties p = new Properties();
    try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return java.util.Optional.of(Seed.of(p));
  }

  /** Readers poll for the file: they must never see half of it. */
  private static void writeAtomically(Path file, Properties p) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (var out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      p.store(out, null);
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
