package vn.tinnhiem.server.history;

import java.time.LocalDate;
import vn.tinnhiem.server.TestFlow;
import vn.tinnhiem.server.ceremony.CountingBoardService;
import vn.tinnhiem.server.counting.CountingService;
import vn.tinnhiem.server.counting.PaperCounts;
import vn.tinnhiem.server.roll.RollService;
import vn.tinnhiem.server.session.SessionDetails;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.TestConferences;
import vn.tinnhiem.server.session.TestConferences.Conference;
import vn.tinnhiem.server.tally.InvalidityMode;
import vn.tinnhiem.server.tally.Preset;

/** Conferences run to the end through the services: everybody present, paper counts entered. */
final class ClosedConferences {

  private ClosedConferences() {}

  /**
   * A closed conference on {@code heldOn} with 3 + 3 members and one subject per row of
   * {@code levels} (high, confident, low; each row adds up to the 6 ballots collected).
   */
  static Conference closed(SessionService sessions, RollService roll,
      CountingBoardService boards, CountingService counting, LocalDate heldOn,
      int[][] levels) {
    SessionDetails d = TestConferences.details(Preset.QD96);
    SessionDetails details = new SessionDetails(d.title(), d.organisation(), heldOn, d.place(),
        Preset.QD96, Preset.QD96.defaultBase(), InvalidityMode.PER_ROW, false);
    Conference c = TestConferences.draft(sessions, details, 3, 3, levels.length);
    sessions.open(c.id(), TestFlow.BY).orElseThrow();
    TestFlow.openVoting(roll, boards, c);
    counting.recordBallots(c.id(), c.hanoi().id(), 3, 3, TestFlow.BY).orElseThrow();
    counting.recordBallots(c.id(), c.hcm().id(), 3, 3, TestFlow.BY).orElseThrow();
    counting.startCounting(c.id(), TestFlow.BY).orElseThrow();
    for (int i = 0; i < levels.length; i++) {
      PaperCounts counts = new PaperCounts(levels[i][0], levels[i][1], levels[i][2], 0, 0);
      // Double entry: two members of the board enter the same counts.
      for (String by : new String[] {TestFlow.BY, TestFlow.BY + "-second"}) {
        counting.enterCounts(c.id(), c.subjects().get(i).id(), counts, by).orElseThrow();
      }
    }
    counting.close(c.id(), TestFlow.BY).orElseThrow();
    return c;
  }
}
