package vn.tinnhiem.server.roll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.tinnhiem.server.TestFlow;
import vn.tinnhiem.server.account.AccountService;
import vn.tinnhiem.server.account.AccountUser;
import vn.tinnhiem.server.account.Role;
import vn.tinnhiem.server.account.TestUsers;
import vn.tinnhiem.server.ceremony.CountingBoardService;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.TestConferences;
import vn.tinnhiem.server.session.TestConferences.Conference;

/** Roll-call pages and JSON API: a site secretary's own site only, errors, the gate. */
@SpringBootTest
@AutoConfigureMockMvc
class RollPagesTests {

  static final AccountUser SECRETARY = TestUsers.of(Role.SECRETARY);
  static final AccountUser OBSERVER = TestUsers.of(Role.OBSERVER);

  @Autowired
  MockMvcTester mvc;

  @Autowired
  SessionService sessions;

  @Autowired
  RollService roll;

  @Autowired
  CountingBoardService boards;

  @Autowired
  AccountService accounts;

  Conference c;
  AccountUser hanoiSecretary;

  @BeforeEach
  void openConferenceWithASiteSecretaryInHanoi() {
    Conference draft = TestConferences.draft(sessions, 5, 4, 2);
    accounts.issue("site-hn-r", Role.SITE_SECRETARY, "Lê Văn C");
    sessions.assignSiteSecretary(draft.id(), draft.hanoi().id(), "site-hn-r", null, TestFlow.BY)
        .orElseThrow();
    sessions.open(draft.id(), TestFlow.BY).orElseThrow();
    c = draft;
    hanoiSecretary = TestUsers.of(Role.SITE_SECRETARY, "site-hn-r");
  }

  @Test
  void siteSecretaryMarksTheirOwnSite() {
    var members = c.at(c.hanoi());
    MvcTestResult result = mvc.post().uri("/sessions/{id}/roll/sites/{site}/marks", c.id(),
            c.hanoi().id()).with(user(hanoiSecretary)).with(csrf())
        .param("mark[" + members.get(0).id() + "]", "PRESENT")
        .param("mark[" + members.get(1).id() + "]", "ABSENT")
        .exchange();

    assertThat(result).hasStatus3xxRedirection();
    assertThat(roll.rollCall(c.id()).present()).isEqualTo(1);
    assertThat(mvc.get().uri("/sessions/{id}/roll/sites/{site}", c.id(), c.hanoi().id())
        .with(user(hanoiSecretary)).exchange()).hasStatusOk().bodyText()
        .contains(members.get(0).fullName()).contains("Điểm danh tại");
  }

  @Test
  void siteSecretaryTouchingAnotherSiteIsForbiddenAndChangesNothing() {
    long hcmMember = c.at(c.hcm()).get(0).id();

    assertThat(mvc.get().uri("/sessions/{id}/roll/sites/{site}", c.id(), c.hcm().id())
        .with(user(hanoiSecretary)).exchange()).hasStatus(403);
    assertThat(mvc.post().uri("/sessions/{id}/roll/sites/{site}/marks", c.id(), c.hcm().id())
        .with(user(hanoiSecretary)).with(csrf()).param("mark[" + hcmMember + "]", "PRESENT")
        .exchange()).hasStatus(403);
    assertThat(mvc.post().uri("/sessions/{id}/roll/sites/{site}/count", c.id(), c.hcm().id())
        .with(user(hanoiSecretary)).with(csrf()).param("present", "2").exchange())
        .hasStatus(403);
    assertThat(mvc.post().uri("/sessions/{id}/roll/sites/{site}/rest-present", c.id(),
        c.hcm().id()).with(user(hanoiSecretary)).with(csrf()).exchange()).hasStatus(403);
    assertThat(mvc.put().uri("/api/sessions/{id}/roll/sites/{site}/present", c.id(), c.hcm().id())
        .with(user(hanoiSecretary)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
        .content("{\"present\": 2}").exchange())
        .hasStatus(403).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(mvc.post().uri("/sessions/{id}/roll/open-voting", c.id())
        .with(user(hanoiSecretary)).with(csrf()).exchange()).hasStatus(403);

    assertThat(roll.rollCall(c.id()).present()).isZero();
  }

  @Test
  void aPresentCountAboveTheSummonedIsRefusedWithAMessage() {
    MvcTestResult result = mvc.post().uri("/sessions/{id}/roll/sites/{site}/count", c.id(),
            c.hcm().id()).with(user(SECRETARY)).with(csrf()).param("present", "5")
        .exchange();

    assertThat(result).hasStatus(422).bodyText()
        .contains("Số có mặt 5 lớn hơn số đại biểu được triệu tập tại Cơ sở TP. Hồ Chí Minh (4).");
    assertThat(roll.rollCall(c.id()).present()).isZero();
  }

  @Test
  void theApiAnswersProblemJsonInTheUsersLanguage() {
    MvcTestResult above = mvc.put()
        .uri("/api/sessions/{id}/roll/sites/{site}/present?lang=en", c.id(), c.hcm().id())
        .with(user(SECRETARY)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
        .content("{\"present\": 5}").exchange();
    assertThat(above).hasStatus(422)
        .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(above).bodyJson().extractingPath("$.errors[0].code")
        .isEqualTo("roll.aboveSummoned");
    assertThat(above).bodyJson().extractingPath("$.errors[0].message")
        .isEqualTo("Present 5 is more than the 4 members summoned at Cơ sở TP. Hồ Chí Minh.");

    MvcTestResult negative = mvc.put()
        .uri("/api/sessions/{id}/roll/sites/{site}/present", c.id(), c.hcm().id())
        .with(user(SECRETARY)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
        .content("{\"present\": -1}").exchange();
    assertThat(negative).hasStatus(400)
        .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(negative).bodyJson().extractingPath("$.errors[0].field").isEqualTo("present");
    assertThat(negative).bodyJson().extractingPath("$.errors[0].message")
        .isEqualTo("Phải là số không âm.");

    MvcTestResult garbage = mvc.put()
        .uri("/api/sessions/{id}/roll/sites/{site}/present", c.id(), c.hcm().id())
        .with(user(SECRETARY)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
        .content("{\"present\": ").exchange();
    assertThat(garbage).hasStatus(400)
        .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

    assertThat(mvc.get().uri("/api/sessions/987654/roll").with(user(SECRETARY)).exchange())
        .hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(roll.rollCall(c.id()).present()).isZero();
  }

  @Test
  void theApiGivesLiveTotalsAndTakesACount() {
    MvcTestResult put = mvc.put()
        .uri("/api/sessions/{id}/roll/sites/{site}/present", c.id(), c.hanoi().id())
        .with(user(hanoiSecretary)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
        .content("{\"present\": 4}").exchange();
    assertThat(put).hasStatusOk();
    assertThat(put).bodyJson().extractingPath("$.counted").isEqualTo(true);

    MvcTestResult totals = mvc.get().uri("/api/sessions/{id}/roll", c.id())
        .with(user(OBSERVER)).exchange();
    assertThat(totals).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
    assertThat(totals).bodyJson().extractingPath("$.summoned").isEqualTo(9);
    assertThat(totals).bodyJson().extractingPath("$.present").isEqualTo(4);
    assertThat(totals).bodyJson().extractingPath("$.required").isEqualTo(6);
    assertThat(totals).bodyJson().extractingPath("$.quorumReached").isEqualTo(false);
    assertThat(totals).bodyJson().extractingPath("$.sites[1].name")
        .isEqualTo("Cơ sở TP. Hồ Chí Minh");
    // the site's page shows the count saved in its form, ready to correct
    assertThat(mvc.get().uri("/sessions/{id}/roll/sites/{site}", c.id(), c.hanoi().id())
        .with(user(hanoiSecretary)).exchange()).hasStatusOk().bodyText()
        .containsPattern("<input id=\"present\"[^>]*value=\"4\"");
    assertThat(mvc.get().uri("/sessions/{id}/roll", c.id()).with(user(OBSERVER)).exchange())
        .bodyText().contains("data-field=\"absent\">–<");
  }

  @Test
  void theOpenApiDescriptionIsPublicAndListsTheJsonEndpoints() {
    MvcTestResult docs = mvc.get().uri("/v3/api-docs").exchange();

    assertThat(docs).hasStatusOk();
    assertThat(docs).bodyText().contains("/api/sessions/{id}/roll")
        .contains("/api/sessions/{id}/roll/sites/{siteId}/present")
        .doesNotContain("/sessions/{id}/members");
  }

  @Test
  void theApiWantsASignedInUser() {
    assertThat(mvc.get().uri("/api/sessions/{id}/roll", c.id()).exchange()).hasStatus(401);
  }

  @Test
  void openingTheVoteOneShortOfTwoThirdsIsRefusedOnThePage() {
    TestFlow.electBoard(boards, c, 3);
    TestFlow.roll(roll, c, c.hanoi(), 3);
    TestFlow.roll(roll, c, c.hcm(), 2);

    MvcTestResult shortOne = mvc.post().uri("/sessions/{id}/roll/open-voting", c.id())
        .with(user(SECRETARY)).with(csrf()).exchange();
    assertThat(shortOne).hasStatus(409).bodyText()
        .contains("Chưa đủ số đại biểu: có mặt 5/9, cần ít nhất 6.");

    TestFlow.roll(roll, c, c.hcm(), 3);
    MvcTestResult enough = mvc.post().uri("/sessions/{id}/roll/open-voting", c.id())
        .with(user(SECRETARY)).with(csrf()).exchange();
    assertThat(enough).hasStatus3xxRedirection();
    assertThat(mvc.get().uri("/sessions/{id}/roll", c.id()).with(user(OBSERVER)).exchange())
        .hasStatusOk().bodyText().contains("ghi nhận 6/9 đại biểu có mặt");
  }

  @Test
  void observersCannotMark() {
    assertThat(mvc.post().uri("/sessions/{id}/roll/sites/{site}/count", c.id(), c.hcm().id())
        .with(user(OBSERVER)).with(csrf()).param("present", "2").exchange()).hasStatus(403);
    assertThat(roll.rollCall(c.id()).present()).isZero();
  }

  @Test
  void rollPagesRenderWithTheLiveTotalsScriptOnly() {
    MvcTestResult page = mvc.get().uri("/sessions/{id}/roll", c.id()).with(user(hanoiSecretary))
        .exchange();
    assertThat(page).hasStatusOk().bodyText()
        .contains("<script type=\"module\" src=\"/js/roll/totals.js\"></script>")
        .contains("data-totals-url=\"/api/sessions/" + c.id() + "/roll\"")
        .doesNotContain(" style=").doesNotContain("??");
    assertThat(mvc.get().uri("/js/roll/totals.js").exchange()).hasStatusOk();
    assertThat(mvc.get().uri("/sessions/{id}/board", c.id()).with(user(OBSERVER)).exchange())
        .hasStatusOk().bodyText().contains("Ban kiểm phiếu").doesNotContain("??");
  }

  @Test
  void electingASubjectToTheBoardThroughTheFormIsRefused() {
    Conference withLinkedSubject = TestConferences.draft(sessions, 2, 1, 0);
    var member = withLinkedSubject.members().get(0);
    sessions.addSubject(withLinkedSubject.id(), null, member.fullName(), "Bí thư", member.id())
        .orElseThrow();
    sessions.open(withLinkedSubject.id(), TestFlow.BY).orElseThrow();

    MvcTestResult result = mvc.post().uri("/sessions/{id}/board", withLinkedSubject.id())
        .with(user(SECRETARY)).with(csrf())
        .param("memberId", String.valueOf(member.id())).param("role", "HEAD").exchange();

    assertThat(result).hasStatus(422).bodyText()
        .contains("là người được lấy phiếu");
    assertThat(boards.board(withLinkedSubject.id())).isEmpty();
  }
}
