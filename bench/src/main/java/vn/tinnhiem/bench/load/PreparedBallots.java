package vn.tinnhiem.bench.load;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import vn.tinnhiem.crypto.election.BallotFactory;
import vn.tinnhiem.crypto.election.BallotJson;
import vn.tinnhiem.crypto.election.Election;
import vn.tinnhiem.crypto.election.Question;

/**
 * The ballots to cast, encrypted before the load starts, on all cores: one per voter, then
 * {@code warmup} more for the first voters. Kept in {@code WORK/ballots/} so that a run with
 * {@code --reuse} on the same election skips the encryption.
 *
 * @param ballots the canonical JSON bytes, voters' ballots first, then the warm-up ones
 * @param seconds the time to make them, 0 when read from the cache
 * @param fromCache whether they were read from {@code WORK/ballots/}
 */
public record PreparedBallots(List<byte[]> ballots, double seconds, boolean fromCache) {

  private static final String META = "ballots.properties";

  public static PreparedBallots obtain(Election election, List<String> credentials, int warmup,
      Path cacheDir, boolean reuse, PrintStream progress) throws IOException {
    int count = credentials.size() + warmup;
    if (reuse) {
      List<byte[]> cached = readCache(cacheDir, election.fingerprint(), count);
      if (cached != null) {
        progress.printf("ballots: %d read from %s%n", count, cacheDir);
        return new PreparedBallots(cached, 0, true);
      }
      progress.printf("ballots: no cache for this election in %s, making them%n", cacheDir);
    }
    long t0 = System.nanoTime();
    AtomicInteger done = new AtomicInteger();
    int step = Math.max(1, count / 20);
    List<byte[]> made = IntStream.range(0, count).parallel().mapToObj(i -> {
      String credential = credentials.get(i % credentials.size());
      byte[] b = BallotJson.toBytes(BallotFactory.create(election, credential,
          randomVote(new Random(i), election.questions())));
      int n = done.incrementAndGet();
      if (n % step == 0 || n == count) {
        progress.printf("ballots: %d/%d encrypted (%.0f s)%n", n, count,
            (System.nanoTime() - t0) / 1e9);
      }
      return b;
    }).toList();
    double seconds = (System.nanoTime() - t0) / 1e9;
    writeCache(cacheDir, election.fingerprint(), made);
    return new PreparedBallots(made, seconds, false);
  }

  /** One answer ticked at random per question (our questions: one level of three). */
  static int[][] randomVote(Random random, List<Question> questions) {
    int[][] vote = new int[questions.size()][];
    for (int i = 0; i < vote.length; i++) {
      Question q = questions.get(i);
      int offset = q.allowsBlank() ? 1 : 0; // the blank flag comes first, left at 0
      vote[i] = new int[q.choiceCount()];
      int ticks = Math.min(Math.max(q.min(), 1), q.max());
      List<Integer> answers = new ArrayList<>(IntStream.range(0, q.answers().size()).boxed()
          .toList());
      java.util.Collections.shuffle(answers, random);
      for (int t = 0; t < ticks; t++) {
        vote[i][offset + answers.get(t)] = 1;
      }
    }
    return vote;
  }

  private static List<byte[]> readCache(Path dir, String fingerprint, int count)
      throws IOException {
    Path meta = dir.resolve(META);
    if (!Files.isRegularFile(meta)) {
      return null;
    }
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
      p.load(in);
    }
    if (!fingerprint.equals(p.getProperty("fingerprint"))
        || !Integer.toString(count).equals(p.getProperty("count"))) {
      return null;
    }
    List<byte[]> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(Files.readAllBytes(file(dir, i)));
    }
    return out;
  }

  /** The ballots first, the description last: a half-written cache never matches. */
  private static void writeCache(Path dir, String fingerprint, List<byte[]> ballots)
      throws IOException {
    if (Files.isDirectory(dir)) {
      try (Stream<Path> old = Files.list(dir)) {
        old.forEach(f -> {
          try {
            Files.delete(f);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
    }
    Files.createDirectories(dir);
    for (int i = 0; i < ballots.size(); i++) {
      Files.write(file(dir, i), ballots.get(i));
    }
    Properties p = new Properties();
    p.setProperty("fingerprint", fingerprint);
    p.setProperty("count", Integer.toString(ballots.size()));
    try (Writer out = Files.newBufferedWriter(dir.resolve(META), StandardCharsets.UTF_8)) {
      p.store(out, "ballots made by CastLoad for this election");
    }
  }

  private static Path file(Path dir, int i) {
    return dir.resolve(String.format("ballot-%05d.json", i));
  }
}
