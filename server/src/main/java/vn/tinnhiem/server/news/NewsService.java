package vn.tinnhiem.server.news;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tinnhiem.server.links.SecretLinks;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.Site;
import vn.tinnhiem.server.session.Subject;
import vn.tinnhiem.server.session.VoteSession;
import vn.tinnhiem.server.system.ConferenceTime;
import vn.tinnhiem.server.system.Names;
import vn.tinnhiem.server.system.Outcome;
import vn.tinnhiem.server.system.Refusal;

/**
 * News items: drafting from a session (who, where, which rules, which sites and positions —
 * never a count), editing, the photo, publishing, and counting readers once per day.
 */
@Service
public class NewsService {

  /** Items in the public list and the feed. */
  static final int LIST_SIZE = 50;

  private final NewsRepository repo;
  private final SessionService sessions;
  private final MessageSource messages;
  private final ConferenceTime time;
  private final Clock clock;

  NewsService(NewsRepository repo, SessionService sessions, MessageSource messages,
      ConferenceTime time, Clock clock) {
    this.repo = repo;
    this.sessions = sessions;
    this.messages = messages;
    this.time = time;
    this.clock = clock;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }

  // -------------------------------------------------------------- drafting

  /** A draft prefilled from the session, in the secretary's language. */
  @Transactional
  public Outcome<NewsItem> draftFromSession(long sessionId, String by, Locale locale) {
    Optional<VoteSession> found = sessions.find(sessionId);
    if (found.isEmpty()) {
      return Outcome.notFound("session.notFound", sessionId);
    }
    VoteSession s = found.get();
    var d = s.details();
    List<String> siteNames = sessions.sites(sessionId).stream().map(Site::name).toList();
    LinkedHashSet<String> positions = new LinkedHashSet<>();
    sessions.subjects(sessionId).stream().map(Subject::position).forEach(positions::add);
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(msg("news.draft.opening", locale, time.format(d.heldOn()), d.place(),
        d.organisation(), d.title()));
    paragraphs.add(msg("news.draft.chair", locale));
    paragraphs.add(msg("news.draft.rules", locale, msg("preset." + d.preset(), locale)));
    if (siteNames.size() > 1) {
      paragraphs.add(msg("news.draft.sites", locale, siteNames.size(),
          String.join(", ", siteNames)));
    }
    if (!positions.isEmpty()) {
      paragraphs.add(msg("news.draft.positions", locale, sessions.subjects(sessionId).size(),
          String.join(", ", positions)));
    }
    paragraphs.add(msg("news.draft.closing", locale));
    String title = clip(d.title(), NewsItem.MAX_TITLE);
    long id = repo.insert(sessionId, d.organisation(), title, d.heldOn(),
        String.join("\n\n", paragraphs), by, now());
    return Outcome.done(repo.find(id).orElseThrow());
  }

  private String msg(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  /** Saves the texts; all of them or nothing. */
  @Transactional
  public Outcome<NewsItem> update(long id, String title, LocalDate date, String body,
      String caption) {
    if (repo.find(id).isEmpty()) {
      return Outcome.notFound("news.notFound");
    }
    List<Refusal> problems = new ArrayList<>();
    String cleanTitle = Names.clean(title);
    if (cleanTitle == null || cleanTitle.isEmpty()) {
      problems.add(Refusal.field("title", "NotBlank"));
    } else if (cleanTitle.length() > NewsItem.MAX_TITLE) {
      problems.add(Refusal.field("title", "Size", "title", NewsItem.MAX_TITLE, 0));
    }
    if (date == null) {
      problems.add(Refusal.field("date", "NotNull"));
    }
    String cleanBody = body == null ? "" : body.replace("\r\n", "\n").strip();
    if (cleanBody.isEmpty()) {
      problems.add(Refusal.field("body", "NotBlank"));
    } else if (cleanBody.length() > NewsItem.MAX_BODY) {
      problems.add(Refusal.field("body", "Size", "body", NewsItem.MAX_BODY, 0));
    }
    String cleanCaption = caption == null ? "" : Names.clean(caption);
    if (cleanCaption.length() > NewsItem.MAX_CAPTION) {
      problems.add(Refusal.field("caption", "Size", "caption", NewsItem.MAX_CAPTION, 0));
    }
    if (!problems.isEmpty()) {
      return Outcome.invalid(problems);
    }
    repo.updateText(id, cleanTitle, date, cleanBody, cleanCaption, now());
    return Outcome.done(repo.find(id).orElseThrow());
  }

  /** Replaces the photo: JPEG or PNG by its bytes, at most {@link Photos#MAX_BYTES}. */
  @Transactional
  public Outcome<NewsItem> setPhoto(long id, byte[] bytes) {
    if (repo.find(id).isEmpty()) {
      return Outcome.notFound("news.notFound");
    }
    if (bytes == null || bytes.length == 0) {
      return Outcome.invalid(Refusal.field("photo", "news.photo.empty"));
    }
    if (bytes.length > Photos.MAX_BYTES) {
      return Outcome.invalid(Refusal.field("photo", "news.photo.tooLarge",
          Photos.MAX_BYTES / (1024 * 1024)));
    }
    Optional<String> type = Photos.type(bytes);
    if (type.isEmpty()) {
      return Outcome.invalid(Refusal.field("photo", "news.photo.badType"));
    }
    repo.savePhoto(id, type.get(), bytes, SecretLinks.sha256Hex(bytes));
    return Outcome.done(repo.find(id).orElseThrow());
  }

  @Transactional
  public Outcome<NewsItem> publish(long id, boolean published) {
    Optional<NewsItem> item = repo.find(id);
    if (item.isEmpty()) {
      return Outcome.notFound("news.notFound");
    }
    repo.setStatus(id, published, now());
    return Outcome.done(repo.find(id).orElseThrow());
  }

  // --------------------------------------------------------------- reading

  @Transactional(readOnly = true)
  public List<NewsItem> all() {
    return repo.all();
  }

  @Transactional(readOnly = true)
  public Optional<NewsItem> find(long id) {
    return repo.find(id);
  }

  @Transactional(readOnly = true)
  public Optional<NewsItem> published(long id) {
    return repo.find(id).filter(NewsItem::published);
  }

  @Transactional(readOnly = true)
  public List<NewsItem> published() {
    return repo.published(LIST_SIZE);
  }

  /**
   * Up to three other published items: those about the same organisation first, then the
   * newest.
   */
  @Transactional(readOnly = true)
  public List<NewsItem> related(NewsItem item) {
    List<NewsItem> others = repo.published(LIST_SIZE).stream()
        .filter(n -> n.id() != item.id()).toList();
    List<NewsItem> out = new ArrayList<>(others.stream()
        .filter(n -> Names.key(n.organisation()).equals(Names.key(item.organisation())))
        .limit(3).toList());
    others.stream().filter(n -> !out.contains(n)).limit(3 - out.size()).forEach(out::add);
    return out;
  }

  @Transactional(readOnly = true)
  public Optional<NewsRepository.Photo> photo(long id) {
    return repo.photo(id);
  }

  // ----------------------------------------------------------------- views

  /**
   * Counts a reader of a published item, once per day: {@code readers} are what identifies
   * them (a cookie, an address); each is stored only as a keyed hash with the day, and only
   * until tomorrow. Counted when none of them was seen today.
   *
   * @return whether this view was counted
   */
  @Transactional
  public boolean countView(long id, List<String> readers) {
    LocalDate today = time.today(clock);
    repo.forgetBefore(today.minusDays(1));
    String key = secret();
    boolean seen = false;
    for (String reader : readers) {
      String hash = hmac(key, today + "|" + id + "|" + reader);
      seen |= repo.markSeen(id, today, hash) == 0;
    }
    if (!seen && !readers.isEmpty()) {
      repo.countView(id);
      return true;
    }
    return false;
  }

  private String secret() {
    Optional<String> stored = repo.secret();
    if (stored.isPresent()) {
      return stored.get();
    }
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    repo.saveSecret(HexFormat.of().formatHex(random));
    return repo.secret().orElseThrow(); // another node may have won the race: use theirs
  }

  static String hmac(String key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("every JDK has HmacSHA256", e);
    }
  }
}
