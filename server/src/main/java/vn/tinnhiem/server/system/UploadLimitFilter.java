package vn.tinnhiem.server.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers an upload larger than {@code spring.servlet.multipart.max-file-size} with a page
 * that says so, in the reader's language, before anything reads the body. Without it, the
 * first filter to read a parameter (CSRF) makes Tomcat parse the body, which fails, and so
 * does the error page after it: the browser got Tomcat's bare English "413".
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UploadLimitFilter extends OncePerRequestFilter {

  private final long maxBytes;
  private final MessageSource messages;
  private final LocaleResolver locales;

  UploadLimitFilter(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFile,
      MessageSource messages, LocaleResolver locales) {
    this.maxBytes = maxFile.toBytes();
    this.messages = messages;
    this.locales = locales;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String type = request.getContentType();
    return !"POST".equals(request.getMethod()) || type == null
        || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    long length = request.getContentLengthLong();
    if (length <= maxBytes) {
      chain.doFilter(request, response);
      return;
    }
    Locale locale = locales.resolveLocale(request); // a cookie: reads no parameter
    String title = messages.getMessage("upload.tooLarge.title", null, locale);
    String text = messages.getMessage("upload.tooLarge",
        new Object[] {megabytes(length), megabytes(maxBytes)}, locale);
    String home = messages.getMessage("error.home", null, locale);
    String html = "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head>"
        + "<meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width,"
        + " initial-scale=1\"><title>" + escape(title) + " · tinnhiem</title>"
        + "<link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/css/site.css\">"
        + "</head><body><main><h1>" + escape(title) + "</h1>"
        + "<p class=\"errors\" role=\"alert\">" + escape(text) + "</p>"
        + "<p><a href=\"" + request.getContextPath() + "/\">" + escape(home)
        + "</a></p>"
        + "</main></body></html>\n";
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Connection", "close"); // the unread body is not worth reading
    response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
  }

  /** Only what HTML needs escaped: Vietnamese letters stay letters. */
  private static String escape(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }

  /** Whole megabytes, rounded up: how the pages about upload sizes count them. */
  public static long megabytes(long bytes) {
    return (bytes + (1 << 20) - 1) >> 20;
  }
}
