package vn.tinnhiem.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.tinnhiem.server.TestFlow;
import vn.tinnhiem.server.TestPostgres;
import vn.tinnhiem.server.TinnhiemApplication;
import vn.tinnhiem.server.roll.RollService;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.TestConferences;
import vn.tinnhiem.server.session.TestConferences.Conference;

/**
 * Two app nodes over one PostgreSQL (the embedded one of {@link TestPostgres}): a projector
 * connected to each node gets a roll-call change made on either node, through LISTEN/NOTIFY.
 */
class TwoNodesLiveTest {

  @Test
  void aRollCallChangeOnOneNodeReachesTheScreensOfBoth() throws Exception {
    Path data = Files.createDirectories(Path.of("target", "test-data"));
    try (ConfigurableApplicationContext a = node(Files.createTempDirectory(data, "node-a-"));
        ConfigurableApplicationContext b = node(Files.createTempDirectory(data, "node-b-"))) {
      assertThat(a.getBean(LiveEvents.class).postgres()).isTrue();
      Eventually.until(Duration.ofSeconds(20), () -> a.getBean(PostgresListener.class).listening()
          && b.getBean(PostgresListener.class).listening());

      Conference c = TestConferences.opened(a.getBean(SessionService.class), 3, 3, 1);
      String token = a.getBean(ProjectorLinks.class).renew(c.id(), TestFlow.BY).orElseThrow();
      try (Screen onA = new Screen(port(a), token); Screen onB = new Screen(port(b), token)) {
        Eventually.until(Duration.ofSeconds(10),
            () -> onA.shows("present\">0<") && onB.shows("present\">0<"));

        TestFlow.roll(a.getBean(RollService.class), c, c.hanoi(), 2);
        Eventually.until(Duration.ofSeconds(10),
            () -> onA.shows("present\">2<") && onB.shows("present\">2<"));

        TestFlow.roll(b.getBean(RollService.class), c, c.hcm(), 3);
        Eventually.until(Duration.ofSeconds(10),
            () -> onA.shows("present\">5<") && onB.shows("present\">5<"));
      }
    }
  }

  private static ConfigurableApplicationContext node(Path dataDir) {
    return new SpringApplicationBuilder(TinnhiemApplication.class)
        .profiles("postgres")
        .initializers(new TestPostgres.Initializer())
        .properties("server.port=0", "tinnhiem.data-dir=" + dataDir.toAbsolutePath(),
            "tinnhiem.demo=false", "spring.jmx.enabled=false")
        .run();
  }

  private static int port(ConfigurableApplicationContext context) {
    return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
  }

  /** A projector: reads the event stream of one node into a buffer, on its own thread. */
  static final class Screen implements AutoCloseable {
    private final StringBuffer received = new StringBuffer();
    private final Thread reader;
    private volatile Stream<String> lines;

    Screen(int port, String token) throws IOException, InterruptedException {
      HttpClient client = HttpClient.newHttpClient();
      HttpRequest request = HttpRequest.newBuilder(
              URI.create("http://localhost:" + port + "/projector/" + token + "/events"))
          .header("Accept", "text/event-stream").build();
      HttpResponse<Stream<String>> response =
          client.send(request, HttpResponse.BodyHandlers.ofLines());
      assertThat(response.statusCode()).isEqualTo(200);
      lines = response.body();
      reader = new Thread(() -> {
        try {
          lines.forEach(line -> received.append(line).append('\n'));
        } catch (RuntimeException e) {
          // closed by the test
        }
      }, "screen-" + port);
      reader.setDaemon(true);
      reader.start();
    }

    /** Whether the last view received contains the text. */
    boolean shows(String text) {
      String all = received.toString();
      int last = all.lastIndexOf("event:update");
      return last >= 0 && all.substring(last).contains(text);
    }

    @Override
    public void close() {
      lines.close();
      reader.interrupt();
    }
  }
}
