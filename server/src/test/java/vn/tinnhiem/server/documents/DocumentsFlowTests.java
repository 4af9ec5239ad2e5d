package vn.tinnhiem.server.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.tinnhiem.server.HtmlConformance;
import vn.tinnhiem.server.TestFlow;
import vn.tinnhiem.server.account.AccountUser;
import vn.tinnhiem.server.account.Role;
import vn.tinnhiem.server.account.TestUsers;
import vn.tinnhiem.server.ceremony.CountingBoardService;
import vn.tinnhiem.server.counting.CountingService;
import vn.tinnhiem.server.counting.PaperCounts;
import vn.tinnhiem.server.roll.RollService;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.Subject;
import vn.tinnhiem.server.session.TestConferences;
import vn.tinnhiem.server.session.TestConferences.Conference;

/**
 * The documents of a real conference through the web: the page, every paper as PDF and DOCX
 * (read back), notices for the secretary only, papers of the count only once it is closed, a
 * small site held back on the pages, and "all documents" as a ZIP with its progress page.
 * {@code PostgresDocumentsFlowTests} runs the same on PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentsFlowTests {

  static final AccountUser SECRETARY = TestUsers.of(Role.SECRETARY);
  static final AccountUser OBSERVER = TestUsers.of(Role.OBSERVER);
  static final String SECOND = "counting-board-2-test";

  @Autowired
  MockMvcTester mvc;

  @Autowired
  SessionService sessions;

  @Autowired
  RollService roll;

  @Autowired
  CountingBoardService boards;

  @Autowired
  CountingService counting;

  /** Everyone present at both sites, paper ballots, counts entered twice; closed if asked. */
  Conference counted(int hanoi, int hcm, int subjects, boolean close) {
    Conference c = TestConferences.opened(sessions, hanoi, hcm, subjects);
    TestFlow.openVoting(roll, boards, c);
    counting.recordBallots(c.id(), c.hanoi().id(), hanoi, hanoi, TestFlow.BY).orElseThrow();
    counting.recordBallots(c.id(), c.hcm().id(), hcm, hcm, TestFlow.BY).orElseThrow();
    counting.startCounting(c.id(), TestFlow.BY).orElseThrow();
    int collected = hanoi + hcm;
    for (Subject s : c.subjects()) {
      int low = s.ordinal() == 2 ? collected / 2 + 1 : 0;
      PaperCounts counts = new PaperCounts(collected - low - 1, 1, low, 0, 0);
      counting.enterCounts(c.id(), s.id(), counts, TestFlow.BY).orElseThrow();
      counting.enterCounts(c.id(), s.id(), counts, SECOND).orElseThrow();
    }
    if (close) {
      counting.close(c.id(), TestFlow.BY).orElseThrow();
    }
    return c;
  }

  private MvcTestResult get(AccountUser as, String uri) {
    return mvc.get().uri(uri).with(user(as)).exchange();
  }

  @Test
  void everyPaperDownloadsAsPdfAndDocxWithTheConferencesFigures() throws Exception {
    Conference c = counted(6, 5, 3, true);
    String base = "/sessions/" + c.id() + "/documents";

    MvcTestResult page = get(SECRETARY, base);
    assertThat(page).hasStatusOk().bodyText().contains("Biên bản kiểm phiếu",
        "bien-ban-kiem-phieu.pdf", "notices/" + c.subjects().get(0).id() + ".pdf",
        "Tải tất cả tài liệu").doesNotContain("??");
    HtmlConformance.assertConforms(page.getResponse().getContentAsString());
    assertThat(get(OBSERVER, base)).hasStatusOk().bodyText()
        .contains("bien-ban-kiem-phieu.docx").doesNotContain("notices/");

    for (Paper paper : Paper.values()) {
      if (paper == Paper.BINDING_BALLOT) {
        assertThat(get(OBSERVER, base + "/" + paper.slug() + ".pdf")).hasStatus(409);
        continue;
      }
      MvcTestResult pdf = get(OBSERVER, base + "/" + paper.slug() + ".pdf");
      assertThat(pdf).as(paper.name()).hasStatusOk().hasContentType("application/pdf");
      byte[] bytes = pdf.getResponse().getContentAsByteArray();
      assertThat(Pdfs.text(bytes)).as(paper.name()).contains("ĐẢNG ỦY TRƯỜNG MẪU");
      Pdfs.renderAndCheck(bytes, 1, "flow-" + paper.slug());
      MvcTestResult docx = get(OBSERVER, base + "/" + paper.slug() + ".docx");
      assertThat(docx).hasStatusOk();
      assertThat(Docx.text(docx.getResponse().getContentAsByteArray()))
          .contains("ĐẢNG ỦY TRƯỜNG MẪU");
    }
    String minutes = Pdfs.text(get(OBSERVER, base + "/bien-ban-kiem-phieu.pdf").getResponse()
        .getContentAsByteArray());
    assertThat(minutes).contains("Người được lấy phiếu 3", "Tổng cộng 11 11 11 11",
        "Cơ sở Hà Nội 6 6 — —", "Trên 1/2", TestFlow.BY, SECOND);

    MvcTestResult notice = get(SECRETARY,
        base + "/notices/" + c.subjects().get(1).id() + ".pdf");
    assertThat(notice).hasStatusOk();
    assertThat(Pdfs.text(notice.getResponse().getContentAsByteArray()))
        .contains("Người được lấy phiếu 2").doesNotContain("Người được lấy phiếu 1")
        .doesNotContain("Người được lấy phiếu 3");
    assertThat(get(OBSERVER, base + "/notices/" + c.subjects().get(1).id() + ".pdf"))
        .hasStatus(403);

    MvcTestResult rollSheet = get(SECRETARY, base + "/roll-call/" + c.hcm().id() + ".docx");
    assertThat(Docx.text(rollSheet.getResponse().getContentAsByteArray()))
        .contains("Điểm cầu: Cơ sở TP. Hồ Chí Minh", "Ký tên");
    assertThat(Xlsx.text(get(OBSERVER, base + "/ket-qua.xlsx").getResponse()
        .getContentAsByteArray())).contains("Người được lấy phiếu 2", "Trên 1/2");
  }

  @Test
  void papersOfTheCountWaitForItsClosingAndSmallSitesAreHeldBackOnThePages() {
    Conference c = counted(5, 4, 2, false);
    String base = "/sessions/" + c.id();

    assertThat(get(OBSERVER, base + "/documents/bien-ban-kiem-phieu.pdf")).hasStatus(409);
    assertThat(get(OBSERVER, base + "/documents/ket-qua.xlsx")).hasStatus(409);
    assertThat(get(OBSERVER, base + "/documents/phieu-lay-phieu-tin-nhiem.pdf"))
        .hasStatusOk();
    assertThat(get(OBSERVER, base + "/documents")).hasStatusOk().bodyText()
        .contains("Có sau khi Ban kiểm phiếu kết thúc kiểm phiếu.");
    // 5 and 4 ballots, both under 10: the counting page shows neither site's ballots
    assertThat(get(OBSERVER, base + "/counting")).hasStatusOk().bodyText()
        .contains("Số phiếu riêng của điểm cầu có dưới 10 phiếu không hiển thị")
        .contains("<td class=\"number\">4</td>\n      <td class=\"number\">–</td>\n"
            + "      <td class=\"number\">–</td>");
  }

  @Test
  void theSecretarySetsTheThresholdAndWhatThePapersPrint() {
    Conference c = counted(5, 4, 2, true);
    String base = "/sessions/" + c.id() + "/documents";

    assertThat(mvc.post().uri(base + "/settings").with(user(SECRETARY)).with(csrf())
        .param("chair", "Nguyễn Văn A").param("clerk", "Trần Thị B").param("parentBody", "")
        .param("superior", "Ban Thường vụ Đảng ủy Khối Mẫu").param("locality", "Hà Nội")
        .param("threshold", "3").exchange()).hasStatus3xxRedirection();
    assertThat(counting.threshold(c.id())).isEqualTo(3);
    String report = Pdfs.text(get(OBSERVER, base + "/bao-cao-ket-qua.pdf").getResponse()
        .getContentAsByteArray());
    assertThat(report).contains("Kính gửi: Ban Thường vụ Đảng ủy Khối Mẫu", "Nguyễn Văn A",
        "Cơ sở Hà Nội 5 5 5 5", "Cơ sở TP. Hồ Chí Minh 4 4 4 4");

    assertThat(mvc.post().uri(base + "/settings").with(user(SECRETARY)).with(csrf())
        .param("threshold", "0").exchange()).hasStatus(422);
    assertThat(mvc.post().uri(base + "/settings").with(user(OBSERVER)).with(csrf())
        .param("threshold", "5").exchange()).hasStatus(403);
  }

  @Test
  void allDocumentsOfASixtySubjectSessionComeAsOneZipWithProgress() throws Exception {
    Conference c = counted(20, 15, 60, true);
    String base = "/sessions/" + c.id() + "/documents";

    long start = System.nanoTime();
    MvcTestResult started = mvc.post().uri(base + "/all").with(user(SECRETARY)).with(csrf())
        .exchange();
    assertThat(started).hasStatus3xxRedirection();
    String progress = started.getResponse().getRedirectedUrl();
    MvcTestResult page = get(SECRETARY, progress);
    for (int i = 0; i < 600 && !page.getResponse().getContentAsString().contains("/zip"); i++) {
      assertThat(page).hasStatusOk().bodyText().contains("<progress");
      Thread.sleep(100);
      page = get(SECRETARY, progress);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    HtmlConformance.assertConforms(page.getResponse().getContentAsString());
    assertThat(get(TestUsers.of(Role.ADMIN, "other-admin"), progress)).hasStatus(404);

    MvcTestResult zip = get(SECRETARY, progress + "/zip");
    assertThat(zip).hasStatusOk();
    List<String> names = new ArrayList<>();
    byte[] minutes = null;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(
        zip.getResponse().getContentAsByteArray()))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        names.add(e.getName());
        byte[] bytes = in.readAllBytes();
        if (e.getName().equals("bien-ban-kiem-phieu.pdf")) {
          minutes = bytes;
        }
      }
    }
    // 6 papers and 2 roll-call sheets and 60 notices, each twice; 2 spreadsheets
    assertThat(names).hasSize((6 + 2 + 60) * 2 + 2)
        .contains("bien-ban-kiem-phieu.docx", "thong-bao-60.pdf", "ket-qua.xlsx");
    assertThat(Pdfs.text(minutes)).contains("Người được lấy phiếu 60");
    for (int p = 1; p <= Pdfs.pages(minutes); p++) {
      Pdfs.renderAndCheck(minutes, p, "flow-60-bien-ban-kiem-phieu");
    }
    System.out.printf("[documents] all documents of a 60-subject session: %d files,"
        + " %d bytes, %.1f s%n", names.size(), zip.getResponse().getContentAsByteArray().length,
        seconds);
  }

  static byte[] bytes(MvcTestResult result) throws IOException {
    return result.getResponse().getContentAsByteArray();
  }
}
