package vn.tinnhiem.server.news;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.tinnhiem.server.links.SecretLinks;

/**
 * The public news pages, no sign-in: the list, an item with related items and its view
 * counter, the photo, and the Atom feed. Texts are plain and rendered escaped.
 */
@Controller
class NewsController {

  static final String READER_COOKIE = "tinnhiem-reader";

  private final NewsService news;
  private final MessageSource messages;
  private final Clock clock;

  NewsController(NewsService news, MessageSource messages, Clock clock) {
    this.news = news;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/news")
  String list(Model model, HttpServletResponse response) {
    response.setHeader(HttpHeaders.CACHE_CONTROL,
        CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic().getHeaderValue());
    model.addAttribute("items", news.published());
    return "news/list";
  }

  @GetMapping("/news/{id}")
  String item(@PathVariable long id, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    NewsItem item = news.published(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    news.countView(id, readers(request, response));
    // The counter sets a cookie: the browser may keep the page a minute, shared caches not.
    response.setHeader(HttpHeaders.CACHE_CONTROL,
        CacheControl.maxAge(Duration.ofMinutes(1)).cachePrivate().getHeaderValue());
    model.addAttribute("item", news.published(id).orElse(item));
    model.addAttribute("related", news.related(item));
    return "news/item";
  }

  /**
   * Who is reading: our reader cookie when the browser sends it back; otherwise its address
   * and browser, plus a new cookie, so that a reload tomorrow or with cookies off is the
   * same reader. Only hashes of these are stored.
   */
  private static List<String> readers(HttpServletRequest request, HttpServletResponse response) {
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie c : cookies) {
        if (READER_COOKIE.equals(c.getName()) && SecretLinks.wellFormed(c.getValue())) {
          return List.of("cookie:" + c.getValue());
        }
      }
    }
    String fresh = SecretLinks.generate();
    response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(READER_COOKIE, fresh)
        .path("/news").maxAge(Duration.ofDays(365)).httpOnly(true).sameSite("Lax").build()
        .toString());
    List<String> readers = new ArrayList<>();
    readers.add("address:" + request.getRemoteAddr() + "|"
        + Optional.ofNullable(request.getHeader(HttpHeaders.USER_AGENT)).orElse(""));
    readers.add("cookie:" + fresh);
    return readers;
  }

  /** Published items' photos for everyone; a draft's only for the staff who edit it. */
  @GetMapping("/news/{id}/photo")
  ResponseEntity<byte[]> photo(@PathVariable long id, Authentication auth) {
    NewsItem item = news.find(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    boolean staff = auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .anyMatch(a -> a.equals("ROLE_ADMIN") || a.equals("ROLE_SECRETARY"));
    if (!item.published() && !staff) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    NewsRepository.Photo photo = news.photo(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(photo.contentType()))
        .cacheControl(item.published() ? CacheControl.maxAge(Duration.ofDays(1)).cachePublic()
            : CacheControl.noStore())
        .eTag(photo.sha256())
        .body(photo.bytes());
  }

  @GetMapping(path = "/news/feed.atom")
  ResponseEntity<String> feed(Locale locale) {
    String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    String xml = AtomFeed.write(base, messages.getMessage("news.feed.title", null, locale),
        news.published(), OffsetDateTime.now(clock));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
        .body(xml);
  }
}
