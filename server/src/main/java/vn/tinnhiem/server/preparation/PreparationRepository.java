package vn.tinnhiem.server.preparation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The tables of the {@code preparation} feature. */
@Repository
class PreparationRepository {

  private static final String DOSSIER_COLUMNS = """
      id, session_id, subject_id, file_name, content_type, size_bytes, sha256, uploaded_by,
      uploaded_at""";

  private static final RowMapper<Dossier> DOSSIER = (rs, row) -> new Dossier(rs.getLong("id"),
      rs.getLong("session_id"), rs.getLong("subject_id"), rs.getString("file_name"),
      rs.getString("content_type"), rs.getInt("size_bytes"), rs.getString("sha256"),
      rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class));

  private static final RowMapper<Question> QUESTION = (rs, row) -> new Question(
      rs.getLong("id"), rs.getLong("session_id"), rs.getLong("subject_id"),
      rs.getString("asked_by"), rs.getString("asker_name"), rs.getBoolean("anonymous"),
      rs.getString("question"), rs.getObject("asked_at", OffsetDateTime.class),
      rs.getString("answer"), rs.getObject("answered_at", OffsetDateTime.class));

  private static final RowMapper<Invitation> INVITATION = (rs, row) -> new Invitation(
      rs.getString("token_hash"), rs.getLong("session_id"),
      rs.getObject("member_id", Long.class), rs.getObject("subject_id", Long.class),
      rs.getObject("created_at", OffsetDateTime.class),
      rs.getObject("expires_at", OffsetDateTime.class),
      rs.getObject("used_at", OffsetDateTime.class), rs.getString("used_by"));

  private static final RowMapper<Participation> PARTICIPATION = (rs, row) -> new Participation(
      rs.getString("username"), rs.getLong("session_id"), rs.getObject("member_id", Long.class),
      rs.getObject("subject_id", Long.class));

  /** A logged download. */
  record Download(long dossierId, String fileName, long subjectId, String username,
      OffsetDateTime at) {}

  private final JdbcClient jdbc;

  PreparationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  // --- timeline

  Optional<Offsets> offsets(long sessionId) {
    return jdbc.sql("""
            SELECT dossier_due, dossier_release, questions_due, answers_due
            FROM prep_timeline WHERE session_id = :id""")
        .param("id", sessionId)
        .query((rs, row) -> new Offsets(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
        .optional();
  }

  void saveOffsets(long sessionId, Offsets o, String by, OffsetDateTime at) {
    jdbc.sql("DELETE FROM prep_timeline WHERE session_id = :id").param("id", sessionId)
        .update();
    jdbc.sql("""
            INSERT INTO prep_timeline (session_id, dossier_due, dossier_release, questions_due,
                answers_due, changed_by, changed_at)
            VALUES (:id, :a, :b, :c, :d, :by, :at)""")
        .param("id", sessionId).param("a", o.dossierDue()).param("b", o.release())
        .param("c", o.questionsDue()).param("d", o.answersDue()).param("by", by)
        .param("at", at).update();
  }

  // --- dossiers

  long insertDossier(long sessionId, long subjectId, String fileName, String contentType,
      byte[] bytes, String sha256, String by, OffsetDateTime at) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO dossier (session_id, subject_id, file_name, content_type, size_bytes,
                sha256, bytes, uploaded_by, uploaded_at)
            VALUES (:session, :subject, :name, :type, :size, :sha, :bytes, :by, :at)""")
        .param("session", sessionId).param("subject", subjectId).param("name", fileName)
        .param("type", contentType).param("size", bytes.length).param("sha", sha256)
        .param("bytes", bytes).param("by", by).param("at", at)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  List<Dossier> dossiers(long sessionId) {
    return jdbc.sql("SELECT " + DOSSIER_COLUMNS
            + " FROM dossier WHERE session_id = :id ORDER BY subject_id, id")
        .param("id", sessionId).query(DOSSIER).list();
  }

  Optional<Dossier> dossier(long sessionId, long dossierId) {
    return jdbc.sql("SELECT " + DOSSIER_COLUMNS
            + " FROM dossier WHERE session_id = :s AND id = :id")
        .param("s", sessionId).param("id", dossierId).query(DOSSIER).optional();
  }

  byte[] bytes(long dossierId) {
    return jdbc.sql("SELECT bytes FROM dossier WHERE id = :id").param("id", dossierId)
        .query((rs, row) -> rs.getBytes(1)).single();
  }

  void deleteDossier(long dossierId) {
    jdbc.sql("DELETE FROM dossier WHERE id = :id").param("id", dossierId).update();
  }

  void logDownload(long dossierId, String username, OffsetDateTime at) {
    jdbc.sql("""
            INSERT INTO dossier_download (dossier_id, username, downloaded_at)
            VALUES (:id, :user, :at)""")
        .param("id", dossierId).param("user", username).param("at", at).update();
  }

  List<Download> downloads(long sessionId) {
    return jdbc.sql("""
            SELECT d.id, d.file_name, d.subject_id, l.username, l.downloaded_at
            FROM dossier_download l JOIN dossier d ON d.id = l.dossier_id
            WHERE d.session_id = :id ORDER BY l.downloaded_at DESC""")
        .param("id", sessionId)
        .query((rs, row) -> new Download(rs.getLong(1), rs.getString(2), rs.getLong(3),
            rs.getString(4), rs.getObject(5, OffsetDateTime.class)))
        .list();
  }

  // --- questions

  long insertQuestion(long sessionId, long subjectId, String askedBy, String askerName,
      boolean anonymous, String text, OffsetDateTime at) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO prep_question (session_id, subject_id, asked_by, asker_name, anonymous,
                question, asked_at)
            VALUES (:session, :subject, :by, :name, :anonymous, :text, :at)""")
        .param("session", sessionId).param("subject", subjectId).param("by", askedBy)
        .param("name", askerName).param("anonymous", anonymous).param("text", text)
        .param("at", at)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  List<Question> questions(long sessionId) {
    return jdbc.sql("SELECT * FROM prep_question WHERE session_id = :id ORDER BY asked_at, id")
        .param("id", sessionId).query(QUESTION).list();
  }

  Optional<Question> question(long sessionId, long questionId) {
    return jdbc.sql("SELECT * FROM prep_question WHERE session_id = :s AND id = :id")
        .param("s", sessionId).param("id", questionId).query(QUESTION).optional();
  }

  void answer(long questionId, String answer, String by, OffsetDateTime at) {
    jdbc.sql("""
            UPDATE prep_question SET answer = :answer, answered_by = :by, answered_at = :at
            WHERE id = :id""")
        .param("answer", answer).param("by", by).param("at", at).param("id", questionId)
        .update();
  }

  // --- invitations and participants

  void insertInvitation(String tokenHash, long sessionId, Long memberId, Long subjectId,
      String by, OffsetDateTime at, OffsetDateTime expires) {
    jdbc.sql("""
            INSERT INTO invitation (token_hash, session_id, member_id, subject_id, created_by,
                created_at, expires_at)
            VALUES (:hash, :session, :member, :subject, :by, :at, :expires)""")
        .param("hash", tokenHash).param("session", sessionId).param("member", memberId)
        .param("subject", subjectId).param("by", by).param("at", at).param("expires", expires)
        .update();
  }

  /** Unused invitations of that person are withdrawn when a new one is made. */
  void withdrawInvitations(long sessionId, Long memberId, Long subjectId) {
    jdbc.sql("""
            DELETE FROM invitation WHERE session_id = :session AND used_at IS NULL
              AND (member_id = :member OR subject_id = :subject)""")
        .param("session", sessionId).param("member", memberId == null ? -1 : memberId)
        .param("subject", subjectId == null ? -1 : subjectId).update();
  }

  Optional<Invitation> invitation(String tokenHash) {
    return jdbc.sql("SELECT * FROM invitation WHERE token_hash = :hash")
        .param("hash", tokenHash).query(INVITATION).optional();
  }

  List<Invitation> invitations(long sessionId) {
    return jdbc.sql("SELECT * FROM invitation WHERE session_id = :id ORDER BY created_at")
        .param("id", sessionId).query(INVITATION).list();
  }

  /** Marks it used; false when someone else used it first. */
  boolean useInvitation(String tokenHash, String username, OffsetDateTime at) {
    return jdbc.sql("""
            UPDATE invitation SET used_at = :at, used_by = :user
            WHERE token_hash = :hash AND used_at IS NULL""")
        .param("at", at).param("user", username).param("hash", tokenHash).update() == 1;
  }

  void insertParticipant(String username, long sessionId, Long memberId, Long subjectId,
      OffsetDateTime at) {
    jdbc.sql("""
            INSERT INTO participant (username, session_id, member_id, subject_id, joined_at)
            VALUES (:user, :session, :member, :subject, :at)""")
        .param("user", username).param("session", sessionId).param("member", memberId)
        .param("subject", subjectId).param("at", at).update();
  }

  List<Participation> participations(String username) {
    return jdbc.sql("SELECT * FROM participant WHERE username = :user ORDER BY session_id")
        .param("user", username).query(PARTICIPATION).list();
  }

  List<Participation> participants(long sessionId) {
    return jdbc.sql("SELECT * FROM participant WHERE session_id = :id")
        .param("id", sessionId).query(PARTICIPATION).list();
  }
}
