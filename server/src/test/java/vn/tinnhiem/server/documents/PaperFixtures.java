package vn.tinnhiem.server.documents;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tinnhiem.server.ceremony.BoardMember;
import vn.tinnhiem.server.ceremony.BoardRole;
import vn.tinnhiem.server.counting.CountSheet;
import vn.tinnhiem.server.counting.SiteBallots;
import vn.tinnhiem.server.counting.SitePrivacy;
import vn.tinnhiem.server.counting.SubjectCount;
import vn.tinnhiem.server.documents.ConferenceRecord.Electronic;
import vn.tinnhiem.server.roll.Mark;
import vn.tinnhiem.server.roll.MemberMark;
import vn.tinnhiem.server.roll.Quorum;
import vn.tinnhiem.server.roll.RollCall;
import vn.tinnhiem.server.roll.SiteRoll;
import vn.tinnhiem.server.roll.VotingOpening;
import vn.tinnhiem.server.session.Exclusion;
import vn.tinnhiem.server.session.ExclusionReason;
import vn.tinnhiem.server.session.Member;
import vn.tinnhiem.server.session.SessionDetails;
import vn.tinnhiem.server.session.SessionStatus;
import vn.tinnhiem.server.session.Site;
import vn.tinnhiem.server.session.Subject;
import vn.tinnhiem.server.session.VoteSession;
import vn.tinnhiem.server.tally.Band;
import vn.tinnhiem.server.tally.InvalidityMode;
import vn.tinnhiem.server.tally.Preset;
import vn.tinnhiem.server.tally.ResultsCalculator;

/**
 * Conference records built in memory (no database), placeholder people only: two sites, a
 * board of three, subjects with counts that add up, so each paper can be rendered in
 * milliseconds and read back.
 */
final class PaperFixtures {

  static final String[] NAMES = {"Nguyễn Văn A", "Trần Thị B", "Lê Văn C", "Phạm Thị D",
      "Hoàng Văn E", "Vũ Thị F", "Đặng Văn G", "Bùi Thị H", "Đỗ Văn I", "Ngô Thị K",
      "Dương Văn L", "Lý Thị M"};
  static final OffsetDateTime COUNTING = OffsetDateTime.of(2026, 11, 26, 2, 5, 0, 0,
      ZoneOffset.UTC);
  static final OffsetDateTime CLOSED = COUNTING.plusMinutes(50);

  private PaperFixtures() {}

  /**
   * A closed QD96 or NQ96 conference: Hà Nội with {@code hanoi} members all present, TP. Hồ
   * Chí Minh with {@code hcm}, {@code subjects} subjects; subject 3 is rated low by more than
   * half, subject 4 by two thirds.
   */
  static ConferenceRecord closed(Preset preset, int hanoi, int hcm, int subjects,
      boolean electronic) {
    SessionDetails d = new SessionDetails("Hội nghị lấy phiếu tín nhiệm năm 2026",
        "Đảng ủy Trường Đại học Mẫu", LocalDate.of(2026, 11, 26), "Hội trường A, Hà Nội",
        preset, preset.defaultBase(), InvalidityMode.PER_ROW, false);
    VoteSession session = new VoteSession(7, d, SessionStatus.CLOSED, "secretary", COUNTING);
    Site hn = new Site(1, 7, "Cơ sở Hà Nội", 1);
    Site hcmc = new Site(2, 7, "Cơ sở TP. Hồ Chí Minh", 2);
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < hanoi + hcm; i++) {
      members.add(new Member(100 + i, 7, i < hanoi ? 1 : 2,
          NAMES[i % NAMES.length] + (i >= NAMES.length ? " " + (i / NAMES.length + 1) : ""),
          "Khoa " + (i + 1)));
    }
    Map<Long, List<MemberMark>> marks = new LinkedHashMap<>();
    marks.put(1L, members.subList(0, hanoi).stream().map(m -> new MemberMark(m, Mark.PRESENT))
        .toList());
    marks.put(2L, members.subList(hanoi, hanoi + hcm).stream()
        .map(m -> new MemberMark(m, Mark.PRESENT)).toList());
    RollCall roll = new RollCall(7, List.of(new SiteRoll(hn, hanoi, hanoi, 0, 0, false),
        new SiteRoll(hcmc, hcm, hcm, 0, 0, false)));
    int collected = hanoi + hcm;
    List<Subject> list = new ArrayList<>();
    List<SubjectCount> counts = new ArrayList<>();
    for (int i = 0; i < subjects; i++) {
      String name = "Người được lấy phiếu " + (i + 1);
      String post = i == 0 ? "Bí thư Đảng ủy" : "Ủy viên Ban Thường vụ";
      list.add(new Subject(500 + i, 7, i + 1, name, post, null));
      int low = i == 2 ? collected / 2 + 1 : i == 3 ? collected : 0;
      int high = (collected - low) * 2 / 3;
      counts.add(new SubjectCount(500 + i, i + 1, name, post, true, high,
          collected - low - high, low, 0, 0));
    }
    List<SiteBallots> sites = List.of(
        new SiteBallots(1, hn.name(), hanoi, hanoi, true, hanoi, hanoi, false),
        new SiteBallots(2, hcmc.name(), hcm, hcm, true, hcm, hcm, electronic));
    CountSheet sheet = new CountSheet(7, preset, preset.defaultBase(), InvalidityMode.PER_ROW,
        false, true, sites, counts);
    List<BoardMember> board = List.of(
        new BoardMember(members.get(hanoi + hcm - 1), BoardRole.HEAD, COUNTING),
        new BoardMember(members.get(hanoi + hcm - 2), BoardRole.SECRETARY, COUNTING),
        new BoardMember(members.get(hanoi + hcm - 3), BoardRole.MEMBER, COUNTING));
    Map<Band, String> consequences = new EnumMap<>(Band.class);
    consequences.put(Band.NONE, "Không thuộc trường hợp phải xem xét.");
    consequences.put(Band.OVER_HALF, "Hệ quả trên một nửa.");
    consequences.put(Band.TWO_THIRDS_OR_MORE, "Hệ quả từ hai phần ba.");
    Optional<Electronic> e = electronic
        ? Optional.of(new Electronic("AbCdEfGh12345", "fInGeRpRiNt0123456789abcdef",
            "a".repeat(64), hcm, hcm, 3, 2, true))
        : Optional.empty();
    return new ConferenceRecord(session, list,
        List.of(new Exclusion(1, 7, "Đỗ Thị N", "Ủy viên Ban Chấp hành",
            ExclusionReason.RETIREMENT_NOTIFIED, "")),
        roll, marks, Optional.of(new VotingOpening(7, COUNTING.minusHours(1), "secretary",
            new Quorum(hanoi + hcm, hanoi + hcm), Map.of(1L, hanoi, 2L, hcm),
            Map.of(1L, hanoi, 2L, hcm))),
        board, sheet, SitePrivacy.of(SitePrivacy.DEFAULT_THRESHOLD, sites),
        ResultsCalculator.calculate(sheet.resultsInput()), List.of(), e,
        new DocumentSettings("Nguyễn Văn A", "Trần Thị B", "Đảng bộ Khối Mẫu",
            "Ban Thường vụ Đảng ủy Khối Mẫu", "Hà Nội"),
        Optional.of(COUNTING), Optional.of(CLOSED), ZoneId.of("Asia/Ho_Chi_Minh"),
        consequences);
  }
}
