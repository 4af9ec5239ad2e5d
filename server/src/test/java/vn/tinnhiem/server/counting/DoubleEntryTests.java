package vn.tinnhiem.server.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.tinnhiem.server.TestFlow;
import vn.tinnhiem.server.account.AccountUser;
import vn.tinnhiem.server.account.Role;
import vn.tinnhiem.server.account.TestUsers;
import vn.tinnhiem.server.ceremony.CountingBoardService;
import vn.tinnhiem.server.roll.RollService;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.TestConferences;
import vn.tinnhiem.server.session.TestConferences.Conference;
import vn.tinnhiem.server.system.Outcome;
import vn.tinnhiem.server.system.Refusal;

/**
 * Paper counts entered by two people independently: accepted only when they agree, a mismatch
 * shown and blocking the close, one person twice never enough, every entry logged.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DoubleEntryTests {

  static final AccountUser FIRST = TestUsers.of(Role.COUNTING_BOARD, "board-first-test");
  static final AccountUser SECOND = TestUsers.of(Role.COUNTING_BOARD, "board-second-test");

  @Autowired
  MockMvcTester mvc;

  @Autowired
  SessionService sessions;

  @Autowired
  RollService roll;

  @Autowired
  CountingBoardService boards;

  @Autowired
  CountingService counting;

  Conference c;
  long subject;

  /** 3 ballots collected, counting started, one subject. */
  @BeforeEach
  void counting() {
    c = TestConferences.opened(sessions, 2, 1, 1);
    TestFlow.openVoting(roll, boards, c);
    counting.recordBallots(c.id(), c.hanoi().id(), 2, 2, TestFlow.BY).orElseThrow();
    counting.recordBallots(c.id(), c.hcm().id(), 1, 1, TestFlow.BY).orElseThrow();
    counting.startCounting(c.id(), TestFlow.BY).orElseThrow();
    subject = c.subjects().get(0).id();
  }

  private void enter(AccountUser as, int high, int confident, int low) {
    assertThat(mvc.post().uri("/sessions/{id}/counting/subjects/{s}", c.id(), subject)
        .with(user(as)).with(csrf()).param("high", String.valueOf(high))
        .param("confident", String.valueOf(confident)).param("low", String.valueOf(low))
        .param("blank", "0").param("invalid", "0").exchange()).hasStatus3xxRedirection();
  }

  private DoubleEntry.State state() {
    return counting.entries(c.id()).get(subject).state();
  }

  @Test
  void oneEntryIsNotEnoughNotEvenTwiceByTheSamePerson() {
    enter(FIRST, 2, 1, 0);
    enter(FIRST, 2, 1, 0);

    assertThat(state()).isEqualTo(DoubleEntry.State.AWAITING_SECOND);
    assertThat(counting.sheet(c.id()).orElseThrow().subjects().get(0).entered()).isFalse();
    var close = counting.close(c.id(), TestFlow.BY);
    assertThat(close).isInstanceOf(Outcome.Refused.class);
    assertThat(((Outcome.Refused<?>) close).refusals()).extracting(Refusal::code)
        .contains("counting.secondEntryMissing");
  }

  @Test
  void aMismatchIsShownBlocksClosingAndIsResolvedByEnteringAgain() throws Exception {
    enter(FIRST, 2, 1, 0);
    enter(SECOND, 1, 1, 1);

    assertThat(state()).isEqualTo(DoubleEntry.State.MISMATCH);
    assertThat(counting.entries(c.id()).get(subject).differences())
        .containsExactly("high", "low");
    assertThat(counting.sheet(c.id()).orElseThrow().subjects().get(0).entered()).isFalse();
    assertThat(mvc.post().uri("/sessions/{id}/counting/close", c.id())
        .with(user(FIRST)).with(csrf()).exchange()).hasStatus(409).bodyText()
        .contains("Hai lần nhập kết quả của Người được lấy phiếu 1 không khớp nhau.");
    assertThat(mvc.get().uri("/sessions/{id}/counting", c.id())
        .with(user(TestUsers.of(Role.OBSERVER))).exchange()).hasStatusOk().bodyText()
        .contains("Hai lần nhập không khớp", "board-first-test", "board-second-test",
            "Không khớp");

    vn.tinnhiem.server.HtmlConformance.assertConforms(mvc.get()
        .uri("/sessions/{id}/counting", c.id()).with(user(FIRST)).exchange().getResponse()
        .getContentAsString());
    vn.tinnhiem.server.HtmlConformance.assertConforms(mvc.get()
        .uri("/sessions/{id}/counting/subjects/{s}", c.id(), subject).with(user(FIRST))
        .exchange().getResponse().getContentAsString());

    enter(FIRST, 1, 1, 1); // counted again: the second person was right

    assertThat(state()).isEqualTo(DoubleEntry.State.AGREED);
    SubjectCount accepted = counting.sheet(c.id()).orElseThrow().subjects().get(0);
    assertThat(accepted.entered()).isTrue();
    assertThat(accepted.low()).isEqualTo(1);
    assertThat(counting.entryLog(c.id())).extracting(CountEntry::by)
        .containsExactly("board-first-test", "board-second-test", "board-first-test");
    assertThat(counting.entryLog(c.id())).allSatisfy(e -> assertThat(e.at()).isNotNull());
    counting.close(c.id(), TestFlow.BY).orElseThrow();
  }

  @Test
  void anAcceptedCountIsTakenBackWhenANewEntryDisagrees() {
    enter(FIRST, 2, 1, 0);
    enter(SECOND, 2, 1, 0);
    assertThat(counting.sheet(c.id()).orElseThrow().subjects().get(0).entered()).isTrue();

    enter(SECOND, 3, 0, 0);

    assertThat(state()).isEqualTo(DoubleEntry.State.MISMATCH);
    assertThat(counting.sheet(c.id()).orElseThrow().subjects().get(0).entered()).isFalse();
  }

  @Test
  void theSecondPersonsFormDoesNotShowTheFirstPersonsFigures() throws Exception {
    enter(FIRST, 2, 1, 0);

    String own = mvc.get().uri("/sessions/{id}/counting/subjects/{s}", c.id(), subject)
        .with(user(FIRST)).exchange().getResponse().getContentAsString();
    String other = mvc.get().uri("/sessions/{id}/counting/subjects/{s}", c.id(), subject)
        .with(user(SECOND)).exchange().getResponse().getContentAsString();
    assertThat(own).contains("name=\"high\" value=\"2\"");
    assertThat(other).contains("name=\"high\" value=\"\"").contains("Chờ người thứ hai")
        .contains("board-first-test nhập lúc");
  }
}
