package vn.tinnhiem.server.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.tinnhiem.server.session.SessionStatus;
import vn.tinnhiem.server.tally.SubjectResult;

/**
 * One round of a person's history: a session they were voted on in, and the result there
 * once announced.
 *
 * @param sessionId    the session
 * @param title        its title
 * @param organisation the body holding the vote
 * @param heldOn       the conference day
 * @param status       where the session is
 * @param position     the post voted on
 * @param result       the announced result, or {@code null} before
 * @param baseKey      message key of the percentages' base in that session
 */
public record Round(long sessionId, String title, String organisation, LocalDate heldOn,
    SessionStatus status, String position, SubjectResult result, String baseKey) {

  public boolean announced() {
    return result != null;
  }

  /** The three levels as percentages of the base (one decimal), for the chart. */
  BigDecimal[] percents() {
    return new BigDecimal[] {
        result.high().percent(1).orElse(BigDecimal.ZERO),
        result.confident().percent(1).orElse(BigDecimal.ZERO),
        result.low().percent(1).orElse(BigDecimal.ZERO)};
  }
}
