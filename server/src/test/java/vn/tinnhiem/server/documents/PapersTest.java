package vn.tinnhiem.server.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.tinnhiem.server.tally.Preset;

/**
 * Every paper read back as text from its PDF and its DOCX (names, numbers, diacritics), and its
 * first page rendered to {@code target/documents/*.png} and checked for blank pages and ink in
 * the margins.
 */
class PapersTest {

  /** 12 + 11 present, 5 subjects; subject 3 low over half, subject 4 low two thirds. */
  static final ConferenceRecord QD96 = PaperFixtures.closed(Preset.QD96, 12, 11, 5, true);

  @ParameterizedTest
  @EnumSource(value = Paper.class, names = "BINDING_BALLOT", mode = EnumSource.Mode.EXCLUDE)
  void everyPaperReadsBackInPdfAndDocxAndItsFirstPageLooksRight(Paper paper) {
    byte[] pdf = Format.PDF.render(paper.build(QD96));
    byte[] docx = Format.DOCX.render(paper.build(QD96));

    String pdfText = Pdfs.text(pdf);
    String docxText = Docx.text(docx);
    for (String text : new String[] {pdfText, docxText}) {
      assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG ỦY TRƯỜNG ĐẠI HỌC MẪU",
          "Hà Nội, ngày 26 tháng 11 năm 2026");
    }
    assertThat(Pdfs.fontsEmbedded(pdf)).isTrue();
    Pdfs.renderAndCheck(pdf, 1, paper.slug());
    for (int p = 2; p <= Pdfs.pages(pdf); p++) {
      Pdfs.renderAndCheck(pdf, p, paper.slug());
    }
  }

  @Test
  void theCountingMinutesHoldTheBoardTheCountsTheResultsTheOptionsAndTheElectronicVote() {
    byte[] pdf = Format.PDF.render(Paper.COUNTING_MINUTES.build(QD96));
    String text = Pdfs.text(pdf);

    assertThat(text).contains("BIÊN BẢN KIỂM PHIẾU", "Hôm nay, vào lúc 9 giờ 05 phút",
        "THÀNH PHẦN BAN KIỂM PHIẾU", "Trưởng ban", "Thư ký", "Ủy viên",
        "Cơ sở Hà Nội 12 12 12 12", "Cơ sở TP. Hồ Chí Minh 11 11 11 11",
        "Tổng cộng 23 23 23 23",
        "Người được lấy phiếu 3", "tổng số phiếu thu vào (23)",
        "Trên 1/2", "Từ 2/3 trở lên", "Hệ quả trên một nửa.", "Hệ quả từ hai phần ba.",
        "Quy định số 96-QĐ/TW", "theo từng người",
        "fInGeRpRiNt0123456789abcdef", "a".repeat(64), "2 trong 3",
        "Biên bản được lập xong vào hồi 9 giờ 55 phút", "T/M BAN KIỂM PHIẾU", "TRƯỞNG BAN");
    // subject 3: 12 low of 23 = 52,17%; subject 4: 23 of 23
    assertThat(text).contains("52,17%", "100,00%");
  }

  @Test
  void aSmallSiteAndOneMoreAreHeldBackInEveryPaperThatShowsSites() {
    ConferenceRecord small = PaperFixtures.closed(Preset.QD96, 12, 4, 5, false);
    assertThat(small.privacy().hidden()).containsExactlyInAnyOrder(1L, 2L);
    for (Paper paper : new Paper[] {Paper.COUNTING_MINUTES, Paper.REPORT}) {
      String text = Pdfs.text(Format.PDF.render(paper.build(small)));
      assertThat(text).as(paper.name()).contains("Cơ sở Hà Nội 12 12 — —",
          "Cơ sở TP. Hồ Chí Minh 4 4 — —", "Tổng cộng 16 16 16 16",
          "có dưới 10 phiếu").doesNotContain("Cơ sở TP. Hồ Chí Minh 4 4 4 4");
    }
    String xlsx = Xlsx.text(Spreadsheets.results(small));
    assertThat(xlsx).contains("Cơ sở TP. Hồ Chí Minh | 4 | 4 | — | —");
  }

  @Test
  void aPersonalNoticeHoldsOnlyItsOwnPersonsResult() {
    Doc notice = PersonalNotice.build(QD96, 3).orElseThrow();
    String text = Pdfs.text(Format.PDF.render(notice));

    assertThat(text).contains("Người được lấy phiếu 3", "Trên 1/2", "52,17%")
        .doesNotContain("Người được lấy phiếu 1", "Người được lấy phiếu 2",
            "Người được lấy phiếu 4", "Người được lấy phiếu 5");
    Pdfs.renderAndCheck(Format.PDF.render(notice), 1, "thong-bao-3");
  }

  @Test
  void theStatePresetPrintsTheStateHeaderAndTheMembersBase() {
    ConferenceRecord nq = PaperFixtures.closed(Preset.NQ96, 12, 11, 4, false);
    String text = Pdfs.text(Format.PDF.render(Paper.REPORT.build(nq)));

    assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "tổng số người được triệu tập (23)", "Nghị quyết số 96/2023/QH15");
    assertThat(Pdfs.text(Format.PDF.render(PersonalNotice.build(nq, 1).orElseThrow())))
        .contains("Kính gửi: ông (bà) Người được lấy phiếu 1");
  }

  @Test
  void rollCallSheetsArePerSite() {
    Doc sheet = Lists.rollCall(QD96, 2);
    String text = Pdfs.text(Format.PDF.render(sheet));
    assertThat(text).contains("Điểm cầu: Cơ sở TP. Hồ Chí Minh", "Ký tên", "Khoa 13")
        .doesNotContain("Khoa 12 ");
    Pdfs.renderAndCheck(Format.PDF.render(sheet), 1, "diem-danh-2");
  }
}
