package vn.tinnhiem.server.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import vn.tinnhiem.server.TestFlow;
import vn.tinnhiem.server.ceremony.CountingBoardService;
import vn.tinnhiem.server.roll.RollService;
import vn.tinnhiem.server.tally.CountingBase;
import vn.tinnhiem.server.tally.InvalidityMode;
import vn.tinnhiem.server.tally.Preset;
import vn.tinnhiem.server.session.SessionDetails;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.SessionStatus;
import vn.tinnhiem.server.session.TestConferences;
import vn.tinnhiem.server.session.TestConferences.Conference;
import vn.tinnhiem.server.system.Outcome;
import vn.tinnhiem.server.system.Refusal;

/** Ballots, counts and their checks, closing, and the sheet the results calculator reads. */
@SpringBootTest
@AutoConfigureMockMvc
class CountingServiceTests {

  @Autowired
  SessionService sessions;

  @Autowired
  RollService roll;

  @Autowired
  CountingBoardService boards;

  @Autowired
  CountingService counting;

  /** The second member of the board who enters counts, besides {@link TestFlow#BY}. */
  static final String SECOND = "counting-board-2-test";

  /** Enters the counts twice, by two people, so they are accepted; the subject as it stands. */
  SubjectCount enter(long sessionId, long subjectId, PaperCounts counts) {
    counting.enterCounts(sessionId, subjectId, counts, TestFlow.BY).orElseThrow();
    assertThat(counting.enterCounts(sessionId, subjectId, counts, SECOND).orElseThrow().state())
        .isEqualTo(DoubleEntry.State.AGREED);
    return counting.sheet(sessionId).orElseThrow().subjects().stream()
        .filter(s -> s.subjectId() == subjectId).findFirst().orElseThrow();
  }

  static void assertRefused(Outcome<?> outcome, Outcome.Kind kind, String code) {
    assertThat(outcome).isInstanceOf(Outcome.Refused.class);
    Outcome.Refused<?> refused = (Outcome.Refused<?>) outcome;
    assertThat(refused.kind()).isEqualTo(kind);
    assertThat(refused.refusals()).extracting(Refusal::code).contains(code);
  }

  /** 9 summoned (5 + 4), 8 present (5 + 3), voting open. */
  Conference voting(SessionDetails details, int subjects) {
    Conference c = TestConferences.draft(sessions, details, 5, 4, subjects);
    sessions.open(c.id(), TestFlow.BY).orElseThrow();
    TestFlow.roll(roll, c, c.hanoi(), 5);
    TestFlow.roll(roll, c, c.hcm(), 3);
    TestFlow.electBoard(boards, c, 3);
    roll.openVoting(c.id(), TestFlow.BY).orElseThrow();
    return c;
  }

  Conference voting() {
    return voting(TestConferences.details(Preset.QD96), 2);
  }

  /** Voting, then 5 + 3 issued, 5 + 2 collected, counting started. */
  Conference counting(SessionDetails details, int subjects) {
    Conference c = voting(details, subjects);
    counting.recordBallots(c.id(), c.hanoi().id(), 5, 5, TestFlow.BY).orElseThrow();
    counting.recordBallots(c.id(), c.hcm().id(), 3, 2, TestFlow.BY).orElseThrow();
    counting.startCounting(c.id(), TestFlow.BY).orElseThrow();
    return c;
  }

  @Test
  void checksCollectedNotAboveIssuedNotAbovePresent() {
    Conference c = voting();

    assertRefused(counting.recordBallots(c.id(), c.hcm().id(), 4, 3, TestFlow.BY),
        Outcome.Kind.INVALID, "counting.issuedAbovePresent");
    assertRefused(counting.recordBallots(c.id(), c.hcm().id(), 3, 4, TestFlow.BY),
        Outcome.Kind.INVALID, "counting.collectedAboveIssued");
    assertRefused(counting.recordBallots(c.id(), c.hcm().id(), -1, 0, TestFlow.BY),
        Outcome.Kind.INVALID, "PositiveOrZero");
    assertThat(counting.sheet(c.id()).orElseThrow().sites()).noneMatch(SiteBallots::recorded);

    SiteBallots hcm = counting.recordBallots(c.id(), c.hcm().id(), 3, 3, TestFlow.BY)
        .orElseThrow();
    assertThat(hcm.present()).isEqualTo(3);
    assertThat(hcm.summoned()).isEqualTo(4);
  }

  @Test
  void countsMustAddUpToTheBallotsCollected() {
    Conference c = counting(TestConferences.details(Preset.QD96), 2);
    long first = c.subjects().get(0).id();

    // collected = 7: 4 + 1 + 1 + 0 invalid = 6 is one short, 8 one over
    assertRefused(counting.enterCounts(c.id(), first, new PaperCounts(4, 1, 1, 0, 0),
        TestFlow.BY), Outcome.Kind.INVALID, "counting.sumMismatch");
    assertRefused(counting.enterCounts(c.id(), first, new PaperCounts(4, 1, 1, 0, 2),
        TestFlow.BY), Outcome.Kind.INVALID, "counting.sumMismatch");
    assertThat(counting.sheet(c.id()).orElseThrow().subjects().get(0).entered()).isFalse();

    SubjectCount ok = enter(c.id(), first, new PaperCounts(4, 1, 1, 0, 1));
    assertThat(ok.total()).isEqualTo(7);
    assertThat(ok.valid()).isEqualTo(6);
  }

  @Test
  void blankRowsOnlyWhereAllowed() {
    Conference strict = counting(TestConferences.details(Preset.QD96), 1);
    assertRefused(counting.enterCounts(strict.id(), strict.subjects().get(0).id(),
        new PaperCounts(3, 1, 1, 1, 1), TestFlow.BY), Outcome.Kind.INVALID,
        "counting.blankNotAllowed");

    SessionDetails lenient = new SessionDetails("Kỳ họp thứ 7", "Hội đồng nhân dân tỉnh Mẫu",
        LocalDate.of(2026, 11, 26), "Hội trường", Preset.NQ96, CountingBase.MEMBERS,
        InvalidityMode.PER_ROW, true);
    Conference c = counting(lenient, 1);
    SubjectCount blank = enter(c.id(), c.subjects().get(0).id(),
        new PaperCounts(3, 1, 1, 1, 1));
    assertThat(blank.blank()).isEqualTo(1);
    assertThat(blank.valid()).isEqualTo(6);
  }

  @Test
  void countsWaitForCountingAndForEverySitesBallots() {
    Conference c = voting();
    long subject = c.subjects().get(0).id();
    assertRefused(counting.enterCounts(c.id(), subject, new PaperCounts(5, 0, 0, 0, 0),
        TestFlow.BY), Outcome.Kind.CONFLICT, "counting.wrongStatus");

    counting.recordBallots(c.id(), c.hanoi().id(), 5, 5, TestFlow.BY).orElseThrow();
    counting.startCounting(c.id(), TestFlow.BY).orElseThrow();
    assertRefused(counting.enterCounts(c.id(), subject, new PaperCounts(5, 0, 0, 0, 0),
        TestFlow.BY), Outcome.Kind.CONFLICT, "counting.ballotsFirst");
  }

  @Test
  void closesOnlyWhenEverythingAddsUpThenFreezes() {
    Conference c = counting(TestConferences.details(Preset.QD96), 2);
    long a = c.subjects().get(0).id();
    long b = c.subjects().get(1).id();
    enter(c.id(), a, new PaperCounts(4, 1, 1, 0, 1));

    assertRefused(counting.close(c.id(), TestFlow.BY), Outcome.Kind.CONFLICT,
        "counting.subjectMissing");
    enter(c.id(), b, new PaperCounts(1, 2, 4, 0, 0));
    // a later correction of a site's ballots breaks the sums until the counts follow
    counting.recordBallots(c.id(), c.hcm().id(), 3, 3, TestFlow.BY).orElseThrow();
    assertThat(counting.problems(c.id())).extracting(Refusal::code)
        .containsExactly("counting.sumMismatch", "counting.sumMismatch");
    counting.recordBallots(c.id(), c.hcm().id(), 3, 2, TestFlow.BY).orElseThrow();

    CountSheet closed = counting.close(c.id(), TestFlow.BY).orElseThrow();

    assertThat(closed.closed()).isTrue();
    assertThat(sessions.find(c.id()).orElseThrow().status()).isEqualTo(SessionStatus.CLOSED);
    assertThat(counting.closedAt(c.id())).isPresent();
    assertRefused(counting.enterCounts(c.id(), a, new PaperCounts(5, 1, 0, 0, 1), TestFlow.BY),
        Outcome.Kind.CONFLICT, "counting.wrongStatus");
    assertRefused(counting.recordBallots(c.id(), c.hcm().id(), 3, 3, TestFlow.BY),
        Outcome.Kind.CONFLICT, "counting.wrongStatus");
  }

  @Test
  void wholeBallotInvalidityNeedsTheSameInvalidCountForEverySubject() {
    SessionDetails d = TestConferences.details(Preset.QD96);
    SessionDetails whole = new SessionDetails(d.title(), d.organisation(), d.heldOn(), d.place(),
        d.preset(), d.base(), InvalidityMode.WHOLE_BALLOT, false);
    Conference c = counting(whole, 2);
    enter(c.id(), c.subjects().get(0).id(), new PaperCounts(4, 1, 1, 0, 1));
    enter(c.id(), c.subjects().get(1).id(), new PaperCounts(4, 1, 0, 0, 2));

    assertRefused(counting.close(c.id(), TestFlow.BY), Outcome.Kind.CONFLICT,
        "counting.wholeBallotInvalid");

    enter(c.id(), c.subjects().get(1).id(), new PaperCounts(4, 1, 1, 0, 1));
    CountSheet sheet = counting.close(c.id(), TestFlow.BY).orElseThrow();
    assertThat(sheet.whollyInvalid()).isEqualTo(1);
    assertThat(sheet.subjects()).allSatisfy(s -> assertThat(sheet.rowInvalid(s)).isZero());
  }

  @Test
  void theSheetCarriesEveryRawCountForTheResults() {
    Conference c = counting(TestConferences.details(Preset.NQ96), 2);
    enter(c.id(), c.subjects().get(0).id(), new PaperCounts(4, 1, 1, 0, 1));

    CountSheet sheet = counting.sheet(c.id()).orElseThrow();

    assertThat(sheet.preset()).isEqualTo(Preset.NQ96);
    assertThat(sheet.base()).isEqualTo(CountingBase.MEMBERS);
    assertThat(sheet.invalidity()).isEqualTo(InvalidityMode.PER_ROW);
    assertThat(sheet.blankAllowed()).isFalse();
    assertThat(sheet.whollyInvalid()).isZero();
    assertThat(sheet.rowInvalid(sheet.subjects().get(0))).isEqualTo(1);
    assertThat(sheet.closed()).isFalse();
    assertThat(sheet.complete()).isFalse();
    assertThat(sheet.summoned()).isEqualTo(9);
    assertThat(sheet.present()).isEqualTo(8);
    assertThat(sheet.issued()).isEqualTo(8);
    assertThat(sheet.collected()).isEqualTo(7);
    assertThat(sheet.sites()).extracting(SiteBallots::siteName, SiteBallots::summoned,
        SiteBallots::present, SiteBallots::issued, SiteBallots::collected).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Cơ sở Hà Nội", 5, 5, 5, 5),
        org.assertj.core.groups.Tuple.tuple("Cơ sở TP. Hồ Chí Minh", 4, 3, 3, 2));
    assertThat(sheet.subjects()).extracting(SubjectCount::ordinal, SubjectCount::entered,
        SubjectCount::high, SubjectCount::confident, SubjectCount::low, SubjectCount::invalid)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, true, 4, 1, 1, 1),
            org.assertj.core.groups.Tuple.tuple(2, false, 0, 0, 0, 0));
  }
}
