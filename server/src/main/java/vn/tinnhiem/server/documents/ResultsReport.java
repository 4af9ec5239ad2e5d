package vn.tinnhiem.server.documents;

import java.util.List;
import vn.tinnhiem.server.documents.Doc.Align;
import vn.tinnhiem.server.documents.Doc.Cell;
import vn.tinnhiem.server.documents.Doc.Col;
import vn.tinnhiem.server.documents.Doc.Signature;
import vn.tinnhiem.server.documents.Doc.Signatures;
import vn.tinnhiem.server.documents.Doc.Span;
import vn.tinnhiem.server.documents.Doc.Table;
import vn.tinnhiem.server.tally.Results;
import vn.tinnhiem.server.tally.SubjectResult;

/**
 * Báo cáo kết quả to the superior committee: how the vote went, the results with the ranking
 * by tín nhiệm cao, the cases to consider, and the options in force.
 */
final class ResultsReport {

  private ResultsReport() {}

  static Doc build(ConferenceRecord r) {
    var d = r.session().details();
    Doc.Builder doc = new Doc.Builder("Báo cáo kết quả lấy phiếu tín nhiệm – " + d.title())
        .runningHead(d.organisation() + " · Báo cáo kết quả lấy phiếu tín nhiệm");
    doc.add(Layout.letterhead(r));
    doc.line(Align.LEFT, 0, Span.plain("Số: …/BC"));
    doc.title("BÁO CÁO", "Kết quả lấy phiếu tín nhiệm");
    doc.line(Align.CENTER, 8, Span.plain("Kính gửi: " + Layout.or(r.settings().superior())));
    doc.text("Thực hiện " + Layout.preset(d.preset()) + ", " + Layout.date(d.heldOn()) + ", "
        + d.organisation() + " đã tổ chức " + d.title().substring(0, 1).toLowerCase(Layout.VI)
        + d.title().substring(1) + " tại " + d.place() + ". " + d.organisation()
        + " báo cáo kết quả như sau:");
    doc.line(Align.LEFT, 8, Span.bold("1. Tình hình tổ chức"));
    var q = r.rollCall().quorum();
    doc.text("Tổng số người được triệu tập: " + q.summoned() + "; có mặt: " + q.present()
        + "; số phiếu phát ra: " + r.sheet().issued() + "; số phiếu thu vào: "
        + r.sheet().collected() + ". Số người được lấy phiếu: " + r.subjects().size() + ".");
    doc.add(Layout.sitesTable(r));
    Layout.privacyNote(r).ifPresent(note -> doc.add(new Doc.Para(List.of(Span.italic(note)),
        Align.JUSTIFY, Fonts.SMALL + 1, 2, false)));
    doc.line(Align.LEFT, 8, Span.bold("2. Kết quả"));
    r.results().computed().ifPresentOrElse(results -> {
      doc.add(new Doc.Para(List.of(Span.italic("Tỷ lệ phần trăm tính trên "
          + Layout.baseColumn(results).substring("% trên ".length()) + ".")), Align.LEFT,
          Fonts.SMALL + 1, 2, false));
      doc.add(Layout.resultsTable(results, results.subjects(), true));
      doc.line(Align.LEFT, 8, Span.bold("3. Thứ tự theo tỷ lệ tín nhiệm cao"));
      doc.add(ranking(results));
      doc.line(Align.LEFT, 8, Span.bold("4. Các trường hợp phải xem xét"));
      CountingMinutes.bands(doc, r, results);
    }, () -> doc.text("Số liệu chưa khớp nên chưa tính được kết quả."));
    doc.line(Align.LEFT, 8, Span.bold("5. Tùy chọn áp dụng"));
    for (String line : CountingMinutes.options(r)) {
      doc.text(line);
    }
    doc.add(new Signatures(List.of(new Signature(List.of(), ""),
        new Signature(List.of("T/M " + Layout.upper(d.organisation())),
            r.settings().chair())), 2));
    doc.add(new Doc.Para(List.of(new Span("Nơi nhận:", true, true, false)), Align.LEFT,
        Fonts.SMALL + 1, 0, false));
    doc.add(new Doc.Para(List.of(Span.plain("- Như trên;")), Align.LEFT, Fonts.SMALL + 1, 0,
        false));
    doc.add(new Doc.Para(List.of(Span.plain("- Lưu văn phòng.")), Align.LEFT, Fonts.SMALL + 1,
        0, false));
    return doc.build();
  }

  private static Table ranking(Results results) {
    List<List<Cell>> body = results.ranking().stream().map((SubjectResult s) -> List.of(
        Cell.of(String.valueOf(s.rank())), Cell.of(s.fullName()), Cell.of(s.position()),
        Cell.of(String.valueOf(s.counts().high())), Cell.of(Layout.pct(s.high())))).toList();
    return new Table(List.of(new Col(10, Align.CENTER), new Col(32, Align.LEFT),
        new Col(30, Align.LEFT), new Col(12, Align.CENTER), new Col(16, Align.CENTER)),
        List.of(List.of(Cell.head("Thứ tự"), Cell.head("Họ và tên"), Cell.head("Chức vụ"),
            Cell.head("Tín nhiệm cao"), Cell.head("Tỷ lệ %"))), body, 0, Fonts.TABLE);
  }
}
