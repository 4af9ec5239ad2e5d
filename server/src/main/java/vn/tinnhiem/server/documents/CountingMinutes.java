package vn.tinnhiem.server.documents;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.tinnhiem.server.ceremony.BoardMember;
import vn.tinnhiem.server.counting.CountEntry;
import vn.tinnhiem.server.counting.SiteBallots;
import vn.tinnhiem.server.documents.Doc.Align;
import vn.tinnhiem.server.documents.Doc.Cell;
import vn.tinnhiem.server.documents.Doc.Col;
import vn.tinnhiem.server.documents.Doc.Signatures;
import vn.tinnhiem.server.documents.Doc.Span;
import vn.tinnhiem.server.documents.Doc.Table;
import vn.tinnhiem.server.tally.Band;
import vn.tinnhiem.server.tally.InvalidityMode;
import vn.tinnhiem.server.tally.Results;
import vn.tinnhiem.server.tally.SubjectResult;

/**
 * Biên bản kiểm phiếu, in the usual layout: letterhead and date line, when and where, the
 * board, the counts per site (a small site's held back) and in total, a row per subject with
 * each level's count and percentage of the named base, the bands and their consequences, the
 * options in force, the electronic vote's fingerprint and archive hash, the closing time and
 * a signature for every member of the board.
 */
final class CountingMinutes {

  private CountingMinutes() {}

  static Doc build(ConferenceRecord r) {
    var d = r.session().details();
    Doc.Builder doc = new Doc.Builder("Biên bản kiểm phiếu – " + d.title())
        .runningHead(d.organisation() + " · Biên bản kiểm phiếu");
    doc.add(Layout.letterhead(r));
    doc.title("BIÊN BẢN KIỂM PHIẾU", "Lấy phiếu tín nhiệm – " + d.title());
    doc.text("Hôm nay, vào lúc " + Layout.moment(r, r.countingAt()) + ", tại " + d.place()
        + ", Ban kiểm phiếu do hội nghị bầu ra đã tiến hành kiểm phiếu lấy phiếu tín nhiệm"
        + " theo " + Layout.preset(d.preset()) + ".");

    doc.line(Align.LEFT, 8, Span.bold("I. THÀNH PHẦN BAN KIỂM PHIẾU"));
    doc.add(boardTable(r));

    doc.line(Align.LEFT, 8, Span.bold("II. KẾT QUẢ KIỂM PHIẾU"));
    doc.line(Align.LEFT, 4, Span.bold("1. Số đại biểu và số phiếu"));
    doc.add(Layout.sitesTable(r));
    Layout.privacyNote(r).ifPresent(note -> doc.add(new Doc.Para(List.of(Span.italic(note)),
        Align.JUSTIFY, Fonts.SMALL + 1, 2, false)));
    var sheet = r.sheet();
    if (d.invalidity() == InvalidityMode.WHOLE_BALLOT) {
      int invalid = sheet.whollyInvalid();
      doc.text("Số phiếu hợp lệ: " + (sheet.collected() - invalid) + " phiếu; số phiếu không"
          + " hợp lệ: " + invalid + " phiếu.");
    } else {
      doc.text("Phiếu hợp lệ và không hợp lệ được tính đối với từng người (cột “Phiếu hợp lệ”"
          + " và “Phiếu không hợp lệ” của bảng dưới đây).");
    }
    results(doc, r);
    doc.line(Align.LEFT, 8, Span.bold("III. CÁC TÙY CHỌN ÁP DỤNG"));
    for (String line : options(r)) {
      doc.text(line);
    }
    paper(doc, r);
    electronic(doc, r);
    doc.text("Biên bản được lập xong vào hồi " + Layout.clock(r, r.closedAt())
        + " cùng ngày, đã đọc lại cho các thành viên Ban kiểm phiếu cùng nghe và nhất trí ký"
        + " tên.");
    doc.add(new Signatures(Layout.boardSignatures(r), 3));
    return doc.build();
  }

  static Table boardTable(ConferenceRecord r) {
    List<List<Cell>> body = new ArrayList<>();
    int i = 1;
    for (BoardMember m : r.board()) {
      body.add(List.of(Cell.of(String.valueOf(i++)), Cell.of(m.member().fullName()),
          Cell.of(m.member().unit()), Cell.of(Layout.role(m.role()))));
    }
    if (body.isEmpty()) {
      body.add(List.of(Cell.of("1"), Cell.of(Layout.DOTS), Cell.of(Layout.DOTS),
          Cell.of("Trưởng ban")));
    }
    return new Table(List.of(new Col(7, Align.CENTER), new Col(35, Align.LEFT),
        new Col(38, Align.LEFT), new Col(20, Align.CENTER)),
        List.of(List.of(Cell.head("TT"), Cell.head("Họ và tên"), Cell.head("Đơn vị"),
            Cell.head("Nhiệm vụ"))), body, 0, Fonts.TABLE);
  }

  /** The table of each subject's result, then the bands with their consequences. */
  static void results(Doc.Builder doc, ConferenceRecord r) {
    doc.line(Align.LEFT, 6, Span.bold("2. Kết quả đối với từng người được lấy phiếu"));
    if (r.results().computed().isEmpty()) {
      doc.text("Số liệu chưa khớp nên chưa tính được kết quả; Ban kiểm phiếu đối chiếu lại số"
          + " liệu trước khi lập biên bản.");
      return;
    }
    Results results = r.results().computed().get();
    doc.add(new Doc.Para(List.of(Span.italic("Tỷ lệ phần trăm tính trên "
        + Layout.baseColumn(results).substring("% trên ".length()) + ".")), Align.LEFT,
        Fonts.SMALL + 1, 2, false));
    doc.add(Layout.resultsTable(results, results.subjects(), true));
    bands(doc, r, results);
  }

  static void bands(Doc.Builder doc, ConferenceRecord r, Results results) {
    List<SubjectResult> flagged = results.subjects().stream()
        .filter(s -> s.band() != Band.NONE).toList();
    if (flagged.isEmpty()) {
      doc.text("Không có người nào có số phiếu tín nhiệm thấp trên một nửa; không ai thuộc"
          + " trường hợp phải xem xét theo quy định.");
      return;
    }
    doc.text("Các trường hợp có số phiếu tín nhiệm thấp trên một nửa (phần mềm chỉ đánh dấu"
        + " theo quy định; việc xem xét, quyết định thuộc cấp có thẩm quyền):");
    for (SubjectResult s : flagged) {
      doc.text(Span.plain("– " + s.fullName() + ", " + s.position() + ": "),
          Span.bold(Layout.band(s.band()).toLowerCase(Layout.VI) + " (" + s.counts().low()
              + " phiếu, " + Layout.pct(s.low()) + "). "),
          Span.plain(Layout.consequence(r, s.band())));
    }
  }

  static List<String> options(ConferenceRecord r) {
    var d = r.session().details();
    return List.of(
        "– Quy định áp dụng: " + Layout.preset(d.preset()) + ".",
        "– Cơ sở tính tỷ lệ: " + Layout.base(d.base()) + ".",
        "– Phiếu ghi sai: tính không hợp lệ " + Layout.invalidity(d.invalidity()) + ".",
        "– Để trống một dòng: " + (d.blankAllowed() ? "được phép (tính là hợp lệ, không thuộc"
            + " mức nào)." : "không được phép (tính là không hợp lệ)."),
        "– Ngưỡng tín nhiệm thấp (số nguyên chính xác, L là số phiếu tín nhiệm thấp, B là cơ"
            + " sở tính): trên 1/2 khi 2 × L > B; từ 2/3 trở lên khi 3 × L ≥ 2 × B.",
        "– Số liệu riêng của từng điểm cầu chỉ công bố khi điểm cầu có từ "
            + r.privacy().threshold() + " phiếu trở lên.");
  }

  /** Who entered the paper counts: two people, independently, who agreed. */
  private static void paper(Doc.Builder doc, ConferenceRecord r) {
    boolean paperSites = r.sheet().sites().stream().anyMatch(s -> !s.electronic());
    if (!paperSites) {
      return;
    }
    Set<String> people = new LinkedHashSet<>();
    for (CountEntry e : r.entries()) {
      people.add(e.by());
    }
    doc.text("Kết quả phiếu giấy được nhập hai lần độc lập và chỉ được chấp nhận khi hai lần"
        + " nhập khớp nhau" + (people.isEmpty() ? "." : "; người nhập (tài khoản): "
        + String.join(", ", people) + "; tổng số lần nhập: " + r.entries().size() + "."));
  }

  private static void electronic(Doc.Builder doc, ConferenceRecord r) {
    if (r.electronic().isEmpty()) {
      return;
    }
    var e = r.electronic().get();
    List<String> sites = r.sheet().sites().stream().filter(SiteBallots::electronic)
        .map(SiteBallots::siteName).toList();
    doc.line(Align.LEFT, 8, Span.bold("IV. BỎ PHIẾU ĐIỆN TỬ"));
    doc.text("Điểm cầu bỏ phiếu điện tử: " + String.join(", ", sites) + ". Số người đã bỏ"
        + " phiếu: " + e.voters() + ". Phiếu điện tử được mã hóa trên máy người bỏ phiếu; kết"
        + " quả chỉ giải mã được khi có đủ " + e.threshold() + " trong " + e.trustees()
        + " thành viên Ban kiểm phiếu giữ khóa cùng tham gia, và được cộng với kết quả phiếu"
        + " giấy trước khi công bố; không giải mã riêng từng điểm cầu.");
    doc.add(new Table(List.of(new Col(30, Align.LEFT), new Col(70, Align.LEFT)), List.of(),
        List.of(List.of(Cell.of("Mã cuộc bỏ phiếu"), Cell.of(e.uuid())),
            List.of(Cell.of("Dấu vân tay khóa công khai (fingerprint)"), Cell.of(e.fingerprint())),
            List.of(Cell.of("Mã băm SHA-256 hồ sơ (.bel)"),
                Cell.of(e.archiveHash().isEmpty() ? Layout.DOTS : e.archiveHash()))),
        0, Fonts.SMALL));
    doc.text("Bất kỳ ai cũng có thể tự kiểm tra hồ sơ bằng lệnh “tinnhiem verify” hoặc"
        + " “belenios-tool”.");
  }
}
