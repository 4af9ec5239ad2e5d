package vn.tinnhiem.server.live;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.tinnhiem.server.system.SessionChanged;

/**
 * Routes {@link SessionChanged} to the screens once the change is committed.
 * <ul>
 *   <li>PostgreSQL: {@code pg_notify} inside the change's own transaction. PostgreSQL sends it
 *       at commit and drops it on rollback, to every node listening (this one included, see
 *       {@link PostgresListener}), so several app nodes all update their screens.</li>
 *   <li>H2 (one node): straight to this node's screens after commit.</li>
 * </ul>
 */
@Component
class LiveEvents {

  static final String CHANNEL = "tinnhiem_live";

  private final JdbcTemplate jdbc;
  private final LiveHub hub;
  private final boolean postgres;

  LiveEvents(DataSource dataSource, JdbcTemplate jdbc, LiveHub hub) throws SQLException {
    this.jdbc = jdbc;
    this.hub = hub;
    this.postgres = isPostgres(dataSource);
  }

  static boolean isPostgres(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
    }
  }

  boolean postgres() {
    return postgres;
  }

  @EventListener
  void inTransaction(SessionChanged change) {
    if (postgres) {
      // the payload is a number we made: nothing from a user reaches the channel
      jdbc.query("SELECT pg_notify(?, ?)", rs -> { }, CHANNEL,
          Long.toString(change.sessionId()));
    }
  }

  @TransactionalEventListener(fallbackExecution = true)
  void afterCommit(SessionChanged change) {
    if (!postgres) {
      hub.deliverLater(change.sessionId());
    }
  }
}
