package vn.tinnhiem.server.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.server.tally.Preset;

/** The paper ballot: boxes per level, pagination with the head repeated, fonts embedded. */
class BallotFormTest {

  @Test
  void aFiveSubjectBallotFitsOnePageWithThreeBoxesAndTheStampBox() {
    byte[] pdf = PdfRenderer.render(BallotForm.build(
        PaperFixtures.closed(Preset.QD96, 5, 4, 5, false), BallotForm.Kind.CONFIDENCE));

    assertThat(Pdfs.pages(pdf)).isEqualTo(1);
    String text = Pdfs.text(pdf);
    assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG ỦY TRƯỜNG ĐẠI HỌC MẪU",
        "PHIẾU LẤY PHIẾU TÍN NHIỆM", "Tín nhiệm cao", "Tín nhiệm thấp",
        "Người được lấy phiếu 5", "Bí thư Đảng ủy", "XÁC NHẬN CỦA BAN KIỂM PHIẾU",
        "Hà Nội, ngày 26 tháng 11 năm 2026");
    Pdfs.renderAndCheck(pdf, 1, "ballot-qd96");
    assertThat(Pdfs.fontsEmbedded(pdf)).isTrue();
  }

  @Test
  void aSixtySubjectBallotPaginatesWithTheHeadRepeatedAndEveryRowOnce() {
    byte[] pdf = PdfRenderer.render(BallotForm.build(
        PaperFixtures.closed(Preset.QD96, 5, 4, 60, false), BallotForm.Kind.CONFIDENCE));

    int pages = Pdfs.pages(pdf);
    assertThat(pages).isBetween(2, 4);
    for (int p = 1; p <= pages; p++) {
      String page = Pdfs.text(pdf, p);
      assertThat(page).as("page %d", p).contains("Họ và tên", "Chức vụ", "Tín nhiệm thấp");
      if (p > 1) {
        assertThat(page).contains("Phiếu lấy phiếu tín nhiệm (tiếp theo)", "Trang " + p + "/"
            + pages);
      }
      Pdfs.renderAndCheck(pdf, p, "ballot-60");
    }
    String all = Pdfs.text(pdf);
    int last = 0;
    for (int i = 1; i <= 60; i++) {
      Matcher m = Pattern.compile("Người được lấy phiếu " + i + "\\b").matcher(all);
      assertThat(m.find()).as("subject %d printed", i).isTrue();
      assertThat(m.start()).as("subject %d in order", i).isGreaterThan(last);
      last = m.start();
      assertThat(m.find()).as("subject %d printed once", i).isFalse();
    }
  }

  @Test
  void theBindingVoteOfResolution96HasTwoBoxesAndTheStateHeader() {
    byte[] pdf = PdfRenderer.render(BallotForm.build(
        PaperFixtures.closed(Preset.NQ96, 5, 4, 3, false), BallotForm.Kind.BINDING));

    String text = Pdfs.text(pdf);
    assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "PHIẾU BỎ PHIẾU TÍN NHIỆM", "Không tín nhiệm")
        .doesNotContain("Tín nhiệm cao");
    Pdfs.renderAndCheck(pdf, 1, "ballot-nq96-binding");
  }
}
