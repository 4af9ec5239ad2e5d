package vn.tinnhiem.server.system;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import vn.tinnhiem.server.HtmlConformance;

/**
 * An upload over the limit is answered 413 with a page that says how large it was and what
 * the limit is, in the reader's language, and the request goes no further; one at the limit,
 * and anything not a multipart POST, goes on.
 */
class UploadLimitFilterTest {

  private static final long LIMIT = 2L << 20;

  private final UploadLimitFilter filter = new UploadLimitFilter(DataSize.ofBytes(LIMIT),
      messages(), new WebConfiguration().localeResolver());

  private static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  private static MockHttpServletRequest upload(long bytes) {
    MockHttpServletRequest request = withLength("POST", "/admin/restore", bytes);
    request.setContentType("multipart/form-data; boundary=x");
    return request;
  }

  /** A request whose Content-Length says {@code bytes}, as Tomcat reads it, with no body. */
  private static MockHttpServletRequest withLength(String method, String uri, long bytes) {
    return new MockHttpServletRequest(method, uri) {
      @Override
      public long getContentLengthLong() {
        return bytes;
      }
    };
  }

  /** The response, and whether the request went on down the chain. */
  private record Passed(MockHttpServletResponse response, boolean onwards) {}

  private Passed pass(MockHttpServletRequest request) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    AtomicBoolean onwards = new AtomicBoolean();
    filter.doFilter(request, response, (req, res) -> onwards.set(true));
    return new Passed(response, onwards.get());
  }

  @Test
  void anUploadOverTheLimitIsAnsweredWithItsSizeAndTheLimit() throws Exception {
    Passed passed = pass(upload(174_474_762));
    assertThat(passed.onwards()).isFalse();
    assertThat(passed.response().getStatus()).isEqualTo(413);
    String html = passed.response().getContentAsString(UTF_8);
    assertThat(html).contains("Tệp tải lên quá lớn", "khoảng 167 MB", "giới hạn 2 MB",
        "spring.servlet.multipart.max-file-size");
    HtmlConformance.assertConforms(html);
  }

  @Test
  void speaksEnglishWhenTheReaderChoseIt() throws Exception {
    MockHttpServletRequest request = upload(LIMIT + 1);
    request.setCookies(new Cookie(WebConfiguration.LANG_COOKIE, "en"));
    String html = pass(request).response()
        .getContentAsString(UTF_8);
    assertThat(html).contains("lang=\"en\"", "Upload too large", "about 3 MB",
        "limit of 2 MB");
  }

  @Test
  void anUploadAtTheLimitAndOtherRequestsGoOn() throws Exception {
    assertThat(pass(upload(LIMIT)).onwards()).isTrue();
    MockHttpServletRequest form = withLength("POST", "/login", LIMIT * 10);
    form.setContentType("application/x-www-form-urlencoded");
    assertThat(pass(form).onwards()).isTrue();
    MockHttpServletRequest get = new MockHttpServletRequest("GET", "/admin/restore");
    assertThat(pass(get).onwards()).isTrue();
  }
}
