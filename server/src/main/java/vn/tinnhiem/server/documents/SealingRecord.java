package vn.tinnhiem.server.documents;

import java.util.ArrayList;
import java.util.List;
import vn.tinnhiem.server.counting.SiteBallots;
import vn.tinnhiem.server.documents.Doc.Align;
import vn.tinnhiem.server.documents.Doc.Cell;
import vn.tinnhiem.server.documents.Doc.Col;
import vn.tinnhiem.server.documents.Doc.Signature;
import vn.tinnhiem.server.documents.Doc.Signatures;
import vn.tinnhiem.server.documents.Doc.Table;

/** Biên bản niêm phong: what goes into the sealed envelope, signed by the board and the chair. */
final class SealingRecord {

  private SealingRecord() {}

  static Doc build(ConferenceRecord r) {
    var d = r.session().details();
    Doc.Builder doc = new Doc.Builder("Biên bản niêm phong – " + d.title());
    doc.add(Layout.letterhead(r));
    doc.title("BIÊN BẢN NIÊM PHONG", "Phiếu và hồ sơ lấy phiếu tín nhiệm – " + d.title());
    doc.text("Hôm nay, vào lúc " + Layout.moment(r, r.closedAt()) + ", tại " + d.place()
        + ", Ban kiểm phiếu tiến hành niêm phong phiếu và hồ sơ lấy phiếu tín nhiệm, với sự"
        + " chứng kiến của chủ trì hội nghị, gồm:");
    int paper = r.sheet().sites().stream().filter(s -> !s.electronic())
        .mapToInt(SiteBallots::collected).sum();
    List<List<Cell>> body = new ArrayList<>();
    body.add(row(1, "Phiếu lấy phiếu tín nhiệm đã thu vào (cả hợp lệ và không hợp lệ)",
        paper + " phiếu"));
    body.add(row(2, "Phiếu chưa sử dụng, phiếu hỏng", Layout.DOTS));
    body.add(row(3, "Biên bản kiểm phiếu", "01 bản"));
    body.add(row(4, "Danh sách điểm danh của các điểm cầu",
        r.rollCall().sites().size() + " bản"));
    r.electronic().ifPresent(e -> body.add(row(5, "Hồ sơ bỏ phiếu điện tử (tệp .bel) ghi trên"
        + " thiết bị lưu trữ; mã băm SHA-256: " + e.archiveHash(), "01 bản")));
    doc.add(new Table(List.of(new Col(8, Align.CENTER), new Col(70, Align.LEFT),
        new Col(22, Align.CENTER)), List.of(List.of(Cell.head("TT"), Cell.head("Tài liệu"),
        Cell.head("Số lượng"))), body, 0, Fonts.TABLE));
    doc.text("Tất cả được cho vào phong bì, dán kín; các thành viên Ban kiểm phiếu và chủ trì"
        + " hội nghị ký trên các mép dán. Phong bì niêm phong được giao cho văn phòng lưu trữ"
        + " theo quy định.");
    doc.text("Biên bản lập thành 02 bản: 01 bản để trong phong bì niêm phong, 01 bản lưu.");
    List<Signature> signatures = new ArrayList<>(Layout.boardSignatures(r));
    signatures.add(new Signature(List.of("CHỦ TRÌ HỘI NGHỊ"), r.settings().chair()));
    doc.add(new Signatures(signatures, 3));
    return doc.build();
  }

  private static List<Cell> row(int n, String what, String count) {
    return List.of(Cell.of(String.valueOf(n)), Cell.of(what), Cell.of(count));
  }
}
