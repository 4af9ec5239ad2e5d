package vn.tinnhiem.server.voting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tinnhiem.crypto.group.Group;

/** The {@code election} and {@code election_trustee} tables. */
@Repository
class ElectionRepository {

  private static final String COLUMNS = """
      session_id, uuid, group_name, trustee_count, threshold, state, election_json,
      trustees_json, fingerprint, board_timestamp, next_seq, next_height, last_event""";

  private final JdbcClient jdbc;

  ElectionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<ElectionRecord> find(long sessionId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM election WHERE session_id = :s")
        .param("s", sessionId).query(ElectionRepository::election).optional();
  }

  /** The row locked until the transaction ends: every change to an election goes through it. */
  Optional<ElectionRecord> lock(long sessionId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM election WHERE session_id = :s FOR UPDATE")
        .param("s", sessionId).query(ElectionRepository::election).optional();
  }

  void insert(long sessionId, String uuid, Group group, int trustees, int threshold, String by,
      OffsetDateTime at) {
    jdbc.sql("""
            INSERT INTO election (session_id, uuid, group_name, trustee_count, threshold, state,
                next_seq, next_height, created_by, created_at)
            VALUES (:s, :uuid, :g, :n, :k, 'KEYS', 1, 0, :by, :at)""")
        .param("s", sessionId).param("uuid", uuid).param("g", group.name())
        .param("n", trustees).param("k", threshold).param("by", by).param("at", at)
        .update();
  }

  void delete(long sessionId) {
    jdbc.sql("DELETE FROM election_trustee WHERE session_id = :s").param("s", sessionId).update();
    jdbc.sql("DELETE FROM election WHERE session_id = :s").param("s", sessionId).update();
  }

  void fixKey(long sessionId, byte[] electionJson, byte[] trusteesJson, String fingerprint) {
    jdbc.sql("""
            UPDATE election SET state = 'READY', election_json = :e, trustees_json = :t,
                fingerprint = :f WHERE session_id = :s""")
        .param("e", electionJson).param("t", trusteesJson).param("f", fingerprint)
        .param("s", sessionId).update();
  }

  void setState(long sessionId, ElectionState state) {
    jdbc.sql("UPDATE election SET state = :state WHERE session_id = :s")
        .param("state", state.name()).param("s", sessionId).update();
  }

  void startBoard(long sessionId, long timestamp) {
    jdbc.sql("UPDATE election SET board_timestamp = :t WHERE session_id = :s")
        .param("t", timestamp).param("s", sessionId).update();
  }

  void moveHead(long sessionId, int nextSeq, int nextHeight, String lastEvent) {
    jdbc.sql("""
            UPDATE election SET next_seq = :seq, next_height = :h, last_event = :e
            WHERE session_id = :s""")
        .param("seq", nextSeq).param("h", nextHeight).param("e", lastEvent)
        .param("s", sessionId).update();
  }

  // ---- trustees -------------------------------------------------------------------------------

  void insertTrustee(long sessionId, int index, long memberId, String tokenHash) {
    jdbc.sql("""
            INSERT INTO election_trustee (session_id, trustee_index, member_id, token_hash)
            VALUES (:s, :i, :m, :t)""")
        .param("s", sessionId).param("i", index).param("m", memberId).param("t", tokenHash)
        .update();
  }

  void replaceToken(long sessionId, int index, String tokenHash) {
    jdbc.sql("""
            UPDATE election_trustee SET token_hash = :t
            WHERE session_id = :s AND trustee_index = :i""")
        .param("t", tokenHash).param("s", sessionId).param("i", index).update();
  }

  List<TrusteeRecord> trustees(long sessionId) {
    return jdbc.sql("""
            SELECT session_id, trustee_index, member_id, public_key, certificate, polynomial,
                voutput, partial_decryption
            FROM election_trustee WHERE session_id = :s ORDER BY trustee_index""")
        .param("s", sessionId).query(ElectionRepository::trustee).list();
  }

  Optional<TrusteeRecord> trusteeByToken(String tokenHash) {
    return jdbc.sql("""
            SELECT session_id, trustee_index, member_id, public_key, certificate, polynomial,
                voutput, partial_decryption
            FROM election_trustee WHERE token_hash = :t""")
        .param("t", tokenHash).query(ElectionRepository::trustee).optional();
  }

  /** Stores one published message; {@code column} is one of the trustee's message columns. */
  void publish(long sessionId, int index, TrusteeMessage column, String json) {
    jdbc.sql("UPDATE election_trustee SET " + column.column
            + " = :j WHERE session_id = :s AND trustee_index = :i")
        .param("j", json).param("s", sessionId).param("i", index).update();
  }

  /** What a trustee publishes, and where it is kept. */
  enum TrusteeMessage {
    PUBLIC_KEY("public_key"),
    CERTIFICATE("certificate"),
    POLYNOMIAL("polynomial"),
    VOUTPUT("voutput"),
    PARTIAL_DECRYPTION("partial_decryption");

    private final String column;

    TrusteeMessage(String column) {
      this.column = column;
    }
  }

  private static ElectionRecord election(ResultSet rs, int row) throws SQLException {
    return new ElectionRecord(rs.getLong("session_id"), rs.getString("uuid"),
        Group.byName(rs.getString("group_name")), rs.getInt("trustee_count"),
        rs.getInt("threshold"), ElectionState.valueOf(rs.getString("state")),
        rs.getBytes("election_json"), rs.getBytes("trustees_json"), rs.getString("fingerprint"),
        rs.getObject("board_timestamp", Long.class), rs.getInt("next_seq"), rs.getInt("next_height"),
        rs.getString("last_event"));
  }

  private static TrusteeRecord trustee(ResultSet rs, int row) throws SQLException {
    return new TrusteeRecord(rs.getLong("session_id"), rs.getInt("trustee_index"),
        rs.getLong("member_id"), rs.getString("public_key"), rs.getString("certificate"),
        rs.getString("polynomial"), rs.getString("voutput"), rs.getString("partial_decryption"));
  }
}
