package vn.tinnhiem.server.voting;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code electronic_count} table: decrypted counts per subject. */
@Repository
class ElectronicCountRepository {

  /** One subject's decrypted counts. */
  record Row(long subjectId, int high, int confident, int low, int blank) {}

  private final JdbcClient jdbc;

  ElectronicCountRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(long sessionId, Row row) {
    jdbc.sql("""
            INSERT INTO electronic_count (subject_id, session_id, high, confident, low, blank)
            VALUES (:id, :s, :h, :c, :l, :b)""")
        .param("id", row.subjectId()).param("s", sessionId).param("h", row.high())
        .param("c", row.confident()).param("l", row.low()).param("b", row.blank()).update();
  }

  List<Row> counts(long sessionId) {
    return jdbc.sql("""
            SELECT subject_id, high, confident, low, blank FROM electronic_count
            WHERE session_id = :s ORDER BY subject_id""")
        .param("s", sessionId)
        .query((rs, n) -> new Row(rs.getLong("subject_id"), rs.getInt("high"),
            rs.getInt("confident"), rs.getInt("low"), rs.getInt("blank")))
        .list();
  }
}
