package vn.tinnhiem.server.documents;

import java.util.List;
import java.util.Optional;
import vn.tinnhiem.server.documents.Doc.Align;
import vn.tinnhiem.server.documents.Doc.Cell;
import vn.tinnhiem.server.documents.Doc.Col;
import vn.tinnhiem.server.documents.Doc.Signature;
import vn.tinnhiem.server.documents.Doc.Signatures;
import vn.tinnhiem.server.documents.Doc.Span;
import vn.tinnhiem.server.documents.Doc.Table;
import vn.tinnhiem.server.tally.SubjectResult;

/** Thông báo kết quả to one person voted on: their own result and nobody else's. */
final class PersonalNotice {

  private PersonalNotice() {}

  /** Empty when the results are not computed or there is no such subject. */
  static Optional<Doc> build(ConferenceRecord r, int order) {
    return r.results().computed().flatMap(results -> results.subjects().stream()
        .filter(s -> s.order() == order).findFirst()
        .map(s -> build(r, s, Layout.baseColumn(results))));
  }

  private static Doc build(ConferenceRecord r, SubjectResult s, String baseColumn) {
    var d = r.session().details();
    Doc.Builder doc = new Doc.Builder("Thông báo kết quả lấy phiếu tín nhiệm – " + s.fullName());
    doc.add(Layout.letterhead(r));
    doc.title("THÔNG BÁO", "Kết quả lấy phiếu tín nhiệm");
    doc.line(Align.CENTER, 8, Span.plain("Kính gửi: " + Layout.honorific(r) + " "
        + s.fullName() + ", " + s.position()));
    doc.text("Tại " + d.title().substring(0, 1).toLowerCase(Layout.VI) + d.title().substring(1)
        + ", " + Layout.date(d.heldOn()) + ", theo " + Layout.preset(d.preset()) + ", "
        + d.organisation() + " thông báo kết quả lấy phiếu tín nhiệm đối với "
        + Layout.honorific(r) + " như sau:");
    var t = s.totals();
    doc.add(new Table(List.of(new Col(60, Align.LEFT), new Col(20, Align.CENTER),
        new Col(20, Align.CENTER)),
        List.of(List.of(Cell.head("Nội dung"), Cell.head("Số phiếu"),
            Cell.head(baseColumn))),
        List.of(
            List.of(Cell.of("Tổng số người được triệu tập"), Cell.of(String.valueOf(t.members())),
                Cell.of("")),
            List.of(Cell.of("Số người có mặt"), Cell.of(String.valueOf(t.present())), Cell.of("")),
            List.of(Cell.of("Số phiếu phát ra"), Cell.of(String.valueOf(t.issued())), Cell.of("")),
            List.of(Cell.of("Số phiếu thu vào"), Cell.of(String.valueOf(t.collected())),
                Cell.of("")),
            List.of(Cell.of("Số phiếu hợp lệ"), Cell.of(String.valueOf(s.valid())), Cell.of("")),
            List.of(Cell.of("Số phiếu không hợp lệ"), Cell.of(String.valueOf(s.invalid())),
                Cell.of("")),
            List.of(Cell.of("Tín nhiệm cao").bolded(),
                Cell.of(String.valueOf(s.counts().high())), Cell.of(Layout.pct(s.high()))),
            List.of(Cell.of("Tín nhiệm").bolded(),
                Cell.of(String.valueOf(s.counts().confident())),
                Cell.of(Layout.pct(s.confident()))),
            List.of(Cell.of("Tín nhiệm thấp").bolded(),
                Cell.of(String.valueOf(s.counts().low())), Cell.of(Layout.pct(s.low())))),
        0, Fonts.TABLE));
    doc.text(Span.plain("Mức tín nhiệm thấp: "), Span.bold(Layout.band(s.band()) + ". "),
        Span.plain(Layout.consequence(r, s.band())));
    doc.text("Thông báo này chỉ gửi riêng " + Layout.honorific(r) + " " + s.fullName() + ".");
    doc.add(new Signatures(List.of(new Signature(List.of(), ""),
        new Signature(List.of("T/M " + Layout.upper(d.organisation())), r.settings().chair())),
        2));
    return doc.build();
  }
}
