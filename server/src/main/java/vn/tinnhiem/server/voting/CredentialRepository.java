package vn.tinnhiem.server.voting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code site_credentials}, {@code public_credential} and void tables. */
@Repository
class CredentialRepository {

  private final JdbcClient jdbc;

  CredentialRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Credentials issued per site id. */
  Map<Long, Integer> issuedBySite(long sessionId) {
    return jdbc.sql("SELECT site_id, issued FROM site_credentials WHERE session_id = :s")
        .param("s", sessionId)
        .query((rs, row) -> Map.entry(rs.getLong("site_id"), rs.getInt("issued")))
        .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  Optional<Integer> issued(long sessionId, long siteId) {
    return jdbc.sql("SELECT issued FROM site_credentials WHERE session_id = :s AND site_id = :t")
        .param("s", sessionId).param("t", siteId).query(Integer.class).optional();
  }

  void insert(long sessionId, long siteId, List<String> credentials, String by,
      OffsetDateTime at) {
    jdbc.sql("""
            INSERT INTO site_credentials (session_id, site_id, issued, issued_by, issued_at)
            VALUES (:s, :t, :n, :by, :at)""")
        .param("s", sessionId).param("t", siteId).param("n", credentials.size())
        .param("by", by).param("at", at).update();
    for (String c : credentials) {
      jdbc.sql("""
              INSERT INTO public_credential (session_id, site_id, credential)
              VALUES (:s, :t, :c)""")
          .param("s", sessionId).param("t", siteId).param("c", c).update();
    }
  }

  void voidSite(long sessionId, long siteId, int issued, String by, OffsetDateTime at) {
    jdbc.sql("DELETE FROM public_credential WHERE session_id = :s AND site_id = :t")
        .param("s", sessionId).param("t", siteId).update();
    jdbc.sql("DELETE FROM site_credentials WHERE session_id = :s AND site_id = :t")
        .param("s", sessionId).param("t", siteId).update();
    jdbc.sql("""
            INSERT INTO site_credentials_void (session_id, site_id, issued, voided_by, voided_at)
            VALUES (:s, :t, :n, :by, :at)""")
        .param("s", sessionId).param("t", siteId).param("n", issued).param("by", by)
        .param("at", at).update();
  }

  boolean anyOf(long sessionId, List<String> credentials) {
    for (String c : credentials) {
      if (jdbc.sql("SELECT COUNT(*) FROM public_credential WHERE session_id = :s"
              + " AND credential = :c")
          .param("s", sessionId).param("c", c).query(Integer.class).single() > 0) {
        return true;
      }
    }
    return false;
  }

  boolean contains(long sessionId, String credential) {
    return anyOf(sessionId, List.of(credential));
  }

  /** Every public credential of the session, in any order. */
  List<String> all(long sessionId) {
    return jdbc.sql("SELECT credential FROM public_credential WHERE session_id = :s")
        .param("s", sessionId).query(String.class).list();
  }

  /** Which site a public credential was issued at. */
  Optional<Long> siteOf(long sessionId, String credential) {
    return jdbc.sql("""
            SELECT site_id FROM public_credential WHERE session_id = :s AND credential = :c""")
        .param("s", sessionId).param("c", credential).query(Long.class).optional();
  }
}
