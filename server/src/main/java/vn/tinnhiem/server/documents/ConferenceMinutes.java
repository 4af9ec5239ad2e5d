package vn.tinnhiem.server.documents;

import java.util.List;
import vn.tinnhiem.server.documents.Doc.Align;
import vn.tinnhiem.server.documents.Doc.Signature;
import vn.tinnhiem.server.documents.Doc.Signatures;
import vn.tinnhiem.server.documents.Doc.Span;
import vn.tinnhiem.server.session.Exclusion;
import vn.tinnhiem.server.session.ExclusionReason;

/**
 * Biên bản hội nghị: who chaired and took the minutes, attendance and the quorum, the list
 * voted on and who was left out, the counting board elected, voting, and the results the
 * board announced; signed by the clerk and the chair.
 */
final class ConferenceMinutes {

  private ConferenceMinutes() {}

  static Doc build(ConferenceRecord r) {
    var d = r.session().details();
    Doc.Builder doc = new Doc.Builder("Biên bản hội nghị – " + d.title())
        .runningHead(d.organisation() + " · Biên bản hội nghị");
    doc.add(Layout.letterhead(r));
    doc.title("BIÊN BẢN", d.title());
    String opened = r.opening().map(o -> Layout.moment(r, java.util.Optional.of(o.openedAt())))
        .orElse(Layout.moment(r, java.util.Optional.empty()));
    doc.text("Hôm nay, " + Layout.date(d.heldOn()) + ", tại " + d.place() + ", "
        + d.organisation() + " tổ chức hội nghị lấy phiếu tín nhiệm theo "
        + Layout.preset(d.preset()) + ".");
    doc.text("Chủ trì hội nghị: " + Layout.honorific(r) + " " + Layout.or(r.settings().chair())
        + ". Thư ký hội nghị: " + Layout.honorific(r) + " " + Layout.or(r.settings().clerk())
        + ".");

    doc.line(Align.LEFT, 8, Span.bold("I. THÀNH PHẦN"));
    var quorum = r.rollCall().quorum();
    doc.text("Tổng số người được triệu tập: " + quorum.summoned() + "; có mặt: "
        + quorum.present() + "; vắng: " + (quorum.summoned() - quorum.present()) + ". Số có mặt"
        + (quorum.reached() ? " đạt" : " chưa đạt") + " ít nhất hai phần ba số được triệu tập"
        + " (cần tối thiểu " + quorum.required() + "), tính trên tất cả các điểm cầu.");
    for (var site : r.rollCall().sites()) {
      doc.text("– " + site.site().name() + ": triệu tập " + site.summoned() + ", có mặt "
          + site.present() + ".");
    }

    doc.line(Align.LEFT, 8, Span.bold("II. NỘI DUNG"));
    doc.text("1. Hội nghị nghe công bố danh sách " + r.subjects().size() + " người được lấy"
        + " phiếu tín nhiệm (kèm theo biên bản kiểm phiếu)."
        + (r.exclusions().isEmpty() ? "" : " Không lấy phiếu đối với:"));
    for (Exclusion e : r.exclusions()) {
      doc.text("– " + e.fullName() + ", " + e.position() + ": "
          + (e.reason() == ExclusionReason.RETIREMENT_NOTIFIED
              ? "đã có thông báo nghỉ hưu, nghỉ công tác" : "mới được bầu, bổ nhiệm trong năm")
          + (e.note().isEmpty() ? "." : " (" + e.note() + ")."));
    }
    doc.text("2. Hội nghị bầu Ban kiểm phiếu gồm " + r.board().size() + " thành viên:");
    doc.add(CountingMinutes.boardTable(r));
    doc.text("3. Lúc " + opened + ", hội nghị xác nhận đủ số đại biểu và bắt đầu phát phiếu."
        + " Số phiếu phát ra: " + r.sheet().issued() + "; số phiếu thu vào: "
        + r.sheet().collected() + "."
        + (r.electronic().isPresent() ? " Có điểm cầu bỏ phiếu điện tử; kết quả được cộng"
            + " chung với phiếu giấy." : ""));
    doc.text("4. Trưởng Ban kiểm phiếu công bố biên bản kiểm phiếu. Kết quả:");
    r.results().computed().ifPresentOrElse(results -> {
      doc.add(Layout.resultsTable(results, results.subjects(), true));
      CountingMinutes.bands(doc, r, results);
    }, () -> doc.text(Layout.DOTS));
    doc.text("Hội nghị kết thúc vào hồi " + Layout.clock(r, r.closedAt()) + " cùng ngày.");
    doc.add(new Signatures(List.of(
        new Signature(List.of("THƯ KÝ HỘI NGHỊ"), r.settings().clerk()),
        new Signature(List.of("CHỦ TRÌ HỘI NGHỊ"), r.settings().chair())), 2));
    return doc.build();
  }
}
