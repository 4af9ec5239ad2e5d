package vn.tinnhiem.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import vn.tinnhiem.crypto.group.Hash;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonParser;

/**
 * Casts ballots with at most {@code concurrency} in flight (a closed loop: each of C voters
 * casts again as soon as answered), and starts none after {@code maxTime}. Every answer is
 * checked: 201 with the tracking code the ballot's bytes give. A 503 (server busy) is sent
 * again after its Retry-After, as the booth does; the latency is the voter's, from the first
 * send to the final answer.
 */
final class CastRun {

  enum Kind { CREATED, NOT_CREATED, BAD_RECEIPT, TIMEOUT, IO_ERROR }

  /** Times a ballot is sent again after a 503, as the booth's limit. */
  static final int MAX_BUSY_RETRIES = 30;

  /**
   * One cast's final answer; {@code what} is the status and problem code, or the error;
   * {@code busy} the 503s answered before it.
   */
  record Answer(Kind kind, String what, double millis, String trackingCode, int busy) {
    Answer(Kind kind, String what, double millis, String trackingCode) {
      this(kind, what, millis, trackingCode, 0);
    }

    Answer afterBusy(int times) {
      return new Answer(kind, what, millis, trackingCode, times);
    }
  }

  /**
   * What a run gave.
   *
   * @param planned ballots it was given
   * @param answers one per ballot sent, in order of completion
   * @param seconds from the first send to the last answer
   */
  record Outcome(int planned, List<Answer> answers, double seconds) {

    int sent() {
      return answers.size();
    }

    int count(Kind kind) {
      return (int) answers.stream().filter(a -> a.kind() == kind).count();
    }

    int errors() {
      return sent() - count(Kind.CREATED);
    }

    /** Answers by status or error, e.g. {@code 201=98, 500 (server-error)=2, timeout=1}. */
    Map<String, Integer> byWhat() {
      Map<String, Integer> out = new TreeMap<>();
      answers.forEach(a -> out.merge(a.what(), 1, Integer::sum));
      return out;
    }

    Percentiles createdMillis() {
      return Percentiles.of(answers.stream().filter(a -> a.kind() == Kind.CREATED)
          .map(Answer::millis).toList());
    }

    /** 503s answered along the way, each followed by a new send. */
    int busyAnswers() {
      return answers.stream().mapToInt(Answer::busy).sum();
    }

    Set<String> acknowledged() {
      Set<String> out = ConcurrentHashMap.newKeySet();
      answers.stream().filter(a -> a.kind() == Kind.CREATED)
          .forEach(a -> out.add(a.trackingCode()));
      return out;
    }
  }

  private final HttpClient http;
  private final URI castUri;
  private final Duration timeout;

  CastRun(HttpClient http, URI castUri, Duration timeout) {
    this.http = http;
    this.castUri = castUri;
    this.timeout = timeout;
  }

  Outcome run(List<byte[]> ballots, int concurrency, Duration maxTime)
      throws InterruptedException {
    Semaphore inFlight = new Semaphore(concurrency);
    ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    List<CompletableFuture<Void>> pending = new ArrayList<>();
    long start = System.nanoTime();
    long deadline = start + maxTime.toNanos();
    long[] lastAnswer = {start};
    for (byte[] ballot : ballots) {
      long left = deadline - System.nanoTime();
      if (left <= 0 || !inFlight.tryAcquire(left, TimeUnit.NANOSECONDS)) {
        break; // time is up: the rest are not sent
      }
      String expected = Hash.base64(ballot);
      HttpRequest request = HttpRequest.newBuilder(castUri).timeout(timeout)
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofByteArray(ballot)).build();
      long t0 = System.nanoTime();
      pending.add(send(request, expected, t0, 0).thenAccept(answer -> {
        answers.add(answer);
        synchronized (lastAnswer) {
          lastAnswer[0] = Math.max(lastAnswer[0], System.nanoTime());
        }
        inFlight.release();
      }));
    }
    // Casts in flight at the time limit still get their answer (or their timeout).
    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
    double seconds;
    synchronized (lastAnswer) {
      seconds = (lastAnswer[0] - start) / 1e9;
    }
    return new Outcome(ballots.size(), List.copyOf(answers), seconds);
  }

  /** Sends, and after a 503 sends the same request again when the server says. */
  private CompletableFuture<Answer> send(HttpRequest request, String expected, long t0,
      int busy) {
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
        .handle((response, error) -> {
          if (error == null && response.statusCode() == 503 && busy < MAX_BUSY_RETRIES) {
            Executor later = CompletableFuture.delayedExecutor(retryAfterMillis(response),
                TimeUnit.MILLISECONDS);
            return CompletableFuture.supplyAsync(() -> busy + 1, later)
                .thenCompose(again -> send(request, expected, t0, again));
          }
          double millis = (System.nanoTime() - t0) / 1e6;
          return CompletableFuture.completedFuture(
              answer(response, error, millis, expected).afterBusy(busy));
        })
        .thenCompose(answer -> answer);
  }

  /** The answer's Retry-After plus up to a second at random, as the booth waits. */
  static long retryAfterMillis(HttpResponse<?> response) {
    return retryAfterSeconds(response.headers().firstValue("Retry-After")) * 1000
        + java.util.concurrent.ThreadLocalRandom.current().nextLong(1000);
  }

  /** Retry-After in whole seconds, 1 to 60 as the booth reads it; 5 when absent or a date. */
  static long retryAfterSeconds(java.util.Optional<String> header) {
    try {
      return header.map(v -> Math.min(60, Math.max(1, Long.parseLong(v.trim())))).orElse(5L);
    } catch (NumberFormatException e) {
      return 5;
    }
  }

  static Answer answer(HttpResponse<String> response, Throwable error, double millis,
      String expectedCode) {
    if (error != null) {
      Throwable cause = error instanceof CompletionException && error.getCause() != null
          ? error.getCause() : error;
      return cause instanceof HttpTimeoutException
          ? new Answer(Kind.TIMEOUT, "timeout", millis, null)
          : new Answer(Kind.IO_ERROR, "i/o error (" + cause.getClass().getSimpleName() + ")",
              millis, null);
    }
    int status = response.statusCode();
    if (status != 201) {
      String problem = field(response.body(), "code");
      return new Answer(Kind.NOT_CREATED, problem == null ? Integer.toString(status)
          : status + " " + problem, millis, null);
    }
    String code = field(response.body(), "tracking_code");
    return expectedCode.equals(code)
        ? new Answer(Kind.CREATED, "201", millis, code)
        : new Answer(Kind.BAD_RECEIPT, "201 with a wrong tracking code", millis, null);
  }

  /** A string field of a JSON body, or null when the body is not such JSON. */
  private static String field(String body, String name) {
    try {
      Json.JObject o = JsonParser.parse(body).asObject();
      return o.has(name) ? o.get(name).asString() : null;
    } catch (RuntimeException notJson) {
      return null;
    }
  }
}
