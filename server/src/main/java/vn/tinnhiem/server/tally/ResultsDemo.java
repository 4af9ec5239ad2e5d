package vn.tinnhiem.server.tally;

import java.time.LocalDate;
import java.util.List;

/**
 * Placeholder results for the demo page until sessions and counting are wired
 * in: 9 summoned, 8 present, 5 subjects. The counts hit the bands' edges: one
 * subject has exactly half tín nhiệm thấp of the collected ballots (no band),
 * one over half, one at least two thirds, and two tie on tín nhiệm cao.
 */
final class ResultsDemo {

  static final LocalDate DATE = LocalDate.of(2026, 3, 16);

  private ResultsDemo() {}

  static ResultsHeading heading(Preset preset) {
    return switch (preset) {
      case QD96 -> new ResultsHeading("Đảng bộ Trường Đại học Mẫu",
          "Hội nghị Ban Chấp hành Đảng bộ lấy phiếu tín nhiệm, nhiệm kỳ 2025–2030",
          "Hà Nội", DATE);
      case NQ96 -> new ResultsHeading("Hội đồng nhân dân tỉnh Mẫu",
          "Kỳ họp lấy phiếu tín nhiệm đối với người giữ chức vụ do Hội đồng nhân dân bầu",
          "Thành phố Mẫu", DATE);
    };
  }

  /**
   * The demo counts under the given options; base {@code null} means the
   * preset's default. Under WHOLE_BALLOT one ballot is wholly invalid instead of
   * the two invalid rows of PER_ROW.
   */
  static ResultsInput input(Preset preset, CountingBase base, InvalidityMode invalidity) {
    List<String> positions = switch (preset) {
      case QD96 -> List.of("Bí thư Đảng ủy", "Phó Bí thư Đảng ủy",
          "Ủy viên Ban Thường vụ Đảng ủy", "Ủy viên Ban Thường vụ Đảng ủy",
          "Ủy viên Ban Thường vụ Đảng ủy");
      case NQ96 -> List.of("Chủ tịch Hội đồng nhân dân", "Phó Chủ tịch Hội đồng nhân dân",
          "Chủ tịch Ủy ban nhân dân", "Phó Chủ tịch Ủy ban nhân dân",
          "Phó Chủ tịch Ủy ban nhân dân");
    };
    boolean whole = invalidity == InvalidityMode.WHOLE_BALLOT;
    List<SubjectCounts> subjects = List.of(
        new SubjectCounts(1, "Nguyễn Văn A", positions.get(0), 5, whole ? 2 : 3, 0),
        new SubjectCounts(2, "Trần Thị B", positions.get(1), 2, 2, whole ? 3 : 4),
        new SubjectCounts(3, "Lê Văn C", positions.get(2), 1, 1, 5, whole ? 0 : 1, 0),
        new SubjectCounts(4, "Phạm Thị D", positions.get(3), 0, whole ? 1 : 2, 6),
        new SubjectCounts(5, "Hoàng Văn E", positions.get(4), 5, 2, 0, whole ? 0 : 1, 0));
    Totals totals = new Totals(9, 8, 8, 8, whole ? 1 : 0);
    return new ResultsInput(preset, base == null ? preset.defaultBase() : base, invalidity,
        false, totals, subjects);
  }
}
