package vn.tinnhiem.server.ceremony;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import vn.tinnhiem.server.TestFlow;
import vn.tinnhiem.server.roll.Mark;
import vn.tinnhiem.server.roll.RollService;
import vn.tinnhiem.server.session.Member;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.TestConferences;
import vn.tinnhiem.server.session.TestConferences.Conference;
import vn.tinnhiem.server.system.Outcome;
import vn.tinnhiem.server.system.Refusal;

/** Who may sit on the counting board, and when it is elected. */
@SpringBootTest
@AutoConfigureMockMvc
class CountingBoardTests {

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

  @Test
  void electsPresentMembersWithOneHead() {
    Conference c = TestConferences.opened(sessions, 3, 2, 1);

    boards.elect(c.id(), c.members().get(0).id(), BoardRole.HEAD, TestFlow.BY).orElseThrow();
    boards.elect(c.id(), c.members().get(3).id(), BoardRole.SECRETARY, TestFlow.BY)
        .orElseThrow();
    assertRefused(boards.elect(c.id(), c.members().get(1).id(), BoardRole.HEAD, TestFlow.BY),
        Outcome.Kind.INVALID, "board.headTaken");
    assertRefused(boards.elect(c.id(), c.members().get(0).id(), BoardRole.MEMBER, TestFlow.BY),
        Outcome.Kind.INVALID, "board.already");

    assertThat(boards.board(c.id())).extracting(b -> b.member().fullName(), BoardMember::role)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Nguyễn Văn A", BoardRole.HEAD),
            org.assertj.core.groups.Tuple.tuple("Phạm Thị D", BoardRole.SECRETARY));
    assertThat(boards.check(c.id())).isEmpty();
  }

  @Test
  void keepsSubjectsAndTheirNamesakesOffTheBoard() {
    Conference c = TestConferences.draft(sessions, 3, 1, 0);
    Member linked = c.members().get(0);
    Member namesake = c.members().get(1);
    sessions.addSubject(c.id(), null, linked.fullName(), "Bí thư", linked.id()).orElseThrow();
    sessions.addSubject(c.id(), null, namesake.fullName(), "Phó Bí thư", null).orElseThrow();
    sessions.open(c.id(), TestFlow.BY).orElseThrow();

    assertRefused(boards.elect(c.id(), linked.id(), BoardRole.HEAD, TestFlow.BY),
        Outcome.Kind.INVALID, "board.isSubject");
    assertRefused(boards.elect(c.id(), namesake.id(), BoardRole.HEAD, TestFlow.BY),
        Outcome.Kind.INVALID, "board.isSubject");
    assertThat(boards.board(c.id())).isEmpty();
  }

  @Test
  void keepsAbsentMembersOffTheBoard() {
    Conference c = TestConferences.opened(sessions, 2, 1, 1);
    Member absent = c.members().get(1);
    roll.mark(c.id(), c.hanoi().id(), Map.of(absent.id(), Mark.EXCUSED), TestFlow.BY)
        .orElseThrow();

    assertRefused(boards.elect(c.id(), absent.id(), BoardRole.MEMBER, TestFlow.BY),
        Outcome.Kind.INVALID, "board.notPresent");
  }

  @Test
  void isElectedOnlyAfterOpeningAndBeforeBallots() {
    Conference draft = TestConferences.draft(sessions, 2, 1, 1);
    assertRefused(boards.elect(draft.id(), draft.members().get(0).id(), BoardRole.HEAD,
        TestFlow.BY), Outcome.Kind.CONFLICT, "board.notOpen");

    Conference c = TestConferences.opened(sessions, 2, 1, 1);
    TestFlow.openVoting(roll, boards, c);
    assertRefused(boards.remove(c.id(), c.members().get(0).id()), Outcome.Kind.CONFLICT,
        "board.notOpen");
    assertThat(boards.board(c.id())).hasSize(3);
  }
}
