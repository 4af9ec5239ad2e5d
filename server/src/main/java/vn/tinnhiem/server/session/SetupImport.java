package vn.tinnhiem.server.session;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tinnhiem.server.system.Names;
import vn.tinnhiem.server.system.Outcome;
import vn.tinnhiem.server.system.Refusal;

/**
 * Imports summoned members and subjects from an XLSX file, all or nothing: the file is checked
 * whole (size, type, sheets, columns, formulas, every row) and then every row is added through
 * {@link SessionService}, in one transaction that is rolled back at the first refusal. Errors
 * name the sheet and the row as the spreadsheet numbers it. Sites named in the file that do
 * not exist yet are created.
 *
 * <p>Sheet "Đại biểu": Điểm cầu | Họ và tên | Đơn vị. Sheet "Người được lấy phiếu": TT | Họ và
 * tên | Chức vụ. Either or both; English names (Members: Site | Full name | Unit; Subjects:
 * No. | Full name | Position) are accepted too. Columns after these are ignored, so an export
 * of the roll call imports again.
 */
@Service
public class SetupImport {

  public static final int MAX_BYTES = 2 * 1024 * 1024;
  public static final int MAX_ROWS = 5_000;
  /** More errors than this are summarised: the secretary fixes the file and tries again. */
  static final int MAX_ERRORS = 30;

  static final List<String> MEMBER_SHEETS = List.of("Đại biểu", "Members");
  static final List<String> SUBJECT_SHEETS = List.of("Người được lấy phiếu", "Subjects");
  static final List<List<String>> MEMBER_COLUMNS = List.of(
      List.of("Điểm cầu", "Họ và tên", "Đơn vị"), List.of("Site", "Full name", "Unit"));
  static final List<List<String>> SUBJECT_COLUMNS = List.of(
      List.of("TT", "Họ và tên", "Chức vụ"), List.of("No.", "Full name", "Position"));

  /** What an import added. */
  public record Report(int sites, int members, int subjects) {}

  private record MemberRow(int row, String site, String fullName, String unit) {}

  private record SubjectRow(int row, int ordinal, String fullName, String position) {}

  private final SessionService sessions;
  private final TransactionTemplate transaction;

  SetupImport(SessionService sessions, PlatformTransactionManager transactions) {
    this.sessions = sessions;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** Checks the file, then adds every row or nothing. */
  public Outcome<Report> importXlsx(long sessionId, byte[] content, String by) {
    Outcome<Rows> read = read(content);
    if (read instanceof Outcome.Refused<Rows> refused) {
      return refused.cast();
    }
    Rows rows = read.orElseThrow();
    return store(sessionId, rows.members(), rows.subjects(), by);
  }

  /** What a file holds, checked row by row; nothing is stored. */
  record Rows(List<MemberRow> members, List<SubjectRow> subjects) {}

  /**
   * Reads and checks a file without touching the database: the part that strangers' bytes
   * reach, and the part the fuzz test drives.
   */
  static Outcome<Rows> read(byte[] content) {
    Optional<Refusal> bad = checkFile(content);
    if (bad.isPresent()) {
      return Outcome.invalid(bad.get());
    }
    List<Refusal> problems = new ArrayList<>();
    List<MemberRow> members = new ArrayList<>();
    List<SubjectRow> subjects = new ArrayList<>();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      Sheet memberSheet = sheet(book, MEMBER_SHEETS);
      Sheet subjectSheet = sheet(book, SUBJECT_SHEETS);
      if (memberSheet == null && subjectSheet == null) {
        return Outcome.invalid(Refusal.of("import.noSheets", MEMBER_SHEETS.get(0),
            SUBJECT_SHEETS.get(0)));
      }
      if (memberSheet != null) {
        readMembers(memberSheet, members, problems);
      }
      if (subjectSheet != null) {
        readSubjects(subjectSheet, subjects, problems);
      }
    } catch (IOException | RuntimeException | LinkageError e) {
      // POI throws many kinds at a damaged or hostile file; none of them is ours to show. A
      // LinkageError is a codec POI's zip reader tried but that is not on the classpath.
      return Outcome.invalid(Refusal.of("import.notXlsx"));
    }
    if (problems.isEmpty() && members.isEmpty() && subjects.isEmpty()) {
      problems.add(Refusal.of("import.noRows"));
    }
    if (!problems.isEmpty()) {
      return Outcome.invalid(capped(problems));
    }
    return Outcome.done(new Rows(members, subjects));
  }

  private static Optional<Refusal> checkFile(byte[] content) {
    if (content == null || content.length == 0) {
      return Optional.of(Refusal.of("import.empty"));
    }
    if (content.length > MAX_BYTES) {
      return Optional.of(Refusal.of("import.tooLarge", MAX_BYTES / 1048576));
    }
    if (content.length >= 4 && (content[0] & 0xff) == 0xD0 && (content[1] & 0xff) == 0xCF) {
      return Optional.of(Refusal.of("import.oldXls"));
    }
    if (content.length < 4 || content[0] != 'P' || content[1] != 'K' || !plainZip(content)) {
      return Optional.of(Refusal.of("import.notXlsx"));
    }
    return Optional.empty();
  }

  /**
   * Whether every entry is stored or deflated, as Excel and LibreOffice write them. POI's zip
   * reader would otherwise try codecs that are not on the classpath (a fuzzed file with a
   * Zstandard entry threw NoClassDefFoundError, an Error no catch for exceptions stops).
   */
  private static boolean plainZip(byte[] content) {
    // The reader POI itself uses (commons-compress), so both see the same entries.
    try (ZipArchiveInputStream zip = new ZipArchiveInputStream(
        new ByteArrayInputStream(content))) {
      for (ZipArchiveEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getMethod() != ZipEntry.STORED && e.getMethod() != ZipEntry.DEFLATED) {
          return false;
        }
      }
      return true;
    } catch (IOException | RuntimeException | LinkageError e) {
      return false;
    }
  }

  private static Sheet sheet(XSSFWorkbook book, List<String> names) {
    for (int i = 0; i < book.getNumberOfSheets(); i++) {
      String name = Names.key(book.getSheetName(i));
      if (names.stream().anyMatch(n -> Names.key(n).equals(name))) {
        return book.getSheetAt(i);
      }
    }
    return null;
  }

  /** The header row must start with one of the expected column lists. */
  private static boolean columns(Sheet sheet, List<List<String>> expected,
      List<Refusal> problems) {
    Row head = sheet.getRow(sheet.getFirstRowNum());
    List<String> found = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      found.add(head == null ? "" : Optional.ofNullable(text(head.getCell(i))).orElse(""));
    }
    for (List<String> names : expected) {
      boolean all = true;
      for (int i = 0; i < names.size(); i++) {
        all &= Names.key(names.get(i)).equals(Names.key(found.get(i)));
      }
      if (all) {
        return true;
      }
    }
    problems.add(Refusal.of("import.columns", sheet.getSheetName(),
        String.join(" | ", expected.get(0)), String.join(" | ", found)));
    return false;
  }

  /** Rows after the header; formulas anywhere are refused, fully blank rows skipped. */
  private static List<Row> dataRows(Sheet sheet, List<Refusal> problems) {
    List<Row> rows = new ArrayList<>();
    int header = sheet.getFirstRowNum();
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.FORMULA) {
          problems.add(Refusal.of("import.formula", sheet.getSheetName(),
              new CellReference(cell).formatAsString(false)));
        }
      }
      if (row.getRowNum() == header || blank(row)) {
        continue;
      }
      rows.add(row);
    }
    if (rows.size() > MAX_ROWS) {
      problems.add(Refusal.of("import.tooManyRows", sheet.getSheetName(), MAX_ROWS));
      return List.of();
    }
    return rows;
  }

  private static boolean blank(Row row) {
    for (int i = 0; i < 3; i++) {
      String t = text(row.getCell(i));
      if (t != null && !t.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** A cell as text: strings cleaned, whole numbers without ".0"; null when empty. */
  private static String text(Cell cell) {
    if (cell == null) {
      return null;
    }
    return switch (cell.getCellType()) {
      case STRING -> Names.clean(cell.getStringCellValue());
      case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros()
          .toPlainString();
      case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
      default -> null;
    };
  }

  private static int excelRow(Row row) {
    return row.getRowNum() + 1;
  }

  private static void readMembers(Sheet sheet, List<MemberRow> out, List<Refusal> problems) {
    if (!columns(sheet, MEMBER_COLUMNS, problems)) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (Row row : dataRows(sheet, problems)) {
      int n = excelRow(row);
      String site = text(row.getCell(0));
      String name = text(row.getCell(1));
      String unit = text(row.getCell(2));
      int before = problems.size();
      required(problems, sheet, n, "Điểm cầu", site, Site.MAX_NAME);
      required(problems, sheet, n, "Họ và tên", name, Member.MAX_NAME);
      required(problems, sheet, n, "Đơn vị", unit, Member.MAX_UNIT);
      if (problems.size() > before) {
        continue;
      }
      if (!seen.add(Names.key(name) + "\u0000" + Names.key(unit))) {
        problems.add(Refusal.of("import.duplicateMember", sheet.getSheetName(), n, name, unit));
        continue;
      }
      out.add(new MemberRow(n, site, name, unit));
    }
  }

  private static void readSubjects(Sheet sheet, List<SubjectRow> out, List<Refusal> problems) {
    if (!columns(sheet, SUBJECT_COLUMNS, problems)) {
      return;
    }
    Set<Integer> ordinals = new HashSet<>();
    for (Row row : dataRows(sheet, problems)) {
      int n = excelRow(row);
      String ordinal = text(row.getCell(0));
      String name = text(row.getCell(1));
      String position = text(row.getCell(2));
      int before = problems.size();
      Integer tt = null;
      try {
        tt = ordinal == null ? null : Integer.valueOf(ordinal);
      } catch (NumberFormatException e) {
        tt = null;
      }
      if (tt == null || tt < 1 || tt > 10_000) {
        problems.add(Refusal.of("import.badOrdinal", sheet.getSheetName(), n,
            ordinal == null ? "" : ordinal));
      } else if (!ordinals.add(tt)) {
        problems.add(Refusal.of("import.duplicateOrdinal", sheet.getSheetName(), n, tt));
      }
      required(problems, sheet, n, "Họ và tên", name, Subject.MAX_NAME);
      required(problems, sheet, n, "Chức vụ", position, Subject.MAX_POSITION);
      if (problems.size() == before) {
        out.add(new SubjectRow(n, tt, name, position));
      }
    }
  }

  private static void required(List<Refusal> problems, Sheet sheet, int row, String column,
      String value, int max) {
    if (value == null || value.isEmpty()) {
      problems.add(Refusal.of("import.required", sheet.getSheetName(), row, column));
    } else if (value.length() > max) {
      problems.add(Refusal.of("import.tooLong", sheet.getSheetName(), row, column, max));
    }
  }

  private static List<Refusal> capped(List<Refusal> problems) {
    if (problems.size() <= MAX_ERRORS) {
      return problems;
    }
    List<Refusal> out = new ArrayList<>(problems.subList(0, MAX_ERRORS));
    out.add(Refusal.of("import.moreErrors", problems.size() - MAX_ERRORS));
    return out;
  }

  /** Adds everything in one transaction; the first refusal rolls it all back. */
  private Outcome<Report> store(long sessionId, List<MemberRow> members,
      List<SubjectRow> subjects, String by) {
    return transaction.execute(status -> {
      List<Refusal> problems = new ArrayList<>();
      Map<String, Long> sites = new HashMap<>();
      sessions.sites(sessionId).forEach(s -> sites.put(Names.key(s.name()), s.id()));
      int newSites = 0;
      for (MemberRow m : members) {
        Long siteId = sites.get(Names.key(m.site()));
        if (siteId == null) {
          Outcome<Site> site = sessions.addSite(sessionId, m.site());
          if (site instanceof Outcome.Refused<Site> refused) {
            problems.add(rowRefused(MEMBER_SHEETS.get(0), m.row(), refused));
            break;
          }
          siteId = site.orElseThrow().id();
          sites.put(Names.key(m.site()), siteId);
          newSites++;
        }
        Outcome<Member> added = sessions.addMember(sessionId, siteId, m.fullName(), m.unit());
        if (added instanceof Outcome.Refused<Member> refused) {
          problems.add(rowRefused(MEMBER_SHEETS.get(0), m.row(), refused));
        }
      }
      for (SubjectRow s : subjects) {
        Outcome<Subject> added = sessions.addSubject(sessionId, s.ordinal(), s.fullName(),
            s.position(), null);
        if (added instanceof Outcome.Refused<Subject> refused) {
          problems.add(rowRefused(SUBJECT_SHEETS.get(0), s.row(), refused));
        }
      }
      if (!problems.isEmpty()) {
        status.setRollbackOnly();
        return Outcome.invalid(capped(problems));
      }
      return Outcome.done(new Report(newSites, members.size(), subjects.size()));
    });
  }

  /** "Đại biểu, dòng 5: <the service's reason>". */
  private static Refusal rowRefused(String sheet, int row, Outcome.Refused<?> refused) {
    Refusal first = refused.refusals().get(0);
    return Refusal.of("import.row", sheet, row, new DefaultMessageSourceResolvable(
        new String[] {first.code()}, first.args().toArray(), first.code()));
  }

  /** An empty file in the import format, with one example row per sheet. */
  public static byte[] template() {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet members = book.createSheet(MEMBER_SHEETS.get(0));
      header(members, MEMBER_COLUMNS.get(0));
      Row m = members.createRow(1);
      m.createCell(0).setCellValue("Cơ sở Hà Nội");
      m.createCell(1).setCellValue("Nguyễn Văn A");
      m.createCell(2).setCellValue("Khoa Toán");
      Sheet subjects = book.createSheet(SUBJECT_SHEETS.get(0));
      header(subjects, SUBJECT_COLUMNS.get(0));
      Row s = subjects.createRow(1);
      s.createCell(0).setCellValue(1);
      s.createCell(1).setCellValue("Trần Thị B");
      s.createCell(2).setCellValue("Bí thư Đảng ủy");
      for (Sheet sheet : List.of(members, subjects)) {
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 28 * 256);
        sheet.setColumnWidth(2, 34 * 256);
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void header(Sheet sheet, List<String> names) {
    Row row = sheet.createRow(0);
    for (int i = 0; i < names.size(); i++) {
      row.createCell(i).setCellValue(names.get(i));
    }
  }
}
