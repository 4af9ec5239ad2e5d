package vn.tinnhiem.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The checker itself catches what it claims to. */
class HtmlConformanceTest {

  private static String page(String body) {
    return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"><title>t</title>"
        + "</head><body>" + body + "</body></html>";
  }

  @Test
  void acceptsACleanPage() {
    assertThat(HtmlConformance.problems(page("<p id=\"a\">Tín nhiệm<br></p>"))).isEmpty();
  }

  @Test
  void reportsParseErrorsDuplicateIdsAndInlineCode() {
    assertThat(HtmlConformance.problems(page("<p></div>"))).isNotEmpty();
    assertThat(HtmlConformance.problems(page("<p class=\"a\" class=\"b\"></p>"))).isNotEmpty();
    assertThat(HtmlConformance.problems("<html><body></body></html>")).isNotEmpty();
    assertThat(HtmlConformance.problems(page("<p id=\"a\"></p><p id=\"a\"></p>")))
        .singleElement().asString().contains("Duplicate ID");
    assertThat(HtmlConformance.problems(page("<p style=\"color:red\"></p>")))
        .containsExactly("inline style on <p>");
    assertThat(HtmlConformance.problems(page("<script>alert(1)</script>")))
        .containsExactly("inline script");
    assertThat(HtmlConformance.problems(page("<a onclick=\"x()\">x</a>")))
        .containsExactly("inline event handler onclick");
  }
}
