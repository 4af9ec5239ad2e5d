package vn.tinnhiem.server.documents;

import java.util.ArrayList;
import java.util.List;
import vn.tinnhiem.server.documents.Doc.Align;
import vn.tinnhiem.server.documents.Doc.Cell;
import vn.tinnhiem.server.documents.Doc.Col;
import vn.tinnhiem.server.documents.Doc.Signature;
import vn.tinnhiem.server.documents.Doc.Signatures;
import vn.tinnhiem.server.documents.Doc.Span;
import vn.tinnhiem.server.documents.Doc.Table;
import vn.tinnhiem.server.roll.Mark;
import vn.tinnhiem.server.roll.MemberMark;
import vn.tinnhiem.server.roll.SiteRoll;
import vn.tinnhiem.server.session.Exclusion;
import vn.tinnhiem.server.session.ExclusionReason;
import vn.tinnhiem.server.session.Subject;

/**
 * The lists printed before the vote: the people voted on (with those left out and why), and
 * each site's roll-call sheet with a column to sign, the marks filled in once taken.
 */
final class Lists {

  private Lists() {}

  static Doc subjects(ConferenceRecord r) {
    var d = r.session().details();
    Doc.Builder doc = new Doc.Builder("Danh sách người được lấy phiếu tín nhiệm – " + d.title())
        .runningHead(d.organisation() + " · Danh sách người được lấy phiếu tín nhiệm");
    doc.add(Layout.letterhead(r));
    doc.title("DANH SÁCH", "Người được lấy phiếu tín nhiệm", d.title());
    List<List<Cell>> body = new ArrayList<>();
    for (Subject s : r.subjects()) {
      body.add(List.of(Cell.of(String.valueOf(s.ordinal())), Cell.of(s.fullName()),
          Cell.of(s.position())));
    }
    doc.add(new Table(List.of(new Col(8, Align.CENTER), new Col(42, Align.LEFT),
        new Col(50, Align.LEFT)), List.of(List.of(Cell.head("TT"), Cell.head("Họ và tên"),
        Cell.head("Chức vụ"))), body, 0, Fonts.TABLE + 1));
    doc.text("(Danh sách có " + r.subjects().size() + " người.)");
    if (!r.exclusions().isEmpty()) {
      doc.line(Align.LEFT, 8, Span.bold("Không lấy phiếu tín nhiệm đối với:"));
      List<List<Cell>> out = new ArrayList<>();
      int i = 1;
      for (Exclusion e : r.exclusions()) {
        out.add(List.of(Cell.of(String.valueOf(i++)), Cell.of(e.fullName()),
            Cell.of(e.position()), Cell.of(e.reason() == ExclusionReason.RETIREMENT_NOTIFIED
                ? "Đã có thông báo nghỉ hưu, nghỉ công tác" : "Mới được bầu, bổ nhiệm trong năm")));
      }
      doc.add(new Table(List.of(new Col(8, Align.CENTER), new Col(30, Align.LEFT),
          new Col(30, Align.LEFT), new Col(32, Align.LEFT)), List.of(List.of(Cell.head("TT"),
          Cell.head("Họ và tên"), Cell.head("Chức vụ"), Cell.head("Lý do"))), out, 0,
          Fonts.TABLE));
    }
    doc.add(new Signatures(List.of(new Signature(List.of(), ""),
        new Signature(List.of("T/M " + Layout.upper(d.organisation())), r.settings().chair())),
        2));
    return doc.build();
  }

  /** One site's sheet; {@code siteId} must be a site of the session. */
  static Doc rollCall(ConferenceRecord r, long siteId) {
    SiteRoll site = r.rollCall().sites().stream().filter(s -> s.site().id() == siteId)
        .findFirst().orElseThrow();
    var d = r.session().details();
    Doc.Builder doc = new Doc.Builder("Danh sách điểm danh – " + site.site().name())
        .runningHead(d.organisation() + " · Điểm danh " + site.site().name());
    doc.add(Layout.letterhead(r));
    doc.title("DANH SÁCH ĐIỂM DANH ĐẠI BIỂU", d.title(), "Điểm cầu: " + site.site().name());
    List<List<Cell>> body = new ArrayList<>();
    int i = 1;
    for (MemberMark m : r.marks().getOrDefault(siteId, List.of())) {
      body.add(List.of(Cell.of(String.valueOf(i++)), Cell.of(m.member().fullName()),
          Cell.of(m.member().unit()), Cell.of(m.mark() == Mark.PRESENT ? "x" : ""),
          Cell.of(m.mark() == Mark.EXCUSED ? "x" : ""), Cell.of(m.mark() == Mark.ABSENT ? "x" : ""),
          Cell.of("")));
    }
    doc.add(new Table(List.of(new Col(6, Align.CENTER), new Col(27, Align.LEFT),
        new Col(25, Align.LEFT), new Col(9, Align.CENTER), new Col(10, Align.CENTER),
        new Col(8, Align.CENTER), new Col(15, Align.CENTER)),
        List.of(List.of(Cell.head("TT"), Cell.head("Họ và tên"), Cell.head("Đơn vị"),
            Cell.head("Có mặt"), Cell.head("Vắng có lý do"), Cell.head("Vắng"),
            Cell.head("Ký tên"))), body, 22, Fonts.TABLE));
    doc.text("Tổng số đại biểu được triệu tập tại điểm cầu: " + site.summoned() + "; có mặt: "
        + (site.present() + site.absent() + site.excused() == 0 && !site.counted()
            ? Layout.DOTS : String.valueOf(site.present())) + ".");
    doc.add(new Signatures(List.of(new Signature(List.of(), ""),
        new Signature(List.of("THƯ KÝ ĐIỂM CẦU"), "")), 2));
    return doc.build();
  }
}
