package vn.tinnhiem.server.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.tinnhiem.server.account.Role;
import vn.tinnhiem.server.account.TestUsers;
import vn.tinnhiem.server.documents.DocumentService;
import vn.tinnhiem.server.system.Outcome;
import vn.tinnhiem.server.system.Refusal;
import vn.tinnhiem.server.tally.Preset;

/**
 * XLSX import of members and subjects: a round trip through the roll-call export, and bad
 * files refused with a clear reason and nothing imported.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SetupImportTests {

  @Autowired
  SessionService sessions;

  @Autowired
  SetupImport imports;

  @Autowired
  DocumentService documents;

  @Autowired
  MockMvcTester mvc;

  long empty() {
    return sessions.create(TestConferences.details(Preset.QD96), "secretary-test")
        .orElseThrow().id();
  }

  /** A workbook with the given sheets; each sheet is rows of cells (String, Number or "=F"). */
  static byte[] xlsx(Object[]... sheets) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (Object[] sheet : sheets) {
        Sheet s = book.createSheet((String) sheet[0]);
        for (int r = 1; r < sheet.length; r++) {
          Row row = s.createRow(r - 1);
          Object[] cells = (Object[]) sheet[r];
          for (int i = 0; i < cells.length; i++) {
            if (cells[i] instanceof Number n) {
              row.createCell(i).setCellValue(n.doubleValue());
            } else if (cells[i] instanceof String t && t.startsWith("=")) {
              row.createCell(i).setCellFormula(t.substring(1));
            } else if (cells[i] != null) {
              row.createCell(i).setCellValue((String) cells[i]);
            }
          }
        }
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Object[] members(Object[]... rows) {
    Object[] sheet = new Object[rows.length + 2];
    sheet[0] = "Đại biểu";
    sheet[1] = new Object[] {"Điểm cầu", "Họ và tên", "Đơn vị"};
    System.arraycopy(rows, 0, sheet, 2, rows.length);
    return sheet;
  }

  static Object[] subjects(Object[]... rows) {
    Object[] sheet = new Object[rows.length + 2];
    sheet[0] = "Người được lấy phiếu";
    sheet[1] = new Object[] {"TT", "Họ và tên", "Chức vụ"};
    System.arraycopy(rows, 0, sheet, 2, rows.length);
    return sheet;
  }

  static final byte[] GOOD = xlsx(
      members(new Object[] {"Cơ sở Hà Nội", "Nguyễn Văn A", "Khoa Toán"},
          new Object[] {"Cơ sở Hà Nội", "Trần Thị B", "Khoa Ngữ văn"},
          new Object[] {"Cơ sở TP. Hồ Chí Minh", "Lê Văn C", "Phòng Đào tạo"}),
      subjects(new Object[] {1, "Phạm Thị D", "Bí thư Đảng ủy"},
          new Object[] {2, "Hoàng Văn E", "Phó Bí thư Đảng ủy"}));

  private static List<String> members(SessionService sessions, long id) {
    return sessions.members(id).stream().map(m -> sessions.site(id, m.siteId()).orElseThrow()
        .name() + "/" + m.fullName() + "/" + m.unit()).toList();
  }

  private static List<String> subjects(SessionService sessions, long id) {
    return sessions.subjects(id).stream()
        .map(s -> s.ordinal() + "/" + s.fullName() + "/" + s.position()).toList();
  }

  @Test
  void importThenExportThenImportGivesTheSameLists() {
    long first = empty();
    SetupImport.Report report = imports.importXlsx(first, GOOD, "secretary-test").orElseThrow();
    assertThat(report).isEqualTo(new SetupImport.Report(2, 3, 2));
    assertThat(members(sessions, first)).containsExactly(
        "Cơ sở Hà Nội/Nguyễn Văn A/Khoa Toán", "Cơ sở Hà Nội/Trần Thị B/Khoa Ngữ văn",
        "Cơ sở TP. Hồ Chí Minh/Lê Văn C/Phòng Đào tạo");

    byte[] exported = documents.spreadsheet(first, DocumentService.ROLL_CALL_XLSX)
        .orElseThrow().bytes();
    long second = empty();
    imports.importXlsx(second, exported, "secretary-test").orElseThrow();

    assertThat(members(sessions, second)).isEqualTo(members(sessions, first));
    assertThat(subjects(sessions, second)).isEqualTo(subjects(sessions, first))
        .containsExactly("1/Phạm Thị D/Bí thư Đảng ủy", "2/Hoàng Văn E/Phó Bí thư Đảng ủy");
  }

  private void refused(byte[] file, String code) {
    long id = empty();
    Outcome<SetupImport.Report> outcome = imports.importXlsx(id, file, "secretary-test");
    assertThat(outcome).as(code).isInstanceOf(Outcome.Refused.class);
    assertThat(((Outcome.Refused<?>) outcome).refusals()).extracting(Refusal::code)
        .as(code).contains(code);
    assertThat(sessions.members(id)).isEmpty();
    assertThat(sessions.subjects(id)).isEmpty();
    assertThat(sessions.sites(id)).isEmpty();
  }

  @Test
  void badFilesAreRefusedAndNothingIsImported() {
    refused(new byte[0], "import.empty");
    refused(new byte[10 * 1024 * 1024], "import.tooLarge");
    refused("Họ và tên;Đơn vị\n".getBytes(StandardCharsets.UTF_8), "import.notXlsx");
    refused(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}, "import.oldXls");
    refused(new byte[] {'P', 'K', 3, 4, 1, 2, 3}, "import.notXlsx");
    refused(xlsx(new Object[] {"Trang 1", new Object[] {"a"}}), "import.noSheets");
    refused(xlsx(new Object[] {"Đại biểu", new Object[] {"Họ và tên", "Đơn vị", "Điểm cầu"},
        new Object[] {"Nguyễn Văn A", "Khoa Toán", "Cơ sở Hà Nội"}}), "import.columns");
    refused(xlsx(members()), "import.noRows");
    refused(xlsx(members(new Object[] {"Cơ sở Hà Nội", "Nguyễn Văn A", "=A1&\"x\""})),
        "import.formula");
    // one bad row among good ones: the good rows are not imported either
    refused(xlsx(members(new Object[] {"Cơ sở Hà Nội", "Nguyễn Văn A", "Khoa Toán"},
        new Object[] {"Cơ sở Hà Nội", "Trần Thị B", null})), "import.required");
    refused(xlsx(subjects(new Object[] {"một", "Phạm Thị D", "Bí thư"})), "import.badOrdinal");
    // a refusal of the session service at the last row rolls back the rows before it
    refused(xlsx(subjects(new Object[] {1, "Phạm Thị D", "Bí thư"},
        new Object[] {2, "Phạm Thị D", "Bí thư"})), "import.row");
  }

  @Test
  void thePageNamesTheRowAndTheImportNeedsTheSecretary() throws Exception {
    long id = empty();
    vn.tinnhiem.server.HtmlConformance.assertConforms(mvc.get().uri("/sessions/{id}/import", id)
        .with(user(TestUsers.of(Role.SECRETARY))).exchange().getResponse()
        .getContentAsString());
    MockMultipartFile bad = new MockMultipartFile("file", "danh-sach.xlsx", null,
        xlsx(members(new Object[] {"Cơ sở Hà Nội", "Nguyễn Văn A", "Khoa Toán"},
            new Object[] {"Cơ sở Hà Nội", "Trần Thị B", null})));
    assertThat(mvc.post().uri("/sessions/{id}/import", id).multipart().file(bad)
        .with(user(TestUsers.of(Role.SECRETARY))).with(csrf()).exchange()).hasStatus(422)
        .bodyText().contains("Trang “Đại biểu”, dòng 3: thiếu Đơn vị.");
    assertThat(mvc.post().uri("/sessions/{id}/import", id).multipart()
        .file(new MockMultipartFile("file", "x.xlsx", null, GOOD))
        .with(user(TestUsers.of(Role.OBSERVER))).with(csrf()).exchange()).hasStatus(403);
    assertThat(mvc.post().uri("/sessions/{id}/import", id).multipart()
        .file(new MockMultipartFile("file", "x.xlsx", null, GOOD))
        .with(user(TestUsers.of(Role.SECRETARY))).with(csrf()).exchange())
        .hasStatus3xxRedirection();
    assertThat(sessions.members(id)).hasSize(3);
    assertThat(mvc.get().uri("/sessions/{id}/import/mau.xlsx", id)
        .with(user(TestUsers.of(Role.SECRETARY))).exchange()).hasStatusOk();
  }
}
