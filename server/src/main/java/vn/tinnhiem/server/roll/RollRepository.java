package vn.tinnhiem.server.roll;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables of the {@code roll} feature. */
@Repository
class RollRepository {

  private final JdbcClient jdbc;

  RollRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Marks by member id. */
  Map<Long, Mark> marks(long sessionId) {
    Map<Long, Mark> marks = new HashMap<>();
    jdbc.sql("SELECT member_id, mark FROM roll_mark WHERE session_id = :s")
        .param("s", sessionId)
        .query(rs -> {
          marks.put(rs.getLong("member_id"), Mark.valueOf(rs.getString("mark")));
        });
    return marks;
  }

  void saveMark(long sessionId, long memberId, Mark mark, String by, OffsetDateTime at) {
    int updated = jdbc.sql("""
            UPDATE roll_mark SET mark = :mark, marked_by = :by, marked_at = :at
            WHERE member_id = :m""")
        .param("mark", mark.name()).param("by", by).param("at", at).param("m", memberId)
        .update();
    if (updated == 0) {
      jdbc.sql("""
              INSERT INTO roll_mark (member_id, session_id, mark, marked_by, marked_at)
              VALUES (:m, :s, :mark, :by, :at)""")
          .param("m", memberId).param("s", sessionId).param("mark", mark.name())
          .param("by", by).param("at", at)
          .update();
    }
  }

  /** Bare present counts by site id. */
  Map<Long, Integer> siteCounts(long sessionId) {
    Map<Long, Integer> counts = new HashMap<>();
    jdbc.sql("SELECT site_id, present FROM roll_site_count WHERE session_id = :s")
        .param("s", sessionId)
        .query(rs -> {
          counts.put(rs.getLong("site_id"), rs.getInt("present"));
        });
    return counts;
  }

  void saveSiteCount(long sessionId, long siteId, int present, String by, OffsetDateTime at) {
    int updated = jdbc.sql("""
            UPDATE roll_site_count SET present = :p, counted_by = :by, counted_at = :at
            WHERE site_id = :site""")
        .param("p", present).param("by", by).param("at", at).param("site", siteId)
        .update();
    if (updated == 0) {
      jdbc.sql("""
              INSERT INTO roll_site_count (site_id, session_id, present, counted_by, counted_at)
              VALUES (:site, :s, :p, :by, :at)""")
          .param("site", siteId).param("s", sessionId).param("p", present)
          .param("by", by).param("at", at)
          .update();
    }
  }

  void deleteSiteCount(long siteId) {
    jdbc.sql("DELETE FROM roll_site_count WHERE site_id = :site").param("site", siteId).update();
  }

  void insertOpening(VotingOpening opening) {
    jdbc.sql("""
            INSERT INTO voting_opening (session_id, opened_at, opened_by, summoned, present)
            VALUES (:s, :at, :by, :summoned, :present)""")
        .param("s", opening.sessionId()).param("at", opening.openedAt())
        .param("by", opening.openedBy())
        .param("summoned", opening.quorum().summoned())
        .param("present", opening.quorum().present())
        .update();
    for (Long siteId : opening.siteIds()) {
      jdbc.sql("""
              INSERT INTO voting_opening_site (session_id, site_id, summoned, present)
              VALUES (:s, :site, :summoned, :present)""")
          .param("s", opening.sessionId()).param("site", siteId)
          .param("summoned", opening.summonedBySite().get(siteId))
          .param("present", opening.presentBySite().get(siteId))
          .update();
    }
  }

  Optional<VotingOpening> opening(long sessionId) {
    Map<Long, Integer> present = new HashMap<>();
    Map<Long, Integer> summoned = new HashMap<>();
    jdbc.sql("SELECT site_id, summoned, present FROM voting_opening_site WHERE session_id = :s")
        .param("s", sessionId)
        .query(rs -> {
          present.put(rs.getLong("site_id"), rs.getInt("present"));
          summoned.put(rs.getLong("site_id"), rs.getInt("summoned"));
        });
    return jdbc.sql("""
            SELECT opened_at, opened_by, summoned, present FROM voting_opening
            WHERE session_id = :s""")
        .param("s", sessionId)
        .query((rs, row) -> new VotingOpening(sessionId,
            rs.getObject("opened_at", OffsetDateTime.class), rs.getString("opened_by"),
            new Quorum(rs.getInt("summoned"), rs.getInt("present")), present, summoned))
        .optional();
  }
}
