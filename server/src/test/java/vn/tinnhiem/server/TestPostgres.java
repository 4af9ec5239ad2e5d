package vn.tinnhiem.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One embedded PostgreSQL server per test JVM (zonky: real PostgreSQL
 * binaries from Maven Central, no Docker), stopped when the JVM exits.
 */
public final class TestPostgres {

  private static EmbeddedPostgres server;

  private TestPostgres() {}

  /**
   * For {@link PostgresTest}: the datasource properties, ahead of every other
   * source. When {@code SPRING_DATASOURCE_URL} is set (a server that CI
   * started), that server is used instead and nothing is started here.
   */
  public static class Initializer
      implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
      if (System.getenv("SPRING_DATASOURCE_URL") != null) {
        return;
      }
      EmbeddedPostgres postgres = server();
      context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(
          "tinnhiemTestPostgres", Map.of(
              "spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
              "spring.datasource.username", "postgres",
              "spring.datasource.password", "")));
    }
  }

  private static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
      }
      EmbeddedPostgres started = server;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException e) {
          // the JVM is exiting; the server's temporary files go with the OS's cleanup
        }
      }));
    }
    return server;
  }
}
