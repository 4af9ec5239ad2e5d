package vn.tinnhiem.server.documents;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.tinnhiem.server.ceremony.BoardMember;
import vn.tinnhiem.server.ceremony.BoardRole;
import vn.tinnhiem.server.counting.SiteBallots;
import vn.tinnhiem.server.documents.Doc.Align;
import vn.tinnhiem.server.documents.Doc.Cell;
import vn.tinnhiem.server.documents.Doc.Col;
import vn.tinnhiem.server.documents.Doc.Header;
import vn.tinnhiem.server.documents.Doc.Signature;
import vn.tinnhiem.server.documents.Doc.Span;
import vn.tinnhiem.server.documents.Doc.Table;
import vn.tinnhiem.server.tally.Band;
import vn.tinnhiem.server.tally.CountingBase;
import vn.tinnhiem.server.tally.InvalidityMode;
import vn.tinnhiem.server.tally.Preset;
import vn.tinnhiem.server.tally.Results;
import vn.tinnhiem.server.tally.SubjectResult;

/**
 * The pieces every paper shares, in the conventions of Vietnamese official papers: the
 * letterhead, the date line, times in words, dotted lines for what is filled in by hand,
 * the results table, the counting board's signatures. Papers are Vietnamese whatever the
 * page language.
 */
final class Layout {

  static final Locale VI = Locale.forLanguageTag("vi-VN");
  /** A blank to fill in by hand. */
  static final String DOTS = "……………………";

  private Layout() {}

  static String or(String value) {
    return value == null || value.isBlank() ? DOTS : value;
  }

  /** "đồng chí" under Party rules, "ông (bà)" under State rules. */
  static String honorific(ConferenceRecord r) {
    return r.party() ? "đồng chí" : "ông (bà)";
  }

  /**
   * Top left the parent body and the organisation in capitals, then "*" (Party) or a short
   * rule; top right the national header; the date line under it.
   */
  static Header letterhead(ConferenceRecord r) {
    List<Span> left = new ArrayList<>();
    if (!r.settings().parentBody().isEmpty()) {
      left.add(Span.plain(upper(r.settings().parentBody())));
    }
    left.add(Span.bold(upper(r.session().details().organisation())));
    left.add(Span.plain(r.party() ? "*" : "———"));
    List<Span> right = new ArrayList<>();
    if (r.party()) {
      right.add(new Span("ĐẢNG CỘNG SẢN VIỆT NAM", true, false, true));
    } else {
      right.add(Span.bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
      right.add(new Span("Độc lập - Tự do - Hạnh phúc", true, false, true));
    }
    right.add(Span.plain(" "));
    right.add(Span.italic(placeDate(r, r.session().details().heldOn())));
    return new Header(left, right);
  }

  static String upper(String s) {
    return s.toUpperCase(VI);
  }

  /** "Hà Nội, ngày 05 tháng 02 năm 2026": day under 10 and months 1, 2 with a leading zero. */
  static String placeDate(ConferenceRecord r, LocalDate date) {
    String place = r.settings().locality().isEmpty() ? r.session().details().place()
        : r.settings().locality();
    return place + ", " + date(date);
  }

  static String date(LocalDate date) {
    int m = date.getMonthValue();
    return "ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng "
        + (m <= 2 ? String.format("%02d", m) : String.valueOf(m)) + " năm " + date.getYear();
  }

  /** "9 giờ 05 phút, ngày 26 tháng 11 năm 2026", or dotted lines when not yet known. */
  static String moment(ConferenceRecord r, Optional<OffsetDateTime> at) {
    if (at.isEmpty()) {
      return "… giờ … phút, " + date(r.session().details().heldOn());
    }
    ZonedDateTime t = at.get().atZoneSameInstant(r.zone());
    return t.getHour() + " giờ " + String.format("%02d", t.getMinute()) + " phút, "
        + date(t.toLocalDate());
  }

  /** "9 giờ 05 phút" alone. */
  static String clock(ConferenceRecord r, Optional<OffsetDateTime> at) {
    if (at.isEmpty()) {
      return "… giờ … phút";
    }
    ZonedDateTime t = at.get().atZoneSameInstant(r.zone());
    return t.getHour() + " giờ " + String.format("%02d", t.getMinute()) + " phút";
  }

  static String role(BoardRole role) {
    return switch (role) {
      case HEAD -> "Trưởng ban";
      case SECRETARY -> "Thư ký";
      case MEMBER -> "Ủy viên";
    };
  }

  /** Head first ("T/M BAN KIỂM PHIẾU / TRƯỞNG BAN"), then every other member. */
  static List<Signature> boardSignatures(ConferenceRecord r) {
    List<Signature> out = new ArrayList<>();
    List<BoardMember> board = new ArrayList<>(r.board());
    board.sort((a, b) -> Integer.compare(a.role().ordinal(), b.role().ordinal()));
    for (BoardMember m : board) {
      out.add(m.role() == BoardRole.HEAD
          ? new Signature(List.of("T/M BAN KIỂM PHIẾU", "TRƯỞNG BAN"), m.member().fullName())
          : new Signature(List.of(upper(role(m.role()))), m.member().fullName()));
    }
    if (out.isEmpty()) {
      out.add(new Signature(List.of("T/M BAN KIỂM PHIẾU", "TRƯỞNG BAN"), ""));
    }
    return out;
  }

  static String preset(Preset p) {
    return p == Preset.QD96 ? "Quy định số 96-QĐ/TW ngày 02/02/2023 của Ban Chấp hành Trung ương"
        : "Nghị quyết số 96/2023/QH15 ngày 23/6/2023 của Quốc hội";
  }

  static String base(CountingBase b) {
    return switch (b) {
      case MEMBERS -> "tổng số người được triệu tập";
      case ISSUED -> "tổng số phiếu phát ra";
      case COLLECTED -> "tổng số phiếu thu vào";
      case VALID -> "số phiếu hợp lệ đối với từng người";
    };
  }

  static String invalidity(InvalidityMode m) {
    return m == InvalidityMode.PER_ROW
        ? "theo từng người (dòng ghi sai chỉ không hợp lệ đối với người đó)"
        : "theo cả phiếu (một dòng ghi sai làm cả phiếu không hợp lệ)";
  }

  static String band(Band b) {
    return switch (b) {
      case NONE -> "Không quá 1/2";
      case OVER_HALF -> "Trên 1/2";
      case TWO_THIRDS_OR_MORE -> "Từ 2/3 trở lên";
    };
  }

  /** The preset's consequence of the band, as the results page words it. */
  static String consequence(ConferenceRecord r, Band b) {
    return r.consequences().get(b);
  }

  static String pct(vn.tinnhiem.server.tally.Share s) {
    return s.formatPercent(VI);
  }

  /** The base as a column head: "% trên tổng số phiếu thu vào (7)". */
  static String baseColumn(Results results) {
    var t = results.input().totals();
    Long common = switch (results.input().base()) {
      case MEMBERS -> t.members();
      case ISSUED -> t.issued();
      case COLLECTED -> t.collected();
      case VALID -> null;
    };
    return "% trên " + base(results.input().base()) + (common == null ? "" : " (" + common + ")");
  }

  /**
   * TT, name, position, valid, invalid, then count and percentage of each level, then the
   * band; the percentages' base named in the head.
   */
  static Table resultsTable(Results results, List<SubjectResult> rows, boolean bandColumn) {
    List<Col> cols = new ArrayList<>(List.of(new Col(4.5f, Align.CENTER),
        new Col(17, Align.LEFT), new Col(15, Align.LEFT), new Col(7, Align.CENTER),
        new Col(7, Align.CENTER)));
    for (int i = 0; i < 3; i++) {
      cols.add(new Col(6.5f, Align.CENTER));
      cols.add(new Col(8.5f, Align.CENTER));
    }
    if (bandColumn) {
      cols.add(new Col(9.5f, Align.CENTER));
    }
    List<Cell> head1 = new ArrayList<>(List.of(Cell.head("TT").span(1, 2),
        Cell.head("Họ và tên").span(1, 2), Cell.head("Chức vụ").span(1, 2),
        Cell.head("Phiếu hợp lệ").span(1, 2), Cell.head("Phiếu không hợp lệ").span(1, 2),
        Cell.head("Tín nhiệm cao").span(2, 1), Cell.head("Tín nhiệm").span(2, 1),
        Cell.head("Tín nhiệm thấp").span(2, 1)));
    if (bandColumn) {
      head1.add(Cell.head("Mức tín nhiệm thấp").span(1, 2));
    }
    List<Cell> head2 = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      head2.add(Cell.head("Số phiếu"));
      head2.add(Cell.head("Tỷ lệ"));
    }
    List<List<Cell>> body = new ArrayList<>();
    for (SubjectResult s : rows) {
      List<Cell> row = new ArrayList<>(List.of(Cell.of(String.valueOf(s.order())),
          Cell.of(s.fullName()), Cell.of(s.position()), Cell.of(String.valueOf(s.valid())),
          Cell.of(String.valueOf(s.invalid())),
          Cell.of(String.valueOf(s.counts().high())), Cell.of(pct(s.high())),
          Cell.of(String.valueOf(s.counts().confident())), Cell.of(pct(s.confident())),
          Cell.of(String.valueOf(s.counts().low())), Cell.of(pct(s.low()))));
      if (bandColumn) {
        row.add(Cell.of(band(s.band())));
      }
      body.add(row);
    }
    return new Table(cols, List.of(head1, head2), body, 0, Fonts.SMALL - 1);
  }

  /** The site table: summoned, present, issued, collected; a small site's ballots held back. */
  static Table sitesTable(ConferenceRecord r) {
    List<Col> cols = List.of(new Col(34, Align.LEFT), new Col(13, Align.CENTER),
        new Col(13, Align.CENTER), new Col(13, Align.CENTER), new Col(13, Align.CENTER),
        new Col(14, Align.CENTER));
    List<Cell> head = List.of(Cell.head("Điểm cầu"), Cell.head("Triệu tập"), Cell.head("Có mặt"),
        Cell.head("Phiếu phát ra"), Cell.head("Phiếu thu vào"), Cell.head("Hình thức"));
    List<List<Cell>> body = new ArrayList<>();
    for (SiteBallots s : r.sheet().sites()) {
      boolean shown = s.recorded() && r.privacy().shown(s.siteId());
      body.add(List.of(Cell.of(s.siteName()), Cell.of(String.valueOf(s.summoned())),
          Cell.of(String.valueOf(s.present())),
          Cell.of(shown ? String.valueOf(s.issued()) : "—"),
          Cell.of(shown ? String.valueOf(s.collected()) : "—"),
          Cell.of(s.electronic() ? "Điện tử" : "Phiếu giấy")));
    }
    body.add(List.of(Cell.of("Tổng cộng").bolded(),
        Cell.of(String.valueOf(r.sheet().summoned())).bolded(),
        Cell.of(String.valueOf(r.sheet().present())).bolded(),
        Cell.of(String.valueOf(r.sheet().issued())).bolded(),
        Cell.of(String.valueOf(r.sheet().collected())).bolded(), Cell.of("")));
    return new Table(cols, List.of(head), body, 0, Fonts.TABLE);
  }

  /** The note under a site table when some site's ballots are held back. */
  static Optional<String> privacyNote(ConferenceRecord r) {
    return r.privacy().anyHidden()
        ? Optional.of("Ghi chú: số phiếu riêng của điểm cầu có dưới " + r.privacy().threshold()
            + " phiếu (và của một điểm cầu khác khi cần, để không suy ra được) không công bố"
            + " riêng, nhằm giữ bí mật lá phiếu; các số liệu đó đã được cộng vào tổng số.")
        : Optional.empty();
  }
}
