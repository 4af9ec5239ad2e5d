package vn.tinnhiem.server.session;

import vn.tinnhiem.server.tally.CountingBase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.tinnhiem.server.account.AccountService;
import vn.tinnhiem.server.account.AccountUser;
import vn.tinnhiem.server.account.Role;
import vn.tinnhiem.server.account.TestUsers;
import vn.tinnhiem.server.session.TestConferences.Conference;

/** The session pages through MockMvc: forms, errors in both languages, roles. */
@SpringBootTest
@AutoConfigureMockMvc
class SessionPagesTests {

  static final AccountUser SECRETARY = TestUsers.of(Role.SECRETARY);
  static final AccountUser OBSERVER = TestUsers.of(Role.OBSERVER);

  @Autowired
  MockMvcTester mvc;

  @Autowired
  SessionService sessions;

  @Autowired
  AccountService accounts;

  @Test
  void secretaryCreatesASessionWithThePresetsDefaultBase() {
    MvcTestResult result = mvc.post().uri("/sessions").with(user(SECRETARY)).with(csrf())
        .param("title", "Hội nghị lấy phiếu tín nhiệm năm 2026")
        .param("organisation", "Hội đồng nhân dân tỉnh Mẫu")
        .param("heldOn", "2026-11-26").param("place", "Hội trường A")
        .param("preset", "NQ96").param("base", "").param("invalidity", "PER_ROW")
        .exchange();

    assertThat(result).hasStatus3xxRedirection();
    String location = result.getResponse().getRedirectedUrl();
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    VoteSession created = sessions.find(id).orElseThrow();
    assertThat(created.details().base()).isEqualTo(CountingBase.MEMBERS);
    assertThat(created.createdBy()).isEqualTo(SECRETARY.getUsername());

    MvcTestResult page = mvc.get().uri(location).with(user(SECRETARY)).exchange();
    assertThat(page).hasStatusOk().bodyText()
        .contains("Hội nghị lấy phiếu tín nhiệm năm 2026")
        .contains("Tổng số đại biểu được triệu tập")
        .contains("Khai mạc hội nghị")
        .doesNotContain("<script").doesNotContain(" style=");
  }

  @Test
  void showsMissingFieldsNextToTheFormInVietnameseOrEnglish() {
    MvcTestResult vi = mvc.post().uri("/sessions").with(user(SECRETARY)).with(csrf())
        .param("title", " ").param("organisation", "Đảng ủy").param("heldOn", "không phải ngày")
        .param("place", "x".repeat(301)).param("preset", "QD96").param("invalidity", "PER_ROW")
        .exchange();

    assertThat(vi).hasStatus(422).bodyText()
        .contains("Không được để trống.")
        .contains("Ngày không hợp lệ.")
        .contains("Không được dài quá 300 ký tự.");

    MvcTestResult en = mvc.post().uri("/sessions").with(user(SECRETARY)).with(csrf())
        .cookie(new Cookie("tinnhiem-lang", "en"))
        .param("title", "").param("organisation", "Đảng ủy").param("heldOn", "2026-11-26")
        .param("place", "Hà Nội").param("preset", "QD96").param("invalidity", "PER_ROW")
        .exchange();
    assertThat(en).hasStatus(422).bodyText().contains("Must not be empty.");
  }

  @Test
  void refusesADuplicateMemberWithAMessageAndChangesNothing() {
    Conference c = TestConferences.draft(sessions, 1, 1, 1);

    MvcTestResult result = mvc.post().uri("/sessions/{id}/members", c.id())
        .with(user(SECRETARY)).with(csrf())
        .param("fullName", "Nguyễn Văn A").param("unit", "Đơn vị 1")
        .param("siteId", String.valueOf(c.hcm().id()))
        .exchange();

    assertThat(result).hasStatus(422).bodyText()
        .contains("Đã có đại biểu Nguyễn Văn A thuộc đơn vị Đơn vị 1 trong danh sách.");
    assertThat(sessions.members(c.id())).hasSize(2);
  }

  @Test
  void refusesAMemberAtAnUnknownSite() {
    Conference c = TestConferences.draft(sessions, 1, 1, 1);

    MvcTestResult result = mvc.post().uri("/sessions/{id}/members", c.id())
        .with(user(SECRETARY)).with(csrf())
        .param("fullName", "Vũ Thị F").param("unit", "Khoa Sử").param("siteId", "987654")
        .exchange();

    assertThat(result).hasStatus(422).bodyText()
        .contains("Điểm cầu không thuộc hội nghị này.");
    assertThat(sessions.members(c.id())).hasSize(2);
  }

  @Test
  void editingAFrozenSessionIsAConflictWithAMessage() {
    Conference c = TestConferences.opened(sessions, 1, 1, 1);

    MvcTestResult result = mvc.post().uri("/sessions/{id}/edit", c.id())
        .with(user(SECRETARY)).with(csrf())
        .param("title", "Tên khác").param("organisation", "Đảng ủy").param("heldOn", "2026-11-27")
        .param("place", "Hà Nội").param("preset", "NQ96").param("invalidity", "WHOLE_BALLOT")
        .exchange();

    assertThat(result).hasStatus(409).bodyText().contains("không sửa được nữa");
    assertThat(sessions.find(c.id()).orElseThrow().details()).isEqualTo(c.session().details());

    MvcTestResult member = mvc.post().uri("/sessions/{id}/members", c.id())
        .with(user(SECRETARY)).with(csrf())
        .param("fullName", "Vũ Thị F").param("unit", "Khoa Sử")
        .param("siteId", String.valueOf(c.hanoi().id()))
        .exchange();
    assertThat(member).hasStatus(409);
    assertThat(sessions.members(c.id())).hasSize(2);
  }

  @Test
  void correctsANameOfAFrozenSessionThroughTheForm() {
    Conference c = TestConferences.opened(sessions, 1, 1, 1);
    Subject subject = c.subjects().get(0);

    MvcTestResult form = mvc.get().uri("/sessions/{id}/corrections/new?field=SUBJECT_NAME&target={t}",
        c.id(), subject.id()).with(user(SECRETARY)).exchange();
    assertThat(form).hasStatusOk().bodyText().contains(subject.fullName());

    MvcTestResult missingReason = mvc.post().uri("/sessions/{id}/corrections", c.id())
        .with(user(SECRETARY)).with(csrf())
        .param("field", "SUBJECT_NAME").param("targetId", String.valueOf(subject.id()))
        .param("newValue", "Phạm Thị Dung").param("reason", "")
        .exchange();
    assertThat(missingReason).hasStatus(422);

    MvcTestResult done = mvc.post().uri("/sessions/{id}/corrections", c.id())
        .with(user(SECRETARY)).with(csrf())
        .param("field", "SUBJECT_NAME").param("targetId", String.valueOf(subject.id()))
        .param("newValue", "Phạm Thị Dung").param("reason", "Theo quyết định bổ nhiệm")
        .exchange();
    assertThat(done).hasStatus3xxRedirection();
    assertThat(mvc.get().uri("/sessions/{id}", c.id()).with(user(OBSERVER)).exchange())
        .bodyText().contains("Phạm Thị Dung").contains("Theo quyết định bổ nhiệm");
  }

  @Test
  void observersReadButCannotChange() {
    Conference c = TestConferences.draft(sessions, 1, 1, 1);

    assertThat(mvc.get().uri("/sessions/{id}/members", c.id()).with(user(OBSERVER)).exchange())
        .hasStatusOk().bodyText().contains("Nguyễn Văn A").doesNotContain("Thêm đại biểu");
    assertThat(mvc.post().uri("/sessions/{id}/members", c.id()).with(user(OBSERVER)).with(csrf())
        .param("fullName", "Vũ Thị F").param("unit", "Khoa Sử")
        .param("siteId", String.valueOf(c.hanoi().id())).exchange()).hasStatus(403);
    assertThat(mvc.get().uri("/sessions/new").with(user(OBSERVER)).exchange()).hasStatus(403);
    assertThat(sessions.members(c.id())).hasSize(2);
  }

  @Test
  void aSiteSecretarySeesOnlyTheirSessionAndSite() {
    Conference mine = TestConferences.draft(sessions, 2, 2, 1);
    Conference other = TestConferences.draft(sessions, 1, 1, 1);
    accounts.issue("site-hcm-p1", Role.SITE_SECRETARY, "Vũ Thị F");
    sessions.assignSiteSecretary(mine.id(), mine.hcm().id(), "site-hcm-p1", null, "secretary-test")
        .orElseThrow();
    AccountUser siteSecretary = TestUsers.of(Role.SITE_SECRETARY, "site-hcm-p1");

    assertThat(mvc.get().uri("/sessions").with(user(siteSecretary)).exchange()).bodyText()
        .contains(mine.session().details().title())
        .doesNotContain(other.session().details().title());
    assertThat(mvc.get().uri("/sessions/{id}/members", mine.id()).with(user(siteSecretary))
        .exchange()).hasStatusOk().bodyText()
        .contains(mine.at(mine.hcm()).get(0).fullName())
        .doesNotContain(mine.at(mine.hanoi()).get(0).fullName());
    assertThat(mvc.get().uri("/sessions/{id}", other.id()).with(user(siteSecretary)).exchange())
        .hasStatus(403);
  }

  @Test
  void unknownSessionIsNotFound() {
    assertThat(mvc.get().uri("/sessions/987654321").with(user(SECRETARY)).exchange())
        .hasStatus(404);
  }

  @Test
  void everySetUpPageRendersInBothLanguages() {
    Conference c = TestConferences.draft(sessions, 1, 1, 1);
    for (String page : new String[] {"", "/sites", "/members", "/subjects", "/edit"}) {
      MvcTestResult vi = mvc.get().uri("/sessions/" + c.id() + page).with(user(SECRETARY))
          .exchange();
      assertThat(vi).as(page).hasStatusOk().bodyText().contains("<html lang=\"vi\">")
          .doesNotContain("??").doesNotContain("<script").doesNotContain(" style=");
      MvcTestResult en = mvc.get().uri("/sessions/" + c.id() + page + "?lang=en")
          .with(user(SECRETARY)).exchange();
      assertThat(en).as(page).hasStatusOk().bodyText().contains("<html lang=\"en\">")
          .doesNotContain("??");
    }
    assertThat(mvc.get().uri("/sessions/new").with(user(SECRETARY)).exchange()).hasStatusOk();
    assertThat(mvc.get().uri("/sessions").with(user(OBSERVER)).exchange()).hasStatusOk();
  }
}
