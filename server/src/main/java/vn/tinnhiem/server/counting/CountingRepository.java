package vn.tinnhiem.server.counting;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables of the {@code counting} feature. */
@Repository
class CountingRepository {

  /** Issued and collected at a site. */
  record Ballots(int issued, int collected) {}

  /** A subject's stored counts. */
  record Counts(int high, int confident, int low, int blank, int invalid) {}

  /** When counting closed, and the totals then. */
  record Closure(OffsetDateTime closedAt, String closedBy, int issued, int collected) {}

  private final JdbcClient jdbc;

  CountingRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Map<Long, Ballots> ballots(long sessionId) {
    Map<Long, Ballots> ballots = new HashMap<>();
    jdbc.sql("SELECT site_id, issued, collected FROM site_ballots WHERE session_id = :s")
        .param("s", sessionId)
        .query(rs -> {
          ballots.put(rs.getLong("site_id"),
              new Ballots(rs.getInt("issued"), rs.getInt("collected")));
        });
    return ballots;
  }

  void saveBallots(long sessionId, long siteId, Ballots b, String by, OffsetDateTime at) {
    int updated = jdbc.sql("""
            UPDATE site_ballots SET issued = :issued, collected = :collected,
                recorded_by = :by, recorded_at = :at
            WHERE site_id = :site""")
        .param("issued", b.issued()).param("collected", b.collected())
        .param("by", by).param("at", at).param("site", siteId)
        .update();
    if (updated == 0) {
      jdbc.sql("""
              INSERT INTO site_ballots (site_id, session_id, issued, collected, recorded_by,
                  recorded_at)
              VALUES (:site, :s, :issued, :collected, :by, :at)""")
          .param("site", siteId).param("s", sessionId)
          .param("issued", b.issued()).param("collected", b.collected())
          .param("by", by).param("at", at)
          .update();
    }
  }

  Map<Long, Counts> counts(long sessionId) {
    Map<Long, Counts> counts = new HashMap<>();
    jdbc.sql("""
            SELECT subject_id, high, confident, low, blank, invalid FROM subject_count
            WHERE session_id = :s""")
        .param("s", sessionId)
        .query(rs -> {
          counts.put(rs.getLong("subject_id"), new Counts(rs.getInt("high"),
              rs.getInt("confident"), rs.getInt("low"), rs.getInt("blank"),
              rs.getInt("invalid")));
        });
    return counts;
  }

  void saveCounts(long sessionId, long subjectId, Counts c, String by, OffsetDateTime at) {
    int updated = jdbc.sql("""
            UPDATE subject_count SET high = :high, confident = :confident, low = :low,
                blank = :blank, invalid = :invalid, entered_by = :by, entered_at = :at
            WHERE subject_id = :subject""")
        .param("high", c.high()).param("confident", c.confident()).param("low", c.low())
        .param("blank", c.blank()).param("invalid", c.invalid())
        .param("by", by).param("at", at).param("subject", subjectId)
        .update();
    if (updated == 0) {
      jdbc.sql("""
              INSERT INTO subject_count (subject_id, session_id, high, confident, low, blank,
                  invalid, entered_by, entered_at)
              VALUES (:subject, :s, :high, :confident, :low, :blank, :invalid, :by, :at)""")
          .param("subject", subjectId).param("s", sessionId)
          .param("high", c.high()).param("confident", c.confident()).param("low", c.low())
          .param("blank", c.blank()).param("invalid", c.invalid())
          .param("by", by).param("at", at)
          .update();
    }
  }

  void deleteCounts(long subjectId) {
    jdbc.sql("DELETE FROM subject_count WHERE subject_id = :subject")
        .param("subject", subjectId).update();
  }

  void insertEntry(long sessionId, long subjectId, Counts c, String by, OffsetDateTime at) {
    jdbc.sql("""
            INSERT INTO count_entry (session_id, subject_id, high, confident, low, blank, invalid,
                entered_by, entered_at)
            VALUES (:s, :subject, :high, :confident, :low, :blank, :invalid, :by, :at)""")
        .param("s", sessionId).param("subject", subjectId)
        .param("high", c.high()).param("confident", c.confident()).param("low", c.low())
        .param("blank", c.blank()).param("invalid", c.invalid())
        .param("by", by).param("at", at)
        .update();
  }

  /** Every entry of the session, in log order. */
  List<CountEntry> entries(long sessionId) {
    return jdbc.sql("""
            SELECT id, subject_id, high, confident, low, blank, invalid, entered_by, entered_at
            FROM count_entry WHERE session_id = :s ORDER BY id""")
        .param("s", sessionId)
        .query((rs, row) -> new CountEntry(rs.getLong("id"), rs.getLong("subject_id"),
            new PaperCounts(rs.getInt("high"), rs.getInt("confident"), rs.getInt("low"),
                rs.getInt("blank"), rs.getInt("invalid")),
            rs.getString("entered_by"), rs.getObject("entered_at", OffsetDateTime.class)))
        .list();
  }

  Optional<Integer> threshold(long sessionId) {
    return jdbc.sql("SELECT small_site_threshold FROM counting_options WHERE session_id = :s")
        .param("s", sessionId).query(Integer.class).optional();
  }

  void saveThreshold(long sessionId, int threshold, String by, OffsetDateTime at) {
    int updated = jdbc.sql("""
            UPDATE counting_options SET small_site_threshold = :t, set_by = :by, set_at = :at
            WHERE session_id = :s""")
        .param("t", threshold).param("by", by).param("at", at).param("s", sessionId).update();
    if (updated == 0) {
      jdbc.sql("""
              INSERT INTO counting_options (session_id, small_site_threshold, set_by, set_at)
              VALUES (:s, :t, :by, :at)""")
          .param("s", sessionId).param("t", threshold).param("by", by).param("at", at)
          .update();
    }
  }

  void insertClosure(long sessionId, Closure closure) {
    jdbc.sql("""
            INSERT INTO counting_closure (session_id, closed_at, closed_by, issued, collected)
            VALUES (:s, :at, :by, :issued, :collected)""")
        .param("s", sessionId).param("at", closure.closedAt()).param("by", closure.closedBy())
        .param("issued", closure.issued()).param("collected", closure.collected())
        .update();
  }

  Optional<Closure> closure(long sessionId) {
    return jdbc.sql("""
            SELECT closed_at, closed_by, issued, collected FROM counting_closure
            WHERE session_id = :s""")
        .param("s", sessionId)
        .query((rs, row) -> new Closure(rs.getObject("closed_at", OffsetDateTime.class),
            rs.getString("closed_by"), rs.getInt("issued"), rs.getInt("collected")))
        .optional();
  }
}
