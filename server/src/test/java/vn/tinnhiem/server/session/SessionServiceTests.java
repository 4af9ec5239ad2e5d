package vn.tinnhiem.server.session;

import vn.tinnhiem.server.tally.CountingBase;
import vn.tinnhiem.server.tally.Preset;
import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import vn.tinnhiem.server.account.AccountService;
import vn.tinnhiem.server.account.Role;
import vn.tinnhiem.server.session.TestConferences.Conference;
import vn.tinnhiem.server.system.Outcome;
import vn.tinnhiem.server.system.Refusal;

/** Set-up rules of a session, on the embedded H2 database. */
@SpringBootTest
@AutoConfigureMockMvc
class SessionServiceTests {

  @Autowired
  SessionService sessions;

  @Autowired
  AccountService accounts;

  static Outcome.Refused<?> refused(Outcome<?> outcome) {
    assertThat(outcome).isInstanceOf(Outcome.Refused.class);
    return (Outcome.Refused<?>) outcome;
  }

  static void assertRefused(Outcome<?> outcome, Outcome.Kind kind, String code) {
    Outcome.Refused<?> refused = refused(outcome);
    assertThat(refused.kind()).isEqualTo(kind);
    assertThat(refused.refusals()).extracting(Refusal::code).contains(code);
  }

  @Test
  void newSessionIsADraftWithThePresetsDefaultBase() {
    VoteSession qd = sessions.create(TestConferences.details(Preset.QD96), "secretary-test")
        .orElseThrow();
    VoteSession nq = sessions.create(TestConferences.details(Preset.NQ96), "secretary-test")
        .orElseThrow();

    assertThat(qd.status()).isEqualTo(SessionStatus.DRAFT);
    assertThat(qd.details().base()).isEqualTo(CountingBase.COLLECTED);
    assertThat(nq.details().base()).isEqualTo(CountingBase.MEMBERS);
    assertThat(sessions.enteredAt(qd.id(), SessionStatus.DRAFT)).isPresent();
  }

  @Test
  void refusesADuplicateMemberAndStoresNothing() {
    Conference c = TestConferences.draft(sessions, 2, 1, 1);

    Outcome<Member> again = sessions.addMember(c.id(), c.hcm().id(), "  nguyễn   văn a ",
        "đơn vị 1");

    assertRefused(again, Outcome.Kind.INVALID, "member.duplicate");
    assertThat(sessions.members(c.id())).hasSize(3);
  }

  @Test
  void seesTheSameNameTypedDecomposedAsADuplicate() {
    Conference c = TestConferences.draft(sessions, 1, 1, 1);
    String nfd = Normalizer.normalize("Nguyễn Văn A", Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo("Nguyễn Văn A");

    assertRefused(sessions.addMember(c.id(), c.hanoi().id(), nfd, "Đơn vị 1"),
        Outcome.Kind.INVALID, "member.duplicate");
  }

  @Test
  void acceptsANamesakeFromAnotherUnit() {
    Conference c = TestConferences.draft(sessions, 1, 1, 1);

    Member namesake = sessions.addMember(c.id(), c.hanoi().id(), "Nguyễn Văn A", "Khoa Lý")
        .orElseThrow();

    assertThat(namesake.fullName()).isEqualTo("Nguyễn Văn A");
    assertThat(sessions.members(c.id())).hasSize(3);
  }

  @Test
  void refusesAMemberAtAnUnknownSiteOrAnotherSessionsSite() {
    Conference c = TestConferences.draft(sessions, 1, 1, 1);
    Conference other = TestConferences.draft(sessions, 1, 1, 1);

    assertRefused(sessions.addMember(c.id(), 999_999, "Vũ Thị F", "Khoa Sử"),
        Outcome.Kind.INVALID, "member.unknownSite");
    assertRefused(sessions.addMember(c.id(), other.hanoi().id(), "Vũ Thị F", "Khoa Sử"),
        Outcome.Kind.INVALID, "member.unknownSite");
    assertThat(sessions.members(c.id())).hasSize(2);
  }

  @Test
  void refusesBlankAndOverlongNamesFromAnyCaller() {
    Conference c = TestConferences.draft(sessions, 1, 1, 1);

    assertRefused(sessions.addMember(c.id(), c.hanoi().id(), " \t", "Khoa Sử"),
        Outcome.Kind.INVALID, "NotBlank");
    assertRefused(sessions.addMember(c.id(), c.hanoi().id(), "A".repeat(201), "Khoa Sử"),
        Outcome.Kind.INVALID, "Size");
  }

  @Test
  void keepsExcludedPeopleOffTheListOfSubjects() {
    Conference c = TestConferences.draft(sessions, 1, 1, 1);
    sessions.addExclusion(c.id(), "Đỗ Văn I", "Ủy viên Ban Thường vụ",
        ExclusionReason.RETIREMENT_NOTIFIED, "Thông báo số 12").orElseThrow();

    assertRefused(sessions.addSubject(c.id(), null, "đỗ văn i", "Phó Bí thư", null),
        Outcome.Kind.INVALID, "subject.excluded");
    assertRefused(sessions.addExclusion(c.id(), "Người được lấy phiếu 1", "Bí thư",
        ExclusionReason.NEWLY_APPOINTED, ""), Outcome.Kind.INVALID, "exclusion.isSubject");
    assertThat(sessions.subjects(c.id())).hasSize(1);
  }

  @Test
  void numbersSubjectsInBallotOrderAndRefusesATakenRow() {
    Conference c = TestConferences.draft(sessions, 1, 1, 2);

    Subject third = sessions.addSubject(c.id(), null, "Bùi Thị H", "Ủy viên", null)
        .orElseThrow();
    assertThat(third.ordinal()).isEqualTo(3);
    assertRefused(sessions.addSubject(c.id(), 2, "Đặng Văn G", "Ủy viên", null),
        Outcome.Kind.INVALID, "subject.ordinalTaken");
    assertRefused(sessions.addSubject(c.id(), null, "Bùi Thị H", "ủy viên", null),
        Outcome.Kind.INVALID, "subject.duplicate");
  }

  @Test
  void aSubjectLinkedToAMemberOrWithTheSameNameIsASubject() {
    Conference c = TestConferences.draft(sessions, 2, 1, 0);
    Member a = c.members().get(0);
    Member b = c.members().get(1);
    Member hcm = c.members().get(2);
    sessions.addSubject(c.id(), null, a.fullName(), "Bí thư", a.id()).orElseThrow();
    sessions.addSubject(c.id(), null, b.fullName(), "Phó Bí thư", null).orElseThrow();

    assertThat(sessions.isSubject(c.id(), a.id())).isTrue();
    assertThat(sessions.isSubject(c.id(), b.id())).isTrue();
    assertThat(sessions.isSubject(c.id(), hcm.id())).isFalse();
  }

  @Test
  void opensOnlyWithSitesMembersAndSubjects() {
    VoteSession empty = sessions.create(TestConferences.details(Preset.NQ96), "secretary-test")
        .orElseThrow();
    sessions.addSite(empty.id(), "Cơ sở Hà Nội").orElseThrow();

    Outcome.Refused<?> refused = refused(sessions.open(empty.id(), "secretary-test"));
    assertThat(refused.refusals()).extracting(Refusal::code)
        .containsExactly("session.open.emptySite", "session.open.noSubjects");
    assertThat(sessions.find(empty.id()).orElseThrow().status()).isEqualTo(SessionStatus.DRAFT);
  }

  @Test
  void freezesTheSetUpOnceOpened() {
    Conference c = TestConferences.opened(sessions, 2, 1, 1);
    long id = c.id();

    assertRefused(sessions.update(id, TestConferences.details(Preset.NQ96)),
        Outcome.Kind.CONFLICT, "session.frozen");
    assertRefused(sessions.addSite(id, "Cơ sở Đà Nẵng"), Outcome.Kind.CONFLICT, "session.frozen");
    assertRefused(sessions.addMember(id, c.hanoi().id(), "Vũ Thị F", "Khoa Sử"),
        Outcome.Kind.CONFLICT, "session.frozen");
    assertRefused(sessions.removeMember(id, c.members().get(0).id()),
        Outcome.Kind.CONFLICT, "session.frozen");
    assertRefused(sessions.addSubject(id, null, "Vũ Thị F", "Ủy viên", null),
        Outcome.Kind.CONFLICT, "session.frozen");
    assertRefused(sessions.removeSubject(id, c.subjects().get(0).id()),
        Outcome.Kind.CONFLICT, "session.frozen");
    assertRefused(sessions.addExclusion(id, "Vũ Thị F", "Ủy viên",
        ExclusionReason.NEWLY_APPOINTED, ""), Outcome.Kind.CONFLICT, "session.frozen");
    assertRefused(sessions.open(id, "secretary-test"), Outcome.Kind.CONFLICT, "session.frozen");

    assertThat(sessions.members(id)).hasSize(3);
    assertThat(sessions.find(id).orElseThrow().details()).isEqualTo(c.session().details());
  }

  @Test
  void logsACorrectionWithWhoWhenWhatAndWhy() {
    Conference c = TestConferences.opened(sessions, 2, 1, 1);
    Member m = c.members().get(1);

    Correction done = sessions.correct(c.id(), CorrectionField.MEMBER_NAME, m.id(),
        "Trần Thị Bích", "Sai chính tả trong danh sách", "secretary-test").orElseThrow();

    assertThat(done.oldValue()).isEqualTo("Trần Thị B");
    assertThat(done.newValue()).isEqualTo("Trần Thị Bích");
    assertThat(done.madeBy()).isEqualTo("secretary-test");
    assertThat(done.madeAt()).isNotNull();
    assertThat(sessions.member(c.id(), m.id()).orElseThrow().fullName())
        .isEqualTo("Trần Thị Bích");
    assertThat(sessions.corrections(c.id())).containsExactly(done);
  }

  @Test
  void refusesACorrectionWithoutReasonOrInADraft() {
    Conference open = TestConferences.opened(sessions, 1, 1, 1);
    Conference draft = TestConferences.draft(sessions, 1, 1, 1);

    assertRefused(sessions.correct(open.id(), CorrectionField.SESSION_TITLE, open.id(),
        "Tên mới", " ", "secretary-test"), Outcome.Kind.INVALID, "correction.reasonRequired");
    assertRefused(sessions.correct(draft.id(), CorrectionField.SESSION_TITLE, draft.id(),
        "Tên mới", "Lý do", "secretary-test"), Outcome.Kind.CONFLICT, "correction.notFrozen");
    assertRefused(sessions.correct(open.id(), CorrectionField.MEMBER_NAME,
        draft.members().get(0).id(), "Tên mới", "Lý do", "secretary-test"),
        Outcome.Kind.NOT_FOUND, "correction.noTarget");
    assertThat(sessions.corrections(open.id())).isEmpty();
  }

  @Test
  void tiesOnlySiteSecretaryAccountsToASiteAndLogsLaterChanges() {
    Conference c = TestConferences.draft(sessions, 1, 1, 1);
    accounts.issue("site-hn-t1", Role.SITE_SECRETARY, "Lê Văn C");
    accounts.issue("observer-t1", Role.OBSERVER, "Hoàng Văn E");

    assertRefused(sessions.assignSiteSecretary(c.id(), c.hanoi().id(), "observer-t1", null,
        "secretary-test"), Outcome.Kind.INVALID, "siteSecretary.notSiteSecretary");
    sessions.assignSiteSecretary(c.id(), c.hanoi().id(), "site-hn-t1", null, "secretary-test")
        .orElseThrow();
    assertThat(sessions.siteSecretary(c.id(), "site-hn-t1").orElseThrow().siteId())
        .isEqualTo(c.hanoi().id());
    assertThat(sessions.corrections(c.id())).isEmpty();

    sessions.open(c.id(), "secretary-test").orElseThrow();
    assertRefused(sessions.assignSiteSecretary(c.id(), c.hcm().id(), "site-hn-t1", "",
        "secretary-test"), Outcome.Kind.INVALID, "correction.reasonRequired");
    sessions.assignSiteSecretary(c.id(), c.hcm().id(), "site-hn-t1", "Đổi người phụ trách",
        "secretary-test").orElseThrow();

    assertThat(sessions.siteSecretary(c.id(), "site-hn-t1").orElseThrow().siteId())
        .isEqualTo(c.hcm().id());
    assertThat(sessions.corrections(c.id())).singleElement().satisfies(log -> {
      assertThat(log.field()).isEqualTo(CorrectionField.SITE_SECRETARY);
      assertThat(log.oldValue()).isEqualTo("Cơ sở Hà Nội: site-hn-t1");
      assertThat(log.newValue()).isEqualTo("Cơ sở TP. Hồ Chí Minh: site-hn-t1");
    });
    assertThat(sessions.listForSiteSecretary("site-hn-t1")).extracting(VoteSession::id)
        .containsExactly(c.id());
  }

  @Test
  void advancesOnlyFromTheStatedStatus() {
    Conference c = TestConferences.opened(sessions, 1, 1, 1);

    assertRefused(sessions.advance(c.id(), SessionStatus.VOTING, "secretary-test"),
        Outcome.Kind.CONFLICT, "session.wrongStatus");
    assertThat(sessions.advance(c.id(), SessionStatus.OPEN, "secretary-test").orElseThrow()
        .status()).isEqualTo(SessionStatus.VOTING);
  }
}
