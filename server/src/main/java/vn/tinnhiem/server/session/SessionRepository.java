package vn.tinnhiem.server.session;

import vn.tinnhiem.server.tally.InvalidityMode;
import vn.tinnhiem.server.tally.CountingBase;
import vn.tinnhiem.server.tally.Preset;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.tinnhiem.server.system.Names;

/**
 * The tables of the {@code session} feature. Plain reads and writes: the
 * rules live in {@link SessionService}.
 */
@Repository
class SessionRepository {

  private static final String SESSION_COLUMNS = """
      id, title, organisation, held_on, place, preset, counting_base, invalidity_mode,
      blank_allowed, status, created_by, created_at""";

  private static final RowMapper<VoteSession> SESSION = (rs, row) -> new VoteSession(
      rs.getLong("id"),
      new SessionDetails(
          rs.getString("title"),
          rs.getString("organisation"),
          rs.getObject("held_on", java.time.LocalDate.class),
          rs.getString("place"),
          Preset.valueOf(rs.getString("preset")),
          CountingBase.valueOf(rs.getString("counting_base")),
          InvalidityMode.valueOf(rs.getString("invalidity_mode")),
          rs.getBoolean("blank_allowed")),
      SessionStatus.valueOf(rs.getString("status")),
      rs.getString("created_by"),
      timestamp(rs, "created_at"));

  private static final RowMapper<Site> SITE = (rs, row) -> new Site(
      rs.getLong("id"), rs.getLong("session_id"), rs.getString("name"), rs.getInt("ordinal"));

  private static final RowMapper<Member> MEMBER = (rs, row) -> new Member(
      rs.getLong("id"), rs.getLong("session_id"), rs.getLong("site_id"),
      rs.getString("full_name"), rs.getString("unit"));

  private static final RowMapper<Subject> SUBJECT = (rs, row) -> new Subject(
      rs.getLong("id"), rs.getLong("session_id"), rs.getInt("ordinal"),
      rs.getString("full_name"), rs.getString("position_title"),
      rs.getObject("member_id", Long.class));

  private static final RowMapper<Exclusion> EXCLUSION = (rs, row) -> new Exclusion(
      rs.getLong("id"), rs.getLong("session_id"), rs.getString("full_name"),
      rs.getString("position_title"), ExclusionReason.valueOf(rs.getString("reason")),
      rs.getString("note"));

  private static final RowMapper<SiteSecretary> SITE_SECRETARY = (rs, row) -> new SiteSecretary(
      rs.getLong("session_id"), rs.getLong("site_id"), rs.getString("username"));

  private static final RowMapper<Correction> CORRECTION = (rs, row) -> new Correction(
      rs.getLong("id"), rs.getLong("session_id"), timestamp(rs, "made_at"),
      rs.getString("made_by"), CorrectionField.valueOf(rs.getString("field")),
      rs.getLong("target_id"), rs.getString("old_value"), rs.getString("new_value"),
      rs.getString("reason"));

  private final JdbcClient jdbc;

  SessionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private static OffsetDateTime timestamp(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class);
  }

  // --- sessions ---

  List<VoteSession> findAll() {
    return jdbc.sql("SELECT " + SESSION_COLUMNS + " FROM vote_session ORDER BY held_on DESC, id DESC")
        .query(SESSION).list();
  }

  List<VoteSession> findAllOfSiteSecretary(String username) {
    return jdbc.sql("SELECT " + SESSION_COLUMNS + """
             FROM vote_session WHERE id IN
              (SELECT session_id FROM site_secretary WHERE username = :username)
            ORDER BY held_on DESC, id DESC""")
        .param("username", username).query(SESSION).list();
  }

  Optional<VoteSession> find(long id) {
    return jdbc.sql("SELECT " + SESSION_COLUMNS + " FROM vote_session WHERE id = :id")
        .param("id", id).query(SESSION).optional();
  }

  /** Reads the session and locks its row until the transaction ends. */
  Optional<VoteSession> lock(long id) {
    return jdbc.sql("SELECT " + SESSION_COLUMNS + " FROM vote_session WHERE id = :id FOR UPDATE")
        .param("id", id).query(SESSION).optional();
  }

  long insert(SessionDetails d, String by, OffsetDateTime at) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO vote_session (title, organisation, held_on, place, preset, counting_base,
                invalidity_mode, blank_allowed, status, created_by, created_at)
            VALUES (:title, :organisation, :heldOn, :place, :preset, :base, :invalidity,
                :blank, 'DRAFT', :by, :at)""")
        .param("title", d.title()).param("organisation", d.organisation())
        .param("heldOn", d.heldOn()).param("place", d.place())
        .param("preset", d.preset().name()).param("base", d.base().name())
        .param("invalidity", d.invalidity().name()).param("blank", d.blankAllowed())
        .param("by", by).param("at", at)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  void update(long id, SessionDetails d) {
    jdbc.sql("""
            UPDATE vote_session SET title = :title, organisation = :organisation,
                held_on = :heldOn, place = :place, preset = :preset, counting_base = :base,
                invalidity_mode = :invalidity, blank_allowed = :blank
            WHERE id = :id""")
        .param("title", d.title()).param("organisation", d.organisation())
        .param("heldOn", d.heldOn()).param("place", d.place())
        .param("preset", d.preset().name()).param("base", d.base().name())
        .param("invalidity", d.invalidity().name()).param("blank", d.blankAllowed())
        .param("id", id)
        .update();
  }

  void updateStatus(long id, SessionStatus status, String by, OffsetDateTime at) {
    jdbc.sql("UPDATE vote_session SET status = :status WHERE id = :id")
        .param("status", status.name()).param("id", id).update();
    jdbc.sql("""
            INSERT INTO session_status_change (session_id, status, changed_at, changed_by)
            VALUES (:id, :status, :at, :by)""")
        .param("id", id).param("status", status.name()).param("at", at).param("by", by)
        .update();
  }

  Optional<OffsetDateTime> statusChangedAt(long id, SessionStatus status) {
    return jdbc.sql("""
            SELECT changed_at FROM session_status_change
            WHERE session_id = :id AND status = :status""")
        .param("id", id).param("status", status.name())
        .query((rs, row) -> timestamp(rs, "changed_at")).optional();
  }

  // --- sites ---

  List<Site> sites(long sessionId) {
    return jdbc.sql("SELECT id, session_id, name, ordinal FROM session_site"
            + " WHERE session_id = :s ORDER BY ordinal, id")
        .param("s", sessionId).query(SITE).list();
  }

  long insertSite(long sessionId, String name) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO session_site (session_id, name, name_key, ordinal)
            VALUES (:s, :name, :key,
                (SELECT COALESCE(MAX(ordinal), 0) + 1 FROM session_site WHERE session_id = :s))""")
        .param("s", sessionId).param("name", name).param("key", Names.key(name))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  void deleteSite(long siteId) {
    jdbc.sql("DELETE FROM site_secretary WHERE site_id = :id").param("id", siteId).update();
    jdbc.sql("DELETE FROM session_site WHERE id = :id").param("id", siteId).update();
  }

  // --- members ---

  List<Member> members(long sessionId) {
    return jdbc.sql("""
            SELECT m.id, m.session_id, m.site_id, m.full_name, m.unit
            FROM summoned_member m JOIN session_site s ON s.id = m.site_id
            WHERE m.session_id = :s ORDER BY s.ordinal, m.id""")
        .param("s", sessionId).query(MEMBER).list();
  }

  long insertMember(long sessionId, long siteId, String fullName, String unit) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO summoned_member (session_id, site_id, full_name, name_key, unit, unit_key)
            VALUES (:s, :site, :name, :nameKey, :unit, :unitKey)""")
        .param("s", sessionId).param("site", siteId)
        .param("name", fullName).param("nameKey", Names.key(fullName))
        .param("unit", unit).param("unitKey", Names.key(unit))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  void updateMember(long memberId, String fullName, String unit) {
    jdbc.sql("""
            UPDATE summoned_member SET full_name = :name, name_key = :nameKey,
                unit = :unit, unit_key = :unitKey
            WHERE id = :id""")
        .param("name", fullName).param("nameKey", Names.key(fullName))
        .param("unit", unit).param("unitKey", Names.key(unit)).param("id", memberId)
        .update();
  }

  void deleteMember(long memberId) {
    jdbc.sql("UPDATE subject SET member_id = NULL WHERE member_id = :id")
        .param("id", memberId).update();
    jdbc.sql("DELETE FROM summoned_member WHERE id = :id").param("id", memberId).update();
  }

  // --- subjects ---

  List<Subject> subjects(long sessionId) {
    return jdbc.sql("""
            SELECT id, session_id, ordinal, full_name, position_title, member_id
            FROM subject WHERE session_id = :s ORDER BY ordinal""")
        .param("s", sessionId).query(SUBJECT).list();
  }

  long insertSubject(long sessionId, int ordinal, String fullName, String position,
      Long memberId) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO subject (session_id, ordinal, full_name, name_key, position_title,
                position_key, member_id)
            VALUES (:s, :ordinal, :name, :nameKey, :position, :positionKey, :member)""")
        .param("s", sessionId).param("ordinal", ordinal)
        .param("name", fullName).param("nameKey", Names.key(fullName))
        .param("position", position).param("positionKey", Names.key(position))
        .param("member", memberId, java.sql.Types.BIGINT)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  void updateSubject(long subjectId, String fullName, String position) {
    jdbc.sql("""
            UPDATE subject SET full_name = :name, name_key = :nameKey,
                position_title = :position, position_key = :positionKey
            WHERE id = :id""")
        .param("name", fullName).param("nameKey", Names.key(fullName))
        .param("position", position).param("positionKey", Names.key(position))
        .param("id", subjectId)
        .update();
  }

  void deleteSubject(long subjectId) {
    jdbc.sql("DELETE FROM subject WHERE id = :id").param("id", subjectId).update();
  }

  // --- exclusions ---

  List<Exclusion> exclusions(long sessionId) {
    return jdbc.sql("""
            SELECT id, session_id, full_name, position_title, reason, note
            FROM exclusion WHERE session_id = :s ORDER BY id""")
        .param("s", sessionId).query(EXCLUSION).list();
  }

  long insertExclusion(long sessionId, String fullName, String position, ExclusionReason reason,
      String note) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO exclusion (session_id, full_name, name_key, position_title, position_key,
                reason, note)
            VALUES (:s, :name, :nameKey, :position, :positionKey, :reason, :note)""")
        .param("s", sessionId)
        .param("name", fullName).param("nameKey", Names.key(fullName))
        .param("position", position).param("positionKey", Names.key(position))
        .param("reason", reason.name()).param("note", note)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  void deleteExclusion(long exclusionId) {
    jdbc.sql("DELETE FROM exclusion WHERE id = :id").param("id", exclusionId).update();
  }

  // --- site secretaries ---

  List<SiteSecretary> siteSecretaries(long sessionId) {
    return jdbc.sql("""
            SELECT session_id, site_id, username FROM site_secretary
            WHERE session_id = :s ORDER BY username""")
        .param("s", sessionId).query(SITE_SECRETARY).list();
  }

  Optional<SiteSecretary> siteSecretary(long sessionId, String username) {
    return jdbc.sql("""
            SELECT session_id, site_id, username FROM site_secretary
            WHERE session_id = :s AND username = :u""")
        .param("s", sessionId).param("u", username).query(SITE_SECRETARY).optional();
  }

  void assignSiteSecretary(long sessionId, long siteId, String username, String by,
      OffsetDateTime at) {
    int updated = jdbc.sql("""
            UPDATE site_secretary SET site_id = :site, assigned_by = :by, assigned_at = :at
            WHERE session_id = :s AND username = :u""")
        .param("site", siteId).param("by", by).param("at", at)
        .param("s", sessionId).param("u", username)
        .update();
    if (updated == 0) {
      jdbc.sql("""
              INSERT INTO site_secretary (session_id, username, site_id, assigned_by, assigned_at)
              VALUES (:s, :u, :site, :by, :at)""")
          .param("s", sessionId).param("u", username).param("site", siteId)
          .param("by", by).param("at", at)
          .update();
    }
  }

  void unassignSiteSecretary(long sessionId, String username) {
    jdbc.sql("DELETE FROM site_secretary WHERE session_id = :s AND username = :u")
        .param("s", sessionId).param("u", username).update();
  }

  // --- corrections ---

  List<Correction> corrections(long sessionId) {
    return jdbc.sql("""
            SELECT id, session_id, made_at, made_by, field, target_id, old_value, new_value,
                reason
            FROM session_correction WHERE session_id = :s ORDER BY id""")
        .param("s", sessionId).query(CORRECTION).list();
  }

  void insertCorrection(long sessionId, OffsetDateTime at, String by, CorrectionField field,
      long targetId, String oldValue, String newValue, String reason) {
    jdbc.sql("""
            INSERT INTO session_correction (session_id, made_at, made_by, field, target_id,
                old_value, new_value, reason)
            VALUES (:s, :at, :by, :field, :target, :old, :new, :reason)""")
        .param("s", sessionId).param("at", at).param("by", by).param("field", field.name())
        .param("target", targetId).param("old", oldValue).param("new", newValue)
        .param("reason", reason)
        .update();
  }

  void updateSessionText(long id, CorrectionField field, String value) {
    String column = switch (field) {
      case SESSION_TITLE -> "title";
      case SESSION_ORGANISATION -> "organisation";
      case SESSION_PLACE -> "place";
      default -> throw new IllegalArgumentException("not a session field: " + field);
    };
    jdbc.sql("UPDATE vote_session SET " + column + " = :v WHERE id = :id")
        .param("v", value).param("id", id).update();
  }
}
