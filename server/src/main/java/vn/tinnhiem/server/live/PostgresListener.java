package vn.tinnhiem.server.live;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, one thread per node that LISTENs on {@link LiveEvents#CHANNEL} over its own
 * connection (not a pooled one: it is held for the node's life) and hands each notification
 * to the {@link LiveHub}. After a lost connection it reconnects and refreshes every open
 * screen, since notifications sent meanwhile are lost. Does nothing on H2.
 */
@Component
class PostgresListener implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(PostgresListener.class);
  private static final int WAIT_MS = 500;

  private final LiveEvents events;
  private final LiveHub hub;
  private final Environment environment;
  private volatile boolean running;
  private volatile Connection connection;
  private Thread thread;

  PostgresListener(LiveEvents events, LiveHub hub, Environment environment) {
    this.events = events;
    this.hub = hub;
    this.environment = environment;
  }

  @Override
  public synchronized void start() {
    if (running || !events.postgres()) {
      return;
    }
    running = true;
    thread = new Thread(this::listen, "tinnhiem-pg-listen");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public synchronized void stop() {
    running = false;
    closeQuietly();
    if (thread != null) {
      thread.interrupt();
      try {
        thread.join(2000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      thread = null;
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Whether the LISTEN is in place (for tests and health). */
  boolean listening() {
    return connection != null;
  }

  private void listen() {
    long backoff = 500;
    boolean first = true;
    while (running) {
      try (Connection c = DriverManager.getConnection(
          environment.getRequiredProperty("spring.datasource.url"),
          environment.getProperty("spring.datasource.username"),
          environment.getProperty("spring.datasource.password"))) {
        try (Statement s = c.createStatement()) {
          s.execute("LISTEN " + LiveEvents.CHANNEL);
        }
        connection = c;
        if (!first) {
          hub.deliverAllLater(); // whatever changed while we were away
        }
        first = false;
        backoff = 500;
        PGConnection pg = c.unwrap(PGConnection.class);
        while (running) {
          PGNotification[] notifications = pg.getNotifications(WAIT_MS);
          if (notifications == null) {
            continue;
          }
          for (PGNotification n : notifications) {
            deliver(n.getParameter());
          }
        }
      } catch (SQLException e) {
        connection = null;
        if (!running) {
          return;
        }
        log.warn("live updates: PostgreSQL LISTEN lost ({}); retrying in {} ms",
            e.getMessage(), backoff);
        sleep(backoff);
        backoff = Math.min(backoff * 2, 30_000);
      } finally {
        connection = null;
      }
    }
  }

  private void deliver(String payload) {
    try {
      hub.deliverLater(Long.parseLong(payload));
    } catch (NumberFormatException e) {
      log.warn("live updates: ignoring notification {}", payload);
    }
  }

  private void closeQuietly() {
    Connection c = connection;
    if (c != null) {
      try {
        c.close();
      } catch (SQLException e) {
        // closing on the way out
      }
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
