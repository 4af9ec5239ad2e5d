package vn.tinnhiem.server.live;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code projector_link}: one secret link per session, stored as its hash. */
@Repository
class ProjectorRepository {

  private final JdbcClient jdbc;

  ProjectorRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void replace(long sessionId, String tokenHash, String by, OffsetDateTime at) {
    jdbc.sql("DELETE FROM projector_link WHERE session_id = :id").param("id", sessionId).update();
    jdbc.sql("""
            INSERT INTO projector_link (session_id, token_hash, created_by, created_at)
            VALUES (:id, :hash, :by, :at)""")
        .param("id", sessionId).param("hash", tokenHash).param("by", by).param("at", at)
        .update();
  }

  Optional<Long> sessionOf(String tokenHash) {
    return jdbc.sql("SELECT session_id FROM projector_link WHERE token_hash = :hash")
        .param("hash", tokenHash).query(Long.class).optional();
  }

  Optional<OffsetDateTime> createdAt(long sessionId) {
    return jdbc.sql("SELECT created_at FROM projector_link WHERE session_id = :id")
        .param("id", sessionId).query(OffsetDateTime.class).optional();
  }
}
