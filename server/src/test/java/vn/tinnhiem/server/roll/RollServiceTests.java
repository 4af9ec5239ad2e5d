package vn.tinnhiem.server.roll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import vn.tinnhiem.server.TestFlow;
import vn.tinnhiem.server.ceremony.CountingBoardService;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.SessionStatus;
import vn.tinnhiem.server.session.TestConferences;
import vn.tinnhiem.server.session.TestConferences.Conference;
import vn.tinnhiem.server.system.Outcome;
import vn.tinnhiem.server.system.Refusal;

/** Roll call and the quorum gate over two sites, on H2; {@code PostgresFlowTests} repeats them. */
@SpringBootTest
@AutoConfigureMockMvc
class RollServiceTests {

  @Autowired
  SessionService sessions;

  @Autowired
  RollService roll;

  @Autowired
  CountingBoardService boards;

  static void assertRefused(Outcome<?> outcome, Outcome.Kind kind, String code) {
    assertThat(outcome).isInstanceOf(Outcome.Refused.class);
    Outcome.Refused<?> refused = (Outcome.Refused<?>) outcome;
    assertThat(refused.kind()).isEqualTo(kind);
    assertThat(refused.refusals()).extracting(Refusal::code).contains(code);
  }

  /** 9 summoned (5 in Hà Nội, 4 in TP. Hồ Chí Minh), a board of 3 elected. */
  Conference nineWithBoard() {
    Conference c = TestConferences.opened(sessions, 5, 4, 2);
    TestFlow.electBoard(boards, c, 3);
    return c;
  }

  @Test
  void exactlyTwoThirdsAcrossTwoSitesOpensTheVoteAndRecordsTheCounts() {
    Conference c = nineWithBoard();
    TestFlow.roll(roll, c, c.hanoi(), 4);
    roll.count(c.id(), c.hcm().id(), 2, TestFlow.BY).orElseThrow();

    RollCall call = roll.rollCall(c.id());
    assertThat(call.summoned()).isEqualTo(9);
    assertThat(call.present()).isEqualTo(6);
    VotingOpening opening = roll.openVoting(c.id(), TestFlow.BY).orElseThrow();

    assertThat(opening.quorum()).isEqualTo(new Quorum(9, 6));
    assertThat(opening.presentBySite())
        .containsExactlyInAnyOrderEntriesOf(Map.of(c.hanoi().id(), 4, c.hcm().id(), 2));
    assertThat(opening.summonedBySite())
        .containsExactlyInAnyOrderEntriesOf(Map.of(c.hanoi().id(), 5, c.hcm().id(), 4));
    assertThat(opening.openedBy()).isEqualTo(TestFlow.BY);
    assertThat(roll.opening(c.id())).contains(opening);
    assertThat(sessions.find(c.id()).orElseThrow().status()).isEqualTo(SessionStatus.VOTING);
    assertThat(sessions.enteredAt(c.id(), SessionStatus.VOTING)).isPresent();
  }

  @Test
  void oneFewerThanTwoThirdsDoesNotOpenTheVote() {
    Conference c = nineWithBoard();
    TestFlow.roll(roll, c, c.hanoi(), 4);
    roll.count(c.id(), c.hcm().id(), 1, TestFlow.BY).orElseThrow();

    Outcome<VotingOpening> outcome = roll.openVoting(c.id(), TestFlow.BY);

    assertRefused(outcome, Outcome.Kind.CONFLICT, "roll.noQuorum");
    assertThat(((Outcome.Refused<?>) outcome).refusals().get(0).args())
        .containsExactly(5, 9, 6);
    assertThat(roll.opening(c.id())).isEmpty();
    assertThat(sessions.find(c.id()).orElseThrow().status()).isEqualTo(SessionStatus.OPEN);
  }

  @Test
  void countsOnlyMembersMarkedPresent() {
    Conference c = TestConferences.opened(sessions, 3, 2, 1);
    var members = c.at(c.hanoi());
    roll.mark(c.id(), c.hanoi().id(), Map.of(members.get(0).id(), Mark.PRESENT,
        members.get(1).id(), Mark.EXCUSED), TestFlow.BY).orElseThrow();

    SiteRoll hanoi = roll.rollCall(c.id()).sites().get(0);
    assertThat(hanoi.present()).isEqualTo(1);
    assertThat(hanoi.excused()).isEqualTo(1);
    assertThat(hanoi.unmarked()).isEqualTo(1);

    roll.markRestPresent(c.id(), c.hanoi().id(), TestFlow.BY).orElseThrow();
    assertThat(roll.rollCall(c.id()).sites().get(0).present()).isEqualTo(2);
    assertThat(roll.markOf(c.id(), members.get(1).id())).contains(Mark.EXCUSED);
  }

  @Test
  void aCountReplacesMarksAndMarksReplaceACount() {
    Conference c = TestConferences.opened(sessions, 3, 2, 1);
    TestFlow.roll(roll, c, c.hanoi(), 1);

    roll.count(c.id(), c.hanoi().id(), 3, TestFlow.BY).orElseThrow();
    assertThat(roll.rollCall(c.id()).sites().get(0)).satisfies(s -> {
      assertThat(s.counted()).isTrue();
      assertThat(s.present()).isEqualTo(3);
    });

    TestFlow.roll(roll, c, c.hanoi(), 2);
    assertThat(roll.rollCall(c.id()).sites().get(0)).satisfies(s -> {
      assertThat(s.counted()).isFalse();
      assertThat(s.present()).isEqualTo(2);
    });
  }

  @Test
  void refusesAPresentCountAboveTheSummonedAtThatSite() {
    Conference c = TestConferences.opened(sessions, 3, 2, 1);

    assertRefused(roll.count(c.id(), c.hcm().id(), 3, TestFlow.BY), Outcome.Kind.INVALID,
        "roll.aboveSummoned");
    assertRefused(roll.count(c.id(), c.hcm().id(), -1, TestFlow.BY), Outcome.Kind.INVALID,
        "PositiveOrZero");
    assertThat(roll.rollCall(c.id()).present()).isZero();
  }

  @Test
  void refusesMarksForAMemberOfAnotherSite() {
    Conference c = TestConferences.opened(sessions, 2, 2, 1);
    long elsewhere = c.at(c.hcm()).get(0).id();

    assertRefused(roll.mark(c.id(), c.hanoi().id(), Map.of(elsewhere, Mark.PRESENT,
        c.at(c.hanoi()).get(0).id(), Mark.PRESENT), TestFlow.BY),
        Outcome.Kind.INVALID, "roll.memberNotAtSite");
    assertThat(roll.rollCall(c.id()).present()).isZero();
  }

  @Test
  void rollCallRunsOnlyBetweenOpeningAndVoting() {
    Conference draft = TestConferences.draft(sessions, 2, 1, 1);
    assertRefused(roll.count(draft.id(), draft.hanoi().id(), 1, TestFlow.BY),
        Outcome.Kind.CONFLICT, "roll.notOpen");

    Conference c = TestConferences.opened(sessions, 2, 1, 1);
    TestFlow.openVoting(roll, boards, c);
    assertRefused(roll.count(c.id(), c.hanoi().id(), 1, TestFlow.BY),
        Outcome.Kind.CONFLICT, "roll.notOpen");
    assertRefused(roll.markRestPresent(c.id(), c.hanoi().id(), TestFlow.BY),
        Outcome.Kind.CONFLICT, "roll.notOpen");
    assertRefused(roll.openVoting(c.id(), TestFlow.BY), Outcome.Kind.CONFLICT,
        "session.wrongStatus");
  }

  @Test
  void needsAnElectedBoardWithAHeadToOpenTheVote() {
    Conference c = TestConferences.opened(sessions, 2, 1, 1);
    TestFlow.roll(roll, c, c.hanoi(), 2);
    TestFlow.roll(roll, c, c.hcm(), 1);

    assertRefused(roll.openVoting(c.id(), TestFlow.BY), Outcome.Kind.CONFLICT,
        "board.notElected");
    boards.elect(c.id(), c.members().get(0).id(), vn.tinnhiem.server.ceremony.BoardRole.MEMBER,
        TestFlow.BY).orElseThrow();
    assertRefused(roll.openVoting(c.id(), TestFlow.BY), Outcome.Kind.CONFLICT, "board.noHead");
  }
}
