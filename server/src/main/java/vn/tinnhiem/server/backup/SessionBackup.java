package vn.tinnhiem.server.backup;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonFormatException;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.json.JsonWriter;
import vn.tinnhiem.crypto.verify.Progress;
import vn.tinnhiem.crypto.verify.Verdict;
import vn.tinnhiem.server.system.Outcome;
import vn.tinnhiem.server.system.Refusal;
import vn.tinnhiem.server.voting.VotingQueries;

/**
 * Writes every row of one session to a JSON document and puts it back on another instance
 * with the same ids, then moves each identity column past the restored ids. Values are
 * written by column type (numbers, booleans, text; binary as base64, instants as ISO-8601)
 * and read back by the type of the target column, so H2 and PostgreSQL back each other up.
 */
@Service
public class SessionBackup {

  static final String FORMAT = "tinnhiem-session-backup";
  static final int VERSION = 1;

  private final JdbcTemplate jdbc;
  private final DataSource dataSource;
  private final VotingQueries voting;

  SessionBackup(JdbcTemplate jdbc, DataSource dataSource, VotingQueries voting) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    this.voting = voting;
  }

  /** What a restore did. */
  public record Restored(long sessionId, int rows, int skippedSiteSecretaries) {}

  /** The session's rows, every table, as one JSON document; empty when there is no session. */
  @Transactional(readOnly = true)
  public Optional<byte[]> export(long sessionId) {
    Integer found = jdbc.queryForObject("SELECT COUNT(*) FROM vote_session WHERE id = ?",
        Integer.class, sessionId);
    if (found == null || found == 0) {
      return Optional.empty();
    }
    List<Json> tables = new ArrayList<>();
    for (SessionTables.Table t : SessionTables.ALL) {
      tables.add(jdbc.query("SELECT * FROM " + t.name() + " WHERE " + t.sessionColumn()
          + " = ? ORDER BY 1", rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            List<Json> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
              columns.add(Json.str(meta.getColumnLabel(i).toLowerCase(Locale.ROOT)));
            }
            List<Json> rows = new ArrayList<>();
            while (rs.next()) {
              List<Json> row = new ArrayList<>();
              for (int i = 1; i <= meta.getColumnCount(); i++) {
                row.add(write(rs, i, meta.getColumnTypeName(i)));
              }
              rows.add(Json.array(row));
            }
            return Json.obj("table", Json.str(t.name()), "columns", Json.array(columns),
                "rows", Json.array(rows));
          }, sessionId));
    }
    return Optional.of(JsonWriter.writeBytes(Json.obj("format", Json.str(FORMAT),
        "version", Json.integer(VERSION), "session", Json.integer(sessionId),
        "tables", Json.array(tables))));
  }

  /** The steps of a restore, in order, as its progress page names them. */
  public enum Step { WAITING, ROWS, BALLOTS, CHECKS, DONE }

  /** Hears how far a restore is: {@code done} of {@code total} in its current step. */
  @FunctionalInterface
  public interface Steps {
    Steps NONE = (step, done, total) -> { };

    void report(Step step, long done, long total);
  }

  /** A file read as a backup, not yet written: its session, its tables and how many rows. */
  public record Parsed(long sessionId, Json.JObject document, long rows) {}

  /**
   * Reads a backup without writing anything. Refused when it is not a backup, or when its
   * session is already here: restore into a fresh instance.
   */
  public Outcome<Parsed> read(byte[] backup) {
    Json.JObject doc;
    long sessionId;
    long rows = 0;
    try {
      doc = JsonParser.parse(backup).asObject();
      if (!FORMAT.equals(doc.get("format").asString()) || doc.get("version").asInt() != VERSION) {
        return Outcome.invalid(Refusal.of("backup.notBackup"));
      }
      sessionId = doc.get("session").asLong();
      for (Json t : doc.get("tables").asArray().items()) {
        rows += t.asObject().get("rows").asArray().items().size();
      }
    } catch (JsonFormatException | NullPointerException | ClassCastException e) {
      return Outcome.invalid(Refusal.of("backup.notBackup"));
    }
    return sessionExists(sessionId) ? Outcome.conflict("backup.exists", sessionId)
        : Outcome.done(new Parsed(sessionId, doc, rows));
  }

  private boolean sessionExists(long sessionId) {
    Integer found = jdbc.queryForObject("SELECT COUNT(*) FROM vote_session WHERE id = ?",
        Integer.class, sessionId);
    return found != null && found > 0;
  }

  /**
   * Puts a backup back, all or nothing. Refused when its session (or any of its rows' ids) is
   * already here. Site secretaries and participants whose accounts do not exist here are left
   * out and counted. The restored board must pass the verifier, as its archive would for
   * anyone: closing the box and the tally trust that the ballots on the board were checked
   * when they were cast.
   */
  @Transactional
  public Outcome<Restored> restore(Parsed backup, Steps steps) {
    long sessionId = backup.sessionId();
    if (sessionExists(sessionId)) { // asked again since read(), or by someone else
      return Outcome.conflict("backup.exists", sessionId);
    }
    Map<String, Json.JObject> byName = new HashMap<>();
    for (Json t : backup.document().get("tables").asArray().items()) {
      byName.put(t.asObject().get("table").asString(), t.asObject());
    }
    int rows = 0;
    int skipped = 0;
    steps.report(Step.ROWS, 0, backup.rows());
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      for (SessionTables.Table t : SessionTables.ALL) {
        Json.JObject table = byName.get(t.name());
        if (table == null) {
          continue;
        }
        List<String> columns = table.get("columns").asList(Json::asString);
        Map<String, String> types = columnTypes(connection, t.name());
        String sql = "INSERT INTO " + t.name() + " (" + String.join(", ", columns)
            + ") VALUES (" + "?, ".repeat(columns.size() - 1) + "?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
          for (Json row : table.get("rows").asArray().items()) {
            List<Json> values = row.asArray().items();
            if (SessionTables.ACCOUNT_ROWS.contains(t.name())
                && !accountExists(values, columns)) {
              skipped++;
              continue;
            }
            for (int i = 0; i < columns.size(); i++) {
              insert.setObject(i + 1, read(values.get(i), types.get(columns.get(i))));
            }
            insert.executeUpdate();
            rows++;
            steps.report(Step.ROWS, rows + skipped, backup.rows());
          }
        }
        if (t.identity()) {
          Long max = jdbc.queryForObject("SELECT MAX(id) FROM " + t.name(), Long.class);
          if (max != null) {
            jdbc.execute("ALTER TABLE " + t.name() + " ALTER COLUMN id RESTART WITH "
                + (max + 1));
          }
        }
      }
    } catch (SQLException | RuntimeException e) {
      // Rolled back whole: a clash of ids with rows already here, or a damaged file.
      throw new BackupRejectedException(e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
    Optional<Verdict.Failure> broken;
    try {
      broken = voting.boardFailure(sessionId, (phase, done, total) -> steps.report(
          Progress.BALLOTS.equals(phase) ? Step.BALLOTS : Step.CHECKS, done, total));
    } catch (IOException e) {
      throw new BackupRejectedException(e);
    }
    if (broken.isPresent()) {
      TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
      return Outcome.invalid(Refusal.of("backup.boardInvalid", broken.get().describe()));
    }
    return Outcome.done(new Restored(sessionId, rows, skipped));
  }

  private boolean accountExists(List<Json> values, List<String> columns) {
    String username = values.get(columns.indexOf("username")).asString();
    Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?",
        Integer.class, username);
    return n != null && n > 0;
  }

  private static Map<String, String> columnTypes(Connection c, String table)
      throws SQLException {
    Map<String, String> types = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement("SELECT * FROM " + table + " WHERE 1 = 0");
        ResultSet rs = s.executeQuery()) {
      ResultSetMetaData meta = rs.getMetaData();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        types.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT),
            meta.getColumnTypeName(i).toLowerCase(Locale.ROOT));
      }
    }
    return types;
  }

  private static Json write(ResultSet rs, int i, String typeName) throws SQLException {
    String type = typeName.toLowerCase(Locale.ROOT);
    Object value = rs.getObject(i);
    if (value == null) {
      return new Json.JNull();
    }
    if (isBinary(type)) {
      return Json.str(Base64.getEncoder().encodeToString(rs.getBytes(i)));
    }
    if (isInstant(type)) {
      return Json.str(rs.getObject(i, OffsetDateTime.class).toString());
    }
    if (type.equals("date")) {
      return Json.str(rs.getObject(i, LocalDate.class).toString());
    }
    if (value instanceof Boolean b) {
      return Json.bool(b);
    }
    if (value instanceof Number n) {
      return Json.integer(n.longValue());
    }
    return Json.str(value.toString());
  }

  private static Object read(Json value, String type) {
    if (value instanceof Json.JNull) {
      return null;
    }
    if (isBinary(type)) {
      return Base64.getDecoder().decode(value.asString());
    }
    if (isInstant(type)) {
      return OffsetDateTime.parse(value.asString());
    }
    if (type.equals("date")) {
      return LocalDate.parse(value.asString());
    }
    if (value instanceof Json.JBool b) {
      return b.value();
    }
    if (value instanceof Json.JNumber) {
      return value.asLong();
    }
    return value.asString();
  }

  private static boolean isBinary(String type) {
    return type.contains("bytea") || type.contains("binary") || type.contains("blob");
  }

  private static boolean isInstant(String type) {
    return type.startsWith("timestamp");
  }

  /** A restore that failed half-way: the transaction rolls back. */
  public static final class BackupRejectedException extends RuntimeException {
    BackupRejectedException(Exception cause) {
      super(cause.getMessage(), cause);
    }
  }
}
