package vn.tinnhiem.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What everyone else gets from the server while the casts run: one GET at a time to a cheap
 * page, every {@code period}, timed. A server whose request threads all wait for the cast
 * checks answers it late, and so would the secretary's and the projector's pages.
 */
final class Probe implements AutoCloseable {

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private final List<Double> millis = new CopyOnWriteArrayList<>();
  private final List<String> failures = new CopyOnWriteArrayList<>();
  private final Thread thread;
  private volatile boolean running = true;

  private Probe(URI uri, Duration period) {
    thread = new Thread(() -> loop(uri, period), "probe");
    thread.setDaemon(true);
  }

  static Probe start(URI uri, Duration period) {
    Probe probe = new Probe(uri, period);
    probe.thread.start();
    return probe;
  }

  private void loop(URI uri, Duration period) {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120)).GET()
        .build();
    while (running) {
      long t0 = System.nanoTime();
      try {
        HttpResponse<Void> r = http.send(request, HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          millis.add((System.nanoTime() - t0) / 1e6);
        } else {
          failures.add(Integer.toString(r.statusCode()));
        }
        Thread.sleep(period.toMillis());
      } catch (InterruptedException e) {
        return;
      } catch (java.io.IOException e) {
        failures.add(e.getClass().getSimpleName());
      }
    }
  }

  /** Latencies of the answered probes; empty when none was answered. */
  List<Double> millis() {
    return List.copyOf(millis);
  }

  List<String> failures() {
    return List.copyOf(failures);
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.interrupt();
    thread.join(Duration.ofSeconds(5).toMillis());
  }
}
