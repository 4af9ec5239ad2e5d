package vn.tinnhiem.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One embedded PostgreSQL server per test JVM (zonky: real PostgreSQL
 * binaries from Maven Central, no Docker), stopped when the JVM exits.
 */
public final class TestPostgres {

  private static EmbeddedPostgres server;

  private TestPostgres() {}

  /** Points the datasource of the test context at the embedded server. */
  public static void register(DynamicPropertyRegistry registry) {
    EmbeddedPostgres postgres = server();
    registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
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
