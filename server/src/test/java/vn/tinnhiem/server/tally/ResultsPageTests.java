package vn.tinnhiem.server.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tinnhiem.server.account.TestUsers.signedInAs;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.tinnhiem.server.HtmlConformance;
import vn.tinnhiem.server.account.Role;

/** The results page on the demo counts, in both languages and under every option. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ResultsPageTests.RejectedCounts.class)
class ResultsPageTests {

  @Autowired
  MockMvcTester mvc;

  private MvcTestResult get(String uri) {
    return mvc.get().uri(uri).with(signedInAs(Role.OBSERVER)).exchange();
  }

  @Test
  void showsTheDemoResultsInVietnameseByDefault() {
    MvcTestResult result = get("/results/demo");

    assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
    assertThat(result).bodyText()
        .contains("<html lang=\"vi\">")
        .contains("<h1>Kết quả lấy phiếu tín nhiệm</h1>")
        .contains("Đảng bộ Trường Đại học Mẫu")
        .contains("ĐẢNG CỘNG SẢN VIỆT NAM")
        .contains("Hà Nội, ngày 16 tháng 3 năm 2026")
        .contains("% trên tổng số phiếu thu vào")
        .contains("Quy định số 96-QĐ/TW ngày 02/02/2023")
        .contains("Tổng số phiếu thu vào</span><span> (8)</span>")
        .contains("Theo từng người: dòng ghi sai chỉ không hợp lệ đối với người đó")
        .contains(">Tín nhiệm thấp không quá 1/2<")
        .contains(">Tín nhiệm thấp trên 1/2<")
        .contains(">Tín nhiệm thấp từ 2/3 trở lên<")
        .contains("Không quy hoạch vào chức vụ cao hơn")
        .contains("Cấp có thẩm quyền cho thôi giữ chức vụ mà không chờ hết nhiệm kỳ.")
        .contains(">62,50%<")
        .contains(">50,00%<")
        .contains(">75,00%<")
        .contains("Thứ tự theo tỷ lệ tín nhiệm cao")
        .doesNotContain("Confidence vote results");
  }

  @Test
  void marksExactlyHalfAsNoBandAndExactlyTwoThirdsAsTwoThirds() {
    // Trần Thị B: 4 of 8 low (one half); Phạm Thị D: 6 of 9 members under NQ96 (two thirds).
    assertThat(get("/results/demo")).bodyText().containsPattern(
        "Trần Thị B</th>(?s:.*?)>50,00%<(?s:.*?)class=\"band band-none\"");
    assertThat(get("/results/demo?preset=NQ96")).bodyText().containsPattern(
        "Phạm Thị D</th>(?s:.*?)>66,67%<(?s:.*?)class=\"band band-two-thirds-or-more\"");
  }

  @Test
  void namesTheBaseOfEachPresetsDefault() {
    MvcTestResult result = get("/results/demo?preset=NQ96");

    assertThat(result).bodyText()
        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        .contains("Độc lập – Tự do – Hạnh phúc")
        .contains("% trên tổng số đại biểu được triệu tập")
        .contains("Tổng số người được triệu tập</span><span> (9)</span>")
        .contains("Người được lấy phiếu có thể xin từ chức trong thời hạn 10 ngày")
        .contains(">55,56%<");
  }

  @Test
  void showsThePerPersonBaseAndWhollyInvalidBallotsWhenChosen() {
    MvcTestResult result = get("/results/demo?base=VALID&invalidity=WHOLE_BALLOT");

    assertThat(result).bodyText()
        .contains("% trên số phiếu hợp lệ")
        .contains("Cơ sở tính (B)")
        .contains("Theo cả phiếu: một dòng ghi sai làm cả phiếu không hợp lệ")
        .contains("Số phiếu không hợp lệ")
        .doesNotContain("</span><span> (");
  }

  @Test
  void speaksEnglishOnRequest() {
    MvcTestResult result = get("/results/demo?lang=en");

    assertThat(result).bodyText()
        .contains("<html lang=\"en\">")
        .contains("Confidence vote results")
        .contains("COMMUNIST PARTY OF VIETNAM")
        .contains("Hà Nội, 2026-03-16")
        .contains("% of ballots collected")
        .contains(">Low confidence over one half<")
        .contains(">62.50%<")
        .doesNotContain("Kết quả lấy phiếu tín nhiệm");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/results/demo", "/results/demo?lang=en", "/results/demo?preset=NQ96",
      "/results/demo?base=VALID&invalidity=WHOLE_BALLOT", RejectedCounts.PATH})
  void isValidHtmlWithoutInlineScriptsOrStyles(String uri) throws Exception {
    String html = get(uri).getResponse().getContentAsString(StandardCharsets.UTF_8);

    HtmlConformance.assertConforms(html);
    assertThat(html).doesNotContain("th:");
  }

  @Test
  void theDemoHasNoSessionTabs() {
    assertThat(get("/results/demo")).hasStatusOk().bodyText()
        .doesNotContain("class=\"tabs\"").doesNotContain("session-heading");
  }

  @Test
  void rejectsUnknownOptions() {
    assertThat(get("/results/demo?base=HALF")).hasStatus(400);
    assertThat(get("/results/demo?preset=QD262")).hasStatus(400);
  }

  @Test
  void needsASignedInUser() {
    MvcTestResult result = mvc.get().uri("/results/demo").exchange();

    assertThat(result).hasStatus3xxRedirection();
    assertThat(result).redirectedUrl().endsWith("/login");
  }

  @Test
  void listsWhyCountsThatDoNotAddUpGiveNoResults() {
    MvcTestResult result = get(RejectedCounts.PATH);

    assertThat(result).hasStatusOk();
    assertThat(result).bodyText()
        .contains("Số liệu chưa khớp, chưa thể tính kết quả:")
        .contains("Số phiếu thu vào (9) lớn hơn số phiếu phát ra (8).")
        .contains("TT 1, Nguyễn Văn A: tín nhiệm cao 5 + tín nhiệm 3 + tín nhiệm thấp 0")
        .doesNotContain("results-table");
    assertThat(get(RejectedCounts.PATH + "?lang=en")).bodyText()
        .contains("Ballots collected (9) exceed the ballots issued (8).");
  }

  /** Renders the page on counts that do not add up. */
  @TestConfiguration
  @Controller
  static class RejectedCounts {
    static final String PATH = "/test/results/rejected";

    private final TallyService tally;

    RejectedCounts(TallyService tally) {
      this.tally = tally;
    }

    @GetMapping(PATH)
    String rejected(Locale locale, Model model) {
      ResultsInput input = ResultsInput.withDefaults(Preset.QD96, new Totals(9, 8, 8, 9),
          List.of(new SubjectCounts(1, "Nguyễn Văn A", "Bí thư Đảng ủy", 5, 3, 0)));
      model.addAttribute("view", tally.view(ResultsDemo.heading(Preset.QD96), input, locale));
      return "tally/results";
    }
  }
}
