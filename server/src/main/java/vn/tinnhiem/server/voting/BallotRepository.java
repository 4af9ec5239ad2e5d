package vn.tinnhiem.server.voting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code board_ballot} index of the Ballot events on the board. */
@Repository
class BallotRepository {

  private final JdbcClient jdbc;

  BallotRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean exists(long sessionId, String trackingCode) {
    return jdbc.sql("""
            SELECT COUNT(*) FROM board_ballot WHERE session_id = :s AND tracking_code = :t""")
        .param("s", sessionId).param("t", trackingCode).query(Integer.class).single() > 0;
  }

  boolean credentialUsed(long sessionId, String credential) {
    return jdbc.sql("""
            SELECT COUNT(*) FROM board_ballot WHERE session_id = :s AND credential = :c""")
        .param("s", sessionId).param("c", credential).query(Integer.class).single() > 0;
  }

  void insert(long sessionId, String trackingCode, String credential, int seq,
      OffsetDateTime at) {
    jdbc.sql("""
            INSERT INTO board_ballot (session_id, tracking_code, credential, seq, cast_at)
            VALUES (:s, :t, :c, :seq, :at)""")
        .param("s", sessionId).param("t", trackingCode).param("c", credential)
        .param("seq", seq).param("at", at).update();
  }

  /** Tracking codes in board order (revoted ballots included: they are on the board too). */
  List<String> trackingCodes(long sessionId) {
    return jdbc.sql("""
            SELECT tracking_code FROM board_ballot WHERE session_id = :s ORDER BY seq""")
        .param("s", sessionId).query(String.class).list();
  }

  /** Voters who cast (distinct credentials) per site id. */
  Map<Long, Integer> votersBySite(long sessionId) {
    return jdbc.sql("""
            SELECT p.site_id, COUNT(DISTINCT b.credential) AS voters
            FROM board_ballot b JOIN public_credential p
              ON p.session_id = b.session_id AND p.credential = b.credential
            WHERE b.session_id = :s GROUP BY p.site_id""")
        .param("s", sessionId)
        .query((rs, row) -> Map.entry(rs.getLong("site_id"), rs.getInt("voters")))
        .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
