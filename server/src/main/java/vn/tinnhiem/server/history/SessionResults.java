package vn.tinnhiem.server.history;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tinnhiem.server.counting.CountSheet;
import vn.tinnhiem.server.counting.CountingService;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.SessionStatus;
import vn.tinnhiem.server.tally.Results;
import vn.tinnhiem.server.tally.ResultsInput;
import vn.tinnhiem.server.tally.SubjectCounts;
import vn.tinnhiem.server.tally.TallyService;
import vn.tinnhiem.server.tally.Totals;

/**
 * A session's final results, as the results page computes them, once counting is closed:
 * what the projector announces and what a person's history lists. Before that: empty.
 */
@Component
public class SessionResults {

  private final SessionService sessions;
  private final CountingService counting;
  private final TallyService tally;

  SessionResults(SessionService sessions, CountingService counting, TallyService tally) {
    this.sessions = sessions;
    this.counting = counting;
    this.tally = tally;
  }

  @Transactional(readOnly = true)
  public Optional<Results> announced(long sessionId) {
    boolean closed = sessions.find(sessionId)
        .map(s -> s.status() == SessionStatus.CLOSED).orElse(false);
    if (!closed) {
      return Optional.empty();
    }
    return counting.sheet(sessionId).flatMap(sheet -> tally.calculate(input(sheet)).computed());
  }

  /** The counting sheet as the calculator's input (the same mapping as the results page). */
  static ResultsInput input(CountSheet sheet) {
    Totals totals = new Totals(sheet.summoned(), sheet.present(), sheet.issued(),
        sheet.collected(), sheet.whollyInvalid());
    return new ResultsInput(sheet.preset(), sheet.base(), sheet.invalidity(),
        sheet.blankAllowed(), totals, sheet.subjects().stream()
            .map(s -> new SubjectCounts(s.ordinal(), s.fullName(), s.position(), s.high(),
                s.confident(), s.low(), sheet.rowInvalid(s), s.blank()))
            .toList());
  }
}
