package vn.tinnhiem.server.news;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The tables of the {@code news} feature. */
@Repository
class NewsRepository {

  private static final String COLUMNS = """
      n.id, n.session_id, n.organisation, n.title, n.news_date, n.body, n.caption, n.status,
      n.updated_at, n.published_at, n.views,
      (SELECT COUNT(*) FROM news_photo p WHERE p.item_id = n.id) AS photos""";

  private static final RowMapper<NewsItem> ITEM = (rs, row) -> new NewsItem(rs.getLong("id"),
      rs.getObject("session_id", Long.class), rs.getString("organisation"),
      rs.getString("title"), rs.getObject("news_date", LocalDate.class), rs.getString("body"),
      rs.getString("caption"), "PUBLISHED".equals(rs.getString("status")),
      rs.getInt("photos") > 0, rs.getObject("updated_at", OffsetDateTime.class),
      rs.getObject("published_at", OffsetDateTime.class), rs.getLong("views"));

  /** A stored photo. */
  record Photo(String contentType, byte[] bytes, String sha256) {}

  private final JdbcClient jdbc;

  NewsRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(Long sessionId, String organisation, String title, LocalDate date, String body,
      String by, OffsetDateTime at) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO news_item (session_id, organisation, title, news_date, body, caption,
                status, created_by, created_at, updated_at)
            VALUES (:session, :organisation, :title, :date, :body, '', 'DRAFT', :by, :at, :at)""")
        .param("session", sessionId).param("organisation", organisation)
        .param("title", title).param("date", date).param("body", body).param("by", by)
        .param("at", at)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  void updateText(long id, String title, LocalDate date, String body, String caption,
      OffsetDateTime at) {
    jdbc.sql("""
            UPDATE news_item SET title = :title, news_date = :date, body = :body,
                caption = :caption, updated_at = :at WHERE id = :id""")
        .param("title", title).param("date", date).param("body", body)
        .param("caption", caption).param("at", at).param("id", id).update();
  }

  void setStatus(long id, boolean published, OffsetDateTime at) {
    jdbc.sql("""
            UPDATE news_item SET status = :status, updated_at = :at,
                published_at = CASE WHEN :published AND published_at IS NULL THEN :at
                                    ELSE published_at END
            WHERE id = :id""")
        .param("status", published ? "PUBLISHED" : "DRAFT").param("published", published)
        .param("at", at).param("id", id).update();
  }

  Optional<NewsItem> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM news_item n WHERE n.id = :id")
        .param("id", id).query(ITEM).optional();
  }

  List<NewsItem> all() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM news_item n ORDER BY n.news_date DESC, n.id DESC")
        .query(ITEM).list();
  }

  List<NewsItem> published(int limit) {
    return jdbc.sql("SELECT " + COLUMNS + """
             FROM news_item n WHERE n.status = 'PUBLISHED'
            ORDER BY n.news_date DESC, n.id DESC LIMIT :limit""")
        .param("limit", limit).query(ITEM).list();
  }

  void savePhoto(long id, String contentType, byte[] bytes, String sha256) {
    jdbc.sql("DELETE FROM news_photo WHERE item_id = :id").param("id", id).update();
    jdbc.sql("""
            INSERT INTO news_photo (item_id, content_type, bytes, sha256)
            VALUES (:id, :type, :bytes, :sha)""")
        .param("id", id).param("type", contentType).param("bytes", bytes).param("sha", sha256)
        .update();
  }

  Optional<Photo> photo(long id) {
    return jdbc.sql("SELECT content_type, bytes, sha256 FROM news_photo WHERE item_id = :id")
        .param("id", id)
        .query((rs, row) -> new Photo(rs.getString(1), rs.getBytes(2), rs.getString(3)))
        .optional();
  }

  /** 1 when this reader had not been seen today for this item, 0 otherwise. */
  int markSeen(long id, LocalDate day, String readerHash) {
    return jdbc.sql("""
            INSERT INTO news_view (item_id, view_day, reader_hash) VALUES (:id, :day, :hash)
            ON CONFLICT DO NOTHING""")
        .param("id", id).param("day", day).param("hash", readerHash).update();
  }

  void countView(long id) {
    jdbc.sql("UPDATE news_item SET views = views + 1 WHERE id = :id").param("id", id).update();
  }

  void forgetBefore(LocalDate day) {
    jdbc.sql("DELETE FROM news_view WHERE view_day < :day").param("day", day).update();
  }

  Optional<String> secret() {
    return jdbc.sql("SELECT secret FROM news_secret WHERE id = 1").query(String.class)
        .optional();
  }

  void saveSecret(String secret) {
    jdbc.sql("INSERT INTO news_secret (id, secret) VALUES (1, :s) ON CONFLICT DO NOTHING")
        .param("s", secret).update();
  }
}
