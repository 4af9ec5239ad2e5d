package vn.tinnhiem.server.documents;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table of the {@code documents} feature. */
@Repository
class SettingsRepository {

  private final JdbcClient jdbc;

  SettingsRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<DocumentSettings> find(long sessionId) {
    return jdbc.sql("""
            SELECT chair, clerk, parent_body, superior, locality FROM document_settings
            WHERE session_id = :s""")
        .param("s", sessionId)
        .query((rs, row) -> new DocumentSettings(rs.getString("chair"), rs.getString("clerk"),
            rs.getString("parent_body"), rs.getString("superior"), rs.getString("locality")))
        .optional();
  }

  void save(long sessionId, DocumentSettings s, String by, OffsetDateTime at) {
    int updated = jdbc.sql("""
            UPDATE document_settings SET chair = :chair, clerk = :clerk,
                parent_body = :parent, superior = :superior, locality = :locality,
                updated_by = :by, updated_at = :at
            WHERE session_id = :s""")
        .param("chair", s.chair()).param("clerk", s.clerk()).param("parent", s.parentBody())
        .param("superior", s.superior()).param("locality", s.locality())
        .param("by", by).param("at", at).param("s", sessionId)
        .update();
    if (updated == 0) {
      jdbc.sql("""
              INSERT INTO document_settings (session_id, chair, clerk, parent_body, superior,
                  locality, updated_by, updated_at)
              VALUES (:s, :chair, :clerk, :parent, :superior, :locality, :by, :at)""")
          .param("s", sessionId)
          .param("chair", s.chair()).param("clerk", s.clerk()).param("parent", s.parentBody())
          .param("superior", s.superior()).param("locality", s.locality())
          .param("by", by).param("at", at)
          .update();
    }
  }
}
