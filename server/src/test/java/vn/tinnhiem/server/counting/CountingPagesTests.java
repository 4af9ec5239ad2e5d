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
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.tinnhiem.server.TestFlow;
import vn.tinnhiem.server.account.AccountUser;
import vn.tinnhiem.server.account.Role;
import vn.tinnhiem.server.account.TestUsers;
import vn.tinnhiem.server.ceremony.CountingBoardService;
import vn.tinnhiem.server.roll.RollService;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.TestConferences;
import vn.tinnhiem.server.session.TestConferences.Conference;

/** Counting pages: who may enter, and counts that do not add up. */
@SpringBootTest
@AutoConfigureMockMvc
class CountingPagesTests {

  static final AccountUser BOARD = TestUsers.of(Role.COUNTING_BOARD);
  static final AccountUser SECRETARY = TestUsers.of(Role.SECRETARY);

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

  @BeforeEach
  void countingWithThreeCollected() {
    c = TestConferences.opened(sessions, 2, 1, 2);
    TestFlow.openVoting(roll, boards, c);
    counting.recordBallots(c.id(), c.hanoi().id(), 2, 2, TestFlow.BY).orElseThrow();
    counting.recordBallots(c.id(), c.hcm().id(), 1, 1, TestFlow.BY).orElseThrow();
    counting.startCounting(c.id(), TestFlow.BY).orElseThrow();
  }

  @Test
  void countsThatDoNotAddUpAreRefusedWithTheirSum() {
    long subject = c.subjects().get(0).id();
    MvcTestResult result = mvc.post().uri("/sessions/{id}/counting/subjects/{s}", c.id(), subject)
        .with(user(BOARD)).with(csrf())
        .param("high", "2").param("confident", "1").param("low", "1").param("blank", "0")
        .param("invalid", "0").exchange();

    assertThat(result).hasStatus(422).bodyText()
        .contains("Người được lấy phiếu 1: các dòng cộng lại được 4, khác số phiếu thu vào (3).");
    assertThat(counting.sheet(c.id()).orElseThrow().subjects().get(0).entered()).isFalse();

    MvcTestResult missing = mvc.post().uri("/sessions/{id}/counting/subjects/{s}", c.id(), subject)
        .with(user(BOARD)).with(csrf())
        .param("high", "2").param("confident", "").param("low", "-1").param("invalid", "0")
        .exchange();
    assertThat(missing).hasStatus(422).bodyText()
        .contains("Phải chọn hoặc nhập giá trị.").contains("Phải là số không âm.");
  }

  @Test
  void collectedAboveIssuedIsShownNextToTheField() {
    MvcTestResult result = mvc.post().uri("/sessions/{id}/counting/sites/{s}", c.id(),
            c.hcm().id()).with(user(BOARD)).with(csrf())
        .param("issued", "1").param("collected", "2").exchange();

    assertThat(result).hasStatus(422).bodyText()
        .contains("Số phiếu thu vào (2) lớn hơn số phiếu phát ra tại Cơ sở TP. Hồ Chí Minh (1).");
  }

  @Test
  void closingWithMissingCountsIsRefusedOnThePage() {
    MvcTestResult result = mvc.post().uri("/sessions/{id}/counting/close", c.id())
        .with(user(BOARD)).with(csrf()).exchange();

    assertThat(result).hasStatus(409).bodyText()
        .contains("Chưa nhập kết quả của Người được lấy phiếu 1.");
  }

  @Test
  void onlyTheCountingBoardAndAdminEnterCounts() {
    long subject = c.subjects().get(0).id();
    for (Role role : new Role[] {Role.SECRETARY, Role.SITE_SECRETARY, Role.OBSERVER}) {
      assertThat(mvc.post().uri("/sessions/{id}/counting/subjects/{s}", c.id(), subject)
          .with(user(TestUsers.of(role))).with(csrf())
          .param("high", "3").param("confident", "0").param("low", "0").param("blank", "0")
          .param("invalid", "0").exchange()).as(role.name()).hasStatus(403);
    }
    assertThat(mvc.post().uri("/sessions/{id}/counting/subjects/{s}", c.id(), subject)
        .with(user(TestUsers.of(Role.ADMIN))).with(csrf())
        .param("high", "3").param("confident", "0").param("low", "0").param("blank", "0")
        .param("invalid", "0").exchange()).hasStatus3xxRedirection();
  }

  @Test
  void countingPagesRender() {
    for (String page : new String[] {"", "/sites/" + c.hanoi().id(),
        "/subjects/" + c.subjects().get(1).id()}) {
      MvcTestResult result = mvc.get().uri("/sessions/" + c.id() + "/counting" + page)
          .with(user(BOARD)).exchange();
      assertThat(result).as(page).hasStatusOk().bodyText().doesNotContain("??")
          .doesNotContain("<script").doesNotContain(" style=");
    }
    assertThat(mvc.get().uri("/sessions/{id}/counting?lang=en", c.id()).with(user(SECRETARY))
        .exchange()).hasStatusOk().bodyText().contains("Ballots issued and collected");
  }
}
