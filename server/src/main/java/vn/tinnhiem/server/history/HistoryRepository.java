package vn.tinnhiem.server.history;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.tinnhiem.server.account.Role;
import vn.tinnhiem.server.system.Names;

/** The tables of the {@code history} feature: person, subject_person, history_access. */
@Repository
class HistoryRepository {

  private static final RowMapper<Person> PERSON = (rs, row) -> new Person(rs.getLong("id"),
      rs.getString("full_name"), rs.getString("unit"));

  /** A subject linked to a person: the session and the row on its ballot. */
  record Linked(long subjectId, long sessionId) {}

  private final JdbcClient jdbc;

  HistoryRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insertPerson(String fullName, String unit, String by, OffsetDateTime at) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO person (full_name, name_key, unit, created_by, created_at)
            VALUES (:name, :key, :unit, :by, :at)""")
        .param("name", fullName).param("key", Names.key(fullName)).param("unit", unit)
        .param("by", by).param("at", at)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  Optional<Person> person(long id) {
    return jdbc.sql("SELECT id, full_name, unit FROM person WHERE id = :id").param("id", id)
        .query(PERSON).optional();
  }

  List<Person> people() {
    return jdbc.sql("SELECT id, full_name, unit FROM person ORDER BY name_key, id")
        .query(PERSON).list();
  }

  List<Person> namesakes(String fullName) {
    return jdbc.sql("SELECT id, full_name, unit FROM person WHERE name_key = :key ORDER BY id")
        .param("key", Names.key(fullName)).query(PERSON).list();
  }

  void link(long subjectId, long personId, String by, OffsetDateTime at) {
    jdbc.sql("DELETE FROM subject_person WHERE subject_id = :s").param("s", subjectId).update();
    jdbc.sql("""
            INSERT INTO subject_person (subject_id, person_id, linked_by, linked_at)
            VALUES (:s, :p, :by, :at)""")
        .param("s", subjectId).param("p", personId).param("by", by).param("at", at).update();
  }

  void unlink(long subjectId) {
    jdbc.sql("DELETE FROM subject_person WHERE subject_id = :s").param("s", subjectId).update();
  }

  /** Person id per subject id, for the subjects of a session. */
  Map<Long, Long> links(long sessionId) {
    return jdbc.sql("""
            SELECT sp.subject_id, sp.person_id FROM subject_person sp
            JOIN subject s ON s.id = sp.subject_id WHERE s.session_id = :id""")
        .param("id", sessionId)
        .query((rs, row) -> Map.entry(rs.getLong(1), rs.getLong(2))).list().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  List<Linked> rounds(long personId) {
    return jdbc.sql("""
            SELECT s.id, s.session_id FROM subject_person sp
            JOIN subject s ON s.id = sp.subject_id
            JOIN vote_session v ON v.id = s.session_id
            WHERE sp.person_id = :p ORDER BY v.held_on, v.id, s.ordinal""")
        .param("p", personId).query((rs, row) -> new Linked(rs.getLong(1), rs.getLong(2)))
        .list();
  }

  Map<Long, Integer> roundCounts() {
    return jdbc.sql("SELECT person_id, COUNT(*) FROM subject_person GROUP BY person_id")
        .query((rs, row) -> Map.entry(rs.getLong(1), rs.getInt(2))).list().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  Set<Role> readers() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    jdbc.sql("SELECT role FROM history_access").query(String.class).list()
        .forEach(r -> roles.add(Role.valueOf(r)));
    return roles;
  }

  void replaceReaders(Set<Role> roles, String by, OffsetDateTime at) {
    jdbc.sql("DELETE FROM history_access").update();
    for (Role role : roles) {
      jdbc.sql("""
              INSERT INTO history_access (role, granted_by, granted_at)
              VALUES (:role, :by, :at)""")
          .param("role", role.name()).param("by", by).param("at", at).update();
    }
  }
}
