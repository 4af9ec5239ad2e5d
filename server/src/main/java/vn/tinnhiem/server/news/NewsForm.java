package vn.tinnhiem.server.news;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The edit form of a news item (a bean, for Spring's binding and field errors). */
public class NewsForm {

  private String title;
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate date;
  private String body;
  private String caption;

  static NewsForm of(NewsItem item) {
    NewsForm form = new NewsForm();
    form.title = item.title();
    form.date = item.date();
    form.body = item.body();
    form.caption = item.caption();
    return form;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getCaption() {
    return caption;
  }

  public void setCaption(String caption) {
    this.caption = caption;
  }
}
