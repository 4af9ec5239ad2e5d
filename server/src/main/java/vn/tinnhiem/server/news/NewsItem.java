package vn.tinnhiem.server.news;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A news item.
 *
 * @param id           database id
 * @param sessionId    the session it was drafted from, or {@code null}
 * @param organisation the body the item is about
 * @param title        plain text
 * @param date         the date shown
 * @param body         plain text; paragraphs are separated by blank lines
 * @param caption      the photo's caption, plain text, may be empty
 * @param published    whether the public sees it
 * @param hasPhoto     whether it has a photo
 * @param updatedAt    last change
 * @param publishedAt  when first published, or {@code null}
 * @param views        readers counted, once per reader and day
 */
public record NewsItem(long id, Long sessionId, String organisation, String title,
    LocalDate date, String body, String caption, boolean published, boolean hasPhoto,
    OffsetDateTime updatedAt, OffsetDateTime publishedAt, long views) {

  public static final int MAX_TITLE = 300;
  public static final int MAX_BODY = 20000;
  public static final int MAX_CAPTION = 500;

  public NewsItem {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(body, "body");
    caption = caption == null ? "" : caption;
  }

  /** The body's paragraphs, for showing each as a paragraph (never as HTML). */
  public List<String> paragraphs() {
    return Arrays.stream(body.split("\\R\\s*\\R")).map(String::strip)
        .filter(p -> !p.isEmpty()).toList();
  }

  /** The first paragraph, shortened, for lists and the feed. */
  public String summary() {
    String first = paragraphs().stream().findFirst().orElse("");
    return first.length() <= 280 ? first : first.substring(0, 279).strip() + "…";
  }
}
