package vn.tinnhiem.server.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tinnhiem.server.counting.SiteBallots;
import vn.tinnhiem.server.roll.Mark;
import vn.tinnhiem.server.roll.MemberMark;
import vn.tinnhiem.server.session.Subject;
import vn.tinnhiem.server.tally.Results;
import vn.tinnhiem.server.tally.Share;
import vn.tinnhiem.server.tally.SubjectResult;

/**
 * XLSX exports. The roll call's two sheets, "Đại biểu" and "Người được lấy phiếu", start with
 * the columns the import reads, so an export can be imported into a new session. Percentages
 * are numbers formatted as percent, exact to four decimals of the fraction.
 */
final class Spreadsheets {

  /** Sheet and column names shared with the import ({@code session.SetupImport}). */
  static final String MEMBERS = "Đại biểu";
  static final String SUBJECTS = "Người được lấy phiếu";

  private Spreadsheets() {}

  static byte[] rollCall(ConferenceRecord r) {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      CellStyle head = headStyle(book);
      Sheet members = book.createSheet(MEMBERS);
      row(members, 0, head, "Điểm cầu", "Họ và tên", "Đơn vị", "Điểm danh");
      int i = 1;
      for (var site : r.rollCall().sites()) {
        for (MemberMark m : r.marks().getOrDefault(site.site().id(), List.of())) {
          row(members, i++, null, site.site().name(), m.member().fullName(), m.member().unit(),
              mark(m.mark()));
        }
      }
      Sheet subjects = book.createSheet(SUBJECTS);
      row(subjects, 0, head, "TT", "Họ và tên", "Chức vụ");
      i = 1;
      for (Subject s : r.subjects()) {
        Row row = subjects.createRow(i++);
        row.createCell(0).setCellValue(s.ordinal());
        row.createCell(1).setCellValue(s.fullName());
        row.createCell(2).setCellValue(s.position());
      }
      Sheet sites = book.createSheet("Điểm cầu");
      row(sites, 0, head, "Điểm cầu", "Triệu tập", "Có mặt");
      i = 1;
      for (var site : r.rollCall().sites()) {
        Row row = sites.createRow(i++);
        row.createCell(0).setCellValue(site.site().name());
        row.createCell(1).setCellValue(site.summoned());
        row.createCell(2).setCellValue(site.present());
      }
      widths(members, 24, 28, 28, 16);
      widths(subjects, 6, 28, 34);
      widths(sites, 28, 12, 12);
      return bytes(book);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String mark(Mark mark) {
    if (mark == null) {
      return "";
    }
    return switch (mark) {
      case PRESENT -> "Có mặt";
      case ABSENT -> "Vắng";
      case EXCUSED -> "Vắng có lý do";
    };
  }

  /** The results, or an empty sheet saying why there are none. */
  static byte[] results(ConferenceRecord r) {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      CellStyle head = headStyle(book);
      CellStyle percent = book.createCellStyle();
      percent.setDataFormat(book.createDataFormat().getFormat("0.00%"));
      Sheet sheet = book.createSheet("Kết quả");
      var results = r.results().computed();
      if (results.isEmpty()) {
        row(sheet, 0, head, "Số liệu chưa khớp, chưa tính được kết quả.");
        return bytes(book);
      }
      Results res = results.get();
      row(sheet, 0, head, "TT", "Họ và tên", "Chức vụ", "Phiếu hợp lệ", "Phiếu không hợp lệ",
          "Tín nhiệm cao", "Tỷ lệ tín nhiệm cao", "Tín nhiệm", "Tỷ lệ tín nhiệm",
          "Tín nhiệm thấp", "Tỷ lệ tín nhiệm thấp", "Cơ sở tính (B)", "Mức tín nhiệm thấp",
          "Hệ quả theo quy định", "Thứ tự theo tín nhiệm cao");
      int i = 1;
      for (SubjectResult s : res.subjects()) {
        Row row = sheet.createRow(i++);
        row.createCell(0).setCellValue(s.order());
        row.createCell(1).setCellValue(s.fullName());
        row.createCell(2).setCellValue(s.position());
        row.createCell(3).setCellValue(s.valid());
        row.createCell(4).setCellValue(s.invalid());
        share(row, 5, s.counts().high(), s.high(), percent);
        share(row, 7, s.counts().confident(), s.confident(), percent);
        share(row, 9, s.counts().low(), s.low(), percent);
        row.createCell(11).setCellValue(s.base());
        row.createCell(12).setCellValue(Layout.band(s.band()));
        row.createCell(13).setCellValue(Layout.consequence(r, s.band()));
        row.createCell(14).setCellValue(s.rank());
      }
      widths(sheet, 6, 26, 26, 10, 10, 10, 12, 10, 12, 10, 12, 10, 16, 60, 10);
      Sheet totals = book.createSheet("Số liệu chung");
      var d = r.session().details();
      int n = 0;
      pair(totals, n++, "Hội nghị", d.title());
      pair(totals, n++, "Cơ quan, tổ chức", d.organisation());
      pair(totals, n++, "Quy định áp dụng", Layout.preset(d.preset()));
      pair(totals, n++, "Cơ sở tính tỷ lệ", Layout.base(d.base()));
      pair(totals, n++, "Phiếu ghi sai", Layout.invalidity(d.invalidity()));
      number(totals, n++, "Số người được triệu tập", r.sheet().summoned());
      number(totals, n++, "Số người có mặt", r.sheet().present());
      number(totals, n++, "Số phiếu phát ra", r.sheet().issued());
      number(totals, n++, "Số phiếu thu vào", r.sheet().collected());
      n++;
      row(totals, n++, head, "Điểm cầu", "Triệu tập", "Có mặt", "Phiếu phát ra", "Phiếu thu vào");
      for (SiteBallots s : r.sheet().sites()) {
        Row row = totals.createRow(n++);
        row.createCell(0).setCellValue(s.siteName());
        row.createCell(1).setCellValue(s.summoned());
        row.createCell(2).setCellValue(s.present());
        if (s.recorded() && r.privacy().shown(s.siteId())) {
          row.createCell(3).setCellValue(s.issued());
          row.createCell(4).setCellValue(s.collected());
        } else {
          row.createCell(3).setCellValue("—");
          row.createCell(4).setCellValue("—");
        }
      }
      Layout.privacyNote(r).ifPresent(note -> totals.createRow(totals.getLastRowNum() + 2)
          .createCell(0).setCellValue(note));
      widths(totals, 30, 40, 12, 14, 14);
      return bytes(book);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void share(Row row, int col, long count, Share share, CellStyle percent) {
    row.createCell(col).setCellValue(count);
    var cell = row.createCell(col + 1);
    share.percent(4).ifPresent(p -> {
      cell.setCellValue(p.divide(BigDecimal.valueOf(100)).doubleValue());
      cell.setCellStyle(percent);
    });
  }

  private static void pair(Sheet sheet, int n, String label, String value) {
    Row row = sheet.createRow(n);
    row.createCell(0).setCellValue(label);
    row.createCell(1).setCellValue(value);
  }

  private static void number(Sheet sheet, int n, String label, long value) {
    Row row = sheet.createRow(n);
    row.createCell(0).setCellValue(label);
    row.createCell(1).setCellValue(value);
  }

  private static void row(Sheet sheet, int n, CellStyle style, String... values) {
    Row row = sheet.createRow(n);
    for (int i = 0; i < values.length; i++) {
      var cell = row.createCell(i);
      cell.setCellValue(values[i]);
      if (style != null) {
        cell.setCellStyle(style);
      }
    }
  }

  private static CellStyle headStyle(XSSFWorkbook book) {
    CellStyle style = book.createCellStyle();
    Font bold = book.createFont();
    bold.setBold(true);
    style.setFont(bold);
    return style;
  }

  private static void widths(Sheet sheet, int... chars) {
    for (int i = 0; i < chars.length; i++) {
      sheet.setColumnWidth(i, chars[i] * 256);
    }
  }

  private static byte[] bytes(XSSFWorkbook book) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    book.write(out);
    return out.toByteArray();
  }
}
