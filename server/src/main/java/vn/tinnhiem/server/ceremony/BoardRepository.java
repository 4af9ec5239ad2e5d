package vn.tinnhiem.server.ceremony;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code counting_board_member} table. */
@Repository
class BoardRepository {

  /** A row before it is joined with the member's name. */
  record Row(long memberId, BoardRole role, OffsetDateTime electedAt) {}

  private final JdbcClient jdbc;

  BoardRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Row> board(long sessionId) {
    return jdbc.sql("""
            SELECT member_id, board_role, elected_at FROM counting_board_member
            WHERE session_id = :s ORDER BY elected_at, member_id""")
        .param("s", sessionId)
        .query((rs, row) -> new Row(rs.getLong("member_id"),
            BoardRole.valueOf(rs.getString("board_role")),
            rs.getObject("elected_at", OffsetDateTime.class)))
        .list();
  }

  void insert(long sessionId, long memberId, BoardRole role, String by, OffsetDateTime at) {
    jdbc.sql("""
            INSERT INTO counting_board_member (session_id, member_id, board_role, elected_at,
                recorded_by)
            VALUES (:s, :m, :role, :at, :by)""")
        .param("s", sessionId).param("m", memberId).param("role", role.name())
        .param("at", at).param("by", by)
        .update();
  }

  void delete(long sessionId, long memberId) {
    jdbc.sql("DELETE FROM counting_board_member WHERE session_id = :s AND member_id = :m")
        .param("s", sessionId).param("m", memberId).update();
  }
}
