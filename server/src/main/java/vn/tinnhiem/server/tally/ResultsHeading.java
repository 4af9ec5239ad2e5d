package vn.tinnhiem.server.tally;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the results page and documents print above the counts.
 *
 * @param organisation the voting body, printed top left, e.g. "Đảng bộ Trường Đại học Mẫu"
 * @param title        the session, e.g. "Lấy phiếu tín nhiệm giữa nhiệm kỳ 2025–2030"
 * @param place        where, e.g. "Hà Nội"
 * @param date         when the votes were counted
 */
public record ResultsHeading(String organisation, String title, String place, LocalDate date) {

  public ResultsHeading {
    requireText("organisation", organisation);
    requireText("title", title);
    requireText("place", place);
    Objects.requireNonNull(date, "date");
  }

  private static void requireText(String name, String value) {
    Objects.requireNonNull(value, name);
    if (value.isBlank() || value.length() > 300) {
      throw new IllegalArgumentException("bad " + name);
    }
  }
}
