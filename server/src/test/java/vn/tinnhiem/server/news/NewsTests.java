package vn.tinnhiem.server.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import jakarta.servlet.http.Cookie;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.tinnhiem.server.HtmlConformance;
import vn.tinnhiem.server.TestFlow;
import vn.tinnhiem.server.account.Role;
import vn.tinnhiem.server.account.TestUsers;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.TestConferences;
import vn.tinnhiem.server.session.TestConferences.Conference;

/**
 * The public news: drafted from a session without counts, escaped everywhere, a checked
 * photo, a valid Atom feed, a counter that counts a reader once, and caching headers.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NewsTests {

  static final String SCRIPT = "<script>alert('x')</script>";

  @Autowired
  MockMvcTester mvc;

  @Autowired
  NewsService news;

  @Autowired
  SessionService sessions;

  private NewsItem published(String title, String body, String caption) {
    Conference c = TestConferences.draft(sessions, 2, 2, 2);
    NewsItem draft = news.draftFromSession(c.id(), TestFlow.BY, Locale.forLanguageTag("vi"))
        .orElseThrow();
    news.update(draft.id(), title, LocalDate.of(2026, 11, 26), body, caption).orElseThrow();
    return news.publish(draft.id(), true).orElseThrow();
  }

  @Test
  void aDraftNamesSitesAndPositionsButNoCountsAndIsNotPublic() {
    Conference c = TestConferences.draft(sessions, 2, 2, 2);
    var made = mvc.post().uri("/news/drafts").param("sessionId", String.valueOf(c.id()))
        .with(user(TestUsers.of(Role.SECRETARY))).with(csrf()).exchange();
    assertThat(made).hasStatus3xxRedirection();
    NewsItem draft = news.all().get(0);
    assertThat(draft.body()).contains("Cơ sở Hà Nội").contains("Cơ sở TP. Hồ Chí Minh")
        .contains("Bí thư").contains("Quy định 96-QĐ/TW").doesNotContain("%")
        .doesNotContainIgnoringCase("tín nhiệm cao");
    assertThat(draft.published()).isFalse();
    assertThat(mvc.get().uri("/news/{id}", draft.id()).exchange()).hasStatus(404);
    assertThat(mvc.get().uri("/news/drafts/{id}", draft.id())
        .with(user(TestUsers.of(Role.SECRETARY))).exchange()).hasStatusOk();
    assertThat(mvc.get().uri("/news/drafts/{id}", draft.id())
        .with(user(TestUsers.of(Role.OBSERVER))).exchange()).hasStatus(403);
  }

  @Test
  void thePublicPagesEscapeScriptInEveryText() throws Exception {
    NewsItem item = published("Tin " + SCRIPT, "Đoạn một " + SCRIPT + "\n\nĐoạn hai",
        "Ảnh " + SCRIPT);
    for (String uri : new String[] {"/news", "/news/" + item.id(), "/news/feed.atom"}) {
      MvcTestResult page = mvc.get().uri(uri).exchange();
      String body = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
      assertThat(page).hasStatusOk();
      assertThat(body).as(uri).doesNotContain("<script>").contains("&lt;script&gt;");
    }
    String html = mvc.get().uri("/news/{id}", item.id()).exchange().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    HtmlConformance.assertConforms(html);
    assertThat(html).contains("<p>Đoạn hai</p>");
  }

  @Test
  void theFeedIsAValidAtomDocument() throws Exception {
    NewsItem item = published("Hội nghị & tin mới", "Nội dung có ký tự < > & \" '", "");
    MvcTestResult feed = mvc.get().uri("/news/feed.atom").exchange();
    assertThat(feed).hasStatusOk();
    assertThat(feed.getResponse().getContentType()).startsWith("application/atom+xml");
    assertThat(feed.getResponse().getHeader("Cache-Control")).contains("public");

    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(feed.getResponse().getContentAsByteArray()));
    Element root = doc.getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("feed");
    assertThat(root.getNamespaceURI()).isEqualTo(AtomFeed.NS);
    // RFC 4287 4.1.1: a feed has exactly one id, title and updated, and an author
    for (String name : new String[] {"id", "title", "updated", "author"}) {
      assertThat(children(root, name)).as("feed/%s", name).isEqualTo(1);
    }
    OffsetDateTime.parse(text(root, "updated"));
    NodeList entries = root.getElementsByTagNameNS(AtomFeed.NS, "entry");
    assertThat(entries.getLength()).isGreaterThan(0);
    boolean found = false;
    for (int i = 0; i < entries.getLength(); i++) {
      Element entry = (Element) entries.item(i);
      // 4.1.2: each entry exactly one id, title, updated; an alternate link (no content src)
      for (String name : new String[] {"id", "title", "updated"}) {
        assertThat(children(entry, name)).as("entry/%s", name).isEqualTo(1);
      }
      OffsetDateTime.parse(text(entry, "updated"));
      assertThat(text(entry, "id")).startsWith("http://");
      Element link = (Element) entry.getElementsByTagNameNS(AtomFeed.NS, "link").item(0);
      assertThat(link.getAttribute("rel")).isEqualTo("alternate");
      found |= text(entry, "title").equals("Hội nghị & tin mới")
          && text(entry, "id").endsWith("/news/" + item.id());
    }
    assertThat(found).isTrue();
  }

  private static int children(Element parent, String name) {
    int n = 0;
    for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element e && name.equals(e.getLocalName())
          && AtomFeed.NS.equals(e.getNamespaceURI())) {
        n++;
      }
    }
    return n;
  }

  private static String text(Element parent, String name) {
    return parent.getElementsByTagNameNS(AtomFeed.NS, name).item(0).getTextContent();
  }

  @Test
  void theCounterCountsAReaderOncePerDay() {
    NewsItem item = published("Tin đếm lượt xem", "Nội dung", "");
    MvcTestResult first = mvc.get().uri("/news/{id}", item.id()).exchange();
    assertThat(first).hasStatusOk().bodyText().contains("Lượt xem: 1");
    Cookie reader = first.getResponse().getCookie(NewsController.READER_COOKIE);
    assertThat(reader).isNotNull();
    assertThat(reader.isHttpOnly()).isTrue();
    assertThat(first.getResponse().getHeader("Cache-Control")).contains("private");

    assertThat(mvc.get().uri("/news/{id}", item.id()).cookie(reader).exchange()).bodyText()
        .as("a reload").contains("Lượt xem: 1");
    assertThat(mvc.get().uri("/news/{id}", item.id()).exchange()).bodyText()
        .as("same address and browser, cookies refused").contains("Lượt xem: 1");
    assertThat(mvc.get().uri("/news/{id}", item.id()).with(r -> {
      r.setRemoteAddr("10.1.2.3");
      return r;
    }).exchange()).bodyText().as("another reader").contains("Lượt xem: 2");
    assertThat(news.find(item.id()).orElseThrow().views()).isEqualTo(2);
  }

  @Autowired
  NewsRepository repo;

  @Autowired
  org.springframework.context.MessageSource messages;

  @Test
  void theSameReaderCountsAgainTheNextDayAndOldDaysAreForgotten() {
    NewsItem item = published("Tin qua ngày", "Nội dung", "");
    java.time.Instant day1 = java.time.Instant.parse("2026-12-01T03:00:00Z");
    java.util.concurrent.atomic.AtomicReference<java.time.Instant> now =
        new java.util.concurrent.atomic.AtomicReference<>(day1);
    java.time.Clock clock = new java.time.Clock() {
      @Override
      public java.time.ZoneId getZone() {
        return java.time.ZoneOffset.UTC;
      }

      @Override
      public java.time.Clock withZone(java.time.ZoneId zone) {
        return this;
      }

      @Override
      public java.time.Instant instant() {
        return now.get();
      }
    };
    NewsService days = new NewsService(repo, sessions, messages,
        new vn.tinnhiem.server.system.ConferenceTime(java.time.ZoneId.of("Asia/Ho_Chi_Minh")),
        clock);
    java.util.List<String> reader = java.util.List.of("cookie:reader-one");
    assertThat(days.countView(item.id(), reader)).isTrue();
    assertThat(days.countView(item.id(), reader)).isFalse();
    now.set(day1.plus(java.time.Duration.ofDays(1)));
    assertThat(days.countView(item.id(), reader)).as("next day").isTrue();
    now.set(day1.plus(java.time.Duration.ofDays(3)));
    assertThat(days.countView(item.id(), reader)).isTrue();
    assertThat(news.find(item.id()).orElseThrow().views()).isEqualTo(3);
  }

  @Autowired
  org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void readersAreStoredOnlyAsHashes() {
    NewsItem item = published("Tin băm", "Nội dung", "");
    mvc.get().uri("/news/{id}", item.id()).with(r -> {
      r.setRemoteAddr("192.0.2.77");
      return r;
    }).exchange();
    java.util.List<String> stored = jdbc.sql(
        "SELECT reader_hash FROM news_view WHERE item_id = :id").param("id", item.id())
        .query(String.class).list();
    assertThat(stored).isNotEmpty().allMatch(h -> h.matches("[0-9a-f]{64}"))
        .noneMatch(h -> h.contains("192.0.2.77"));
  }

  @Test
  void thePhotoIsCheckedByItsBytesAndServedWithItsType() throws Exception {
    NewsItem item = published("Tin có ảnh", "Nội dung", "Toàn cảnh hội nghị");
    BufferedImage image = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);

    var fake = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
        .multipart("/news/drafts/{id}/photo", item.id())
        .file(new MockMultipartFile("photo", "anh.png", "image/png",
            "<html>not a photo</html>".getBytes(StandardCharsets.UTF_8)))
        .with(user(TestUsers.of(Role.SECRETARY))).with(csrf()));
    assertThat(fake).hasStatus(422).bodyText().contains("không phải ảnh JPEG hoặc PNG");
    assertThat(news.find(item.id()).orElseThrow().hasPhoto()).isFalse();

    var ok = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
        .multipart("/news/drafts/{id}/photo", item.id())
        .file(new MockMultipartFile("photo", "anh.txt", "text/plain", png.toByteArray()))
        .with(user(TestUsers.of(Role.SECRETARY))).with(csrf()));
    assertThat(ok).hasStatus3xxRedirection();

    MvcTestResult photo = mvc.get().uri("/news/{id}/photo", item.id()).exchange();
    assertThat(photo).hasStatusOk();
    assertThat(photo.getResponse().getContentType()).isEqualTo("image/png");
    assertThat(photo.getResponse().getHeader("Cache-Control")).contains("public");
    assertThat(photo.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(mvc.get().uri("/news/{id}", item.id()).exchange()).bodyText()
        .contains("Toàn cảnh hội nghị").contains("/news/" + item.id() + "/photo");

    news.publish(item.id(), false).orElseThrow();
    assertThat(mvc.get().uri("/news/{id}/photo", item.id()).exchange()).hasStatus(404);
  }

  @Test
  void aBadEditKeepsWhatWasTyped() throws Exception {
    NewsItem item = published("Tin sửa", "Nội dung", "");
    var bad = mvc.post().uri("/news/drafts/{id}", item.id()).param("title", " ")
        .param("date", "2026-11-26").param("body", "Nội dung mới đã gõ").param("caption", "")
        .with(user(TestUsers.of(Role.SECRETARY))).with(csrf()).exchange();
    assertThat(bad).hasStatus(422).bodyText().contains("Không được để trống.");
    assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(bad.getResponse()
        .getContentAsString(StandardCharsets.UTF_8))).contains("Nội dung mới đã gõ");
    assertThat(news.find(item.id()).orElseThrow().body()).isEqualTo("Nội dung");
  }

  @Test
  void theListIsPublicAndCachedWithRelatedItemsOnTheItemPage() {
    NewsItem one = published("Tin một", "Một", "");
    NewsItem two = published("Tin hai", "Hai", "");
    var list = mvc.get().uri("/news").exchange();
    assertThat(list).hasStatusOk().bodyText().contains("Tin một").contains("Tin hai");
    assertThat(list.getResponse().getHeader("Cache-Control")).contains("public")
        .contains("max-age=300");
    assertThat(mvc.get().uri("/news/{id}", two.id()).exchange()).bodyText()
        .contains("Tin liên quan").contains("/news/" + one.id());
  }
}
