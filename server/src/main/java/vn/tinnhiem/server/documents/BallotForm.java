package vn.tinnhiem.server.documents;

import java.util.ArrayList;
import java.util.List;
import vn.tinnhiem.server.documents.Doc.Align;
import vn.tinnhiem.server.documents.Doc.Cell;
import vn.tinnhiem.server.documents.Doc.Col;
import vn.tinnhiem.server.documents.Doc.Span;
import vn.tinnhiem.server.documents.Doc.Table;
import vn.tinnhiem.server.session.Subject;

/**
 * The paper ballot (phiếu lấy phiếu tín nhiệm): one row per subject with a box per level,
 * how to mark it, and the box for the counting board's stamp or signature that makes a ballot
 * valid. A long list runs onto further pages with the table head and a running head repeated.
 * The binding vote of Nghị quyết 96 (bỏ phiếu tín nhiệm) has two boxes.
 */
final class BallotForm {

  /** Which ballot. */
  enum Kind {
    /** Lấy phiếu tín nhiệm: three levels. */
    CONFIDENCE,
    /** Bỏ phiếu tín nhiệm (NQ96): tín nhiệm / không tín nhiệm. */
    BINDING
  }

  /** Tall enough to mark a box with a pen. */
  static final float ROW_HEIGHT = 21;

  private BallotForm() {}

  static Doc build(ConferenceRecord r, Kind kind) {
    boolean binding = kind == Kind.BINDING;
    String title = binding ? "PHIẾU BỎ PHIẾU TÍN NHIỆM" : "PHIẾU LẤY PHIẾU TÍN NHIỆM";
    Doc.Builder doc = new Doc.Builder(title + " – " + r.session().details().title())
        .runningHead(r.session().details().organisation() + " · "
            + (binding ? "Phiếu bỏ phiếu tín nhiệm" : "Phiếu lấy phiếu tín nhiệm")
            + " (tiếp theo)");
    doc.add(Layout.letterhead(r));
    doc.title(title, r.session().details().title());
    List<String> levels = binding ? List.of("Tín nhiệm", "Không tín nhiệm")
        : List.of("Tín nhiệm cao", "Tín nhiệm", "Tín nhiệm thấp");
    doc.add(new Doc.Para(List.of(Span.bold("Cách ghi phiếu: "), Span.plain(binding
        ? "Đối với mỗi người, đánh dấu X vào một trong hai ô “Tín nhiệm” hoặc “Không tín"
            + " nhiệm”. Mỗi dòng chỉ đánh dấu một ô."
        : "Đối với mỗi người, đánh dấu X vào một trong ba ô “Tín nhiệm cao”, “Tín nhiệm”"
            + " hoặc “Tín nhiệm thấp”. Mỗi dòng chỉ đánh dấu một ô.")),
        Align.JUSTIFY, Fonts.BODY, 10, false));
    doc.add(new Doc.Para(List.of(Span.italic("Phiếu không hợp lệ: phiếu không do Ban kiểm"
        + " phiếu phát ra hoặc không có dấu, chữ ký của Ban kiểm phiếu; phiếu gạch tên, ghi"
        + " thêm tên hoặc ký hiệu khác; dòng không đánh dấu ô nào hoặc đánh dấu nhiều hơn một"
        + " ô" + (r.sheet().invalidity() == vn.tinnhiem.server.tally.InvalidityMode.PER_ROW
            ? " (chỉ không hợp lệ đối với người ở dòng đó)." : " (cả phiếu không hợp lệ)."))),
        Align.JUSTIFY, Fonts.SMALL + 1, 2, false));
    doc.add(new Table(List.of(new Col(1, Align.CENTER)),
        List.of(List.of(Cell.head("XÁC NHẬN CỦA BAN KIỂM PHIẾU"))),
        List.of(List.of(Cell.of("(Đóng dấu hoặc ký; phiếu không có xác nhận là phiếu không"
            + " hợp lệ)").aligned(Align.CENTER))), 48, Fonts.SMALL, 42));
    doc.add(table(r.subjects(), levels));
    return doc.build();
  }

  private static Table table(List<Subject> subjects, List<String> levels) {
    List<Col> cols = new ArrayList<>(List.of(new Col(5, Align.CENTER), new Col(27, Align.LEFT),
        new Col(30, Align.LEFT)));
    float box = 38f / levels.size();
    List<Cell> head = new ArrayList<>(List.of(Cell.head("TT"), Cell.head("Họ và tên"),
        Cell.head("Chức vụ")));
    for (String level : levels) {
      cols.add(new Col(box, Align.CENTER));
      head.add(Cell.head(level));
    }
    List<List<Cell>> body = new ArrayList<>();
    for (Subject s : subjects) {
      List<Cell> row = new ArrayList<>(List.of(Cell.of(String.valueOf(s.ordinal())),
          Cell.of(s.fullName()), Cell.of(s.position())));
      for (int i = 0; i < levels.size(); i++) {
        row.add(Cell.of(""));
      }
      body.add(row);
    }
    return new Table(cols, List.of(head), body, ROW_HEIGHT, Fonts.TABLE + 1);
  }
}
