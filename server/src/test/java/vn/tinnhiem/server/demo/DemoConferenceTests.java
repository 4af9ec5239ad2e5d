package vn.tinnhiem.server.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.tinnhiem.server.account.AccountService;
import vn.tinnhiem.server.session.Member;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.Site;
import vn.tinnhiem.server.session.Subject;
import vn.tinnhiem.server.session.VoteSession;

/** Demo mode seeds one conference with placeholder people and its site secretaries. */
@SpringBootTest(properties = "tinnhiem.demo=true")
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class DemoConferenceTests {

  @Autowired
  SessionService sessions;

  @Autowired
  DemoConference demo;

  @Autowired
  MockMvcTester mvc;

  @Autowired
  AccountService accounts;

  VoteSession demoSession() {
    return sessions.list().stream()
        .filter(s -> s.details().title().equals(DemoConference.TITLE))
        .findFirst().orElseThrow();
  }

  @Test
  void seedsTwoSitesNineMembersAndFiveSubjects() {
    VoteSession s = demoSession();
    long id = s.id();

    assertThat(sessions.sites(id)).extracting(Site::name)
        .containsExactly("Cơ sở Hà Nội", "Cơ sở TP. Hồ Chí Minh");
    assertThat(sessions.members(id)).extracting(Member::fullName).containsExactly(
        "Nguyễn Văn A", "Trần Thị B", "Lê Văn C", "Phạm Thị D", "Hoàng Văn E",
        "Vũ Thị F", "Đặng Văn G", "Bùi Thị H", "Đỗ Văn I");
    assertThat(sessions.subjects(id)).extracting(Subject::position).containsExactly(
        "Bí thư Đảng ủy", "Phó Bí thư Đảng ủy", "Ủy viên Ban Thường vụ",
        "Ủy viên Ban Thường vụ", "Ủy viên Ban Thường vụ");
    assertThat(sessions.subjects(id)).allMatch(subject -> subject.memberId() != null);
    // the counting board may not count its own votes: its demo account is nobody voted on
    String board = accounts.find("counting-board").orElseThrow().displayName();
    assertThat(sessions.members(id)).extracting(Member::fullName).contains(board);
    assertThat(sessions.subjects(id)).extracting(Subject::fullName).doesNotContain(board);
    Site hanoi = sessions.sites(id).get(0);
    Site hcmc = sessions.sites(id).get(1);
    assertThat(sessions.siteSecretary(id, "site-secretary").orElseThrow().siteId())
        .isEqualTo(hanoi.id());
    assertThat(sessions.siteSecretary(id, "site-secretary-hcm").orElseThrow().siteId())
        .isEqualTo(hcmc.id());
  }

  @Test
  void printsTheUrlAndTheSecondSiteSecretarysLoginThatWorks(CapturedOutput output) {
    // the context may have started in another test class: run again, as a restart would
    demo.run(new DefaultApplicationArguments());
    long id = demoSession().id();
    assertThat(output.getAll()).contains("DEMO CONFERENCE").contains("http://localhost:")
        .contains("/sessions/" + id);
    Matcher line = Pattern.compile("\\n\\s+site-secretary-hcm\\s+([a-z0-9]{12})\\s")
        .matcher(output.getAll());
    // The last one printed: when the context started in this class, its start printed one too.
    String password = null;
    while (line.find()) {
      password = line.group(1);
    }
    assertThat(password).isNotNull();

    var login = mvc.perform(formLogin().user("site-secretary-hcm").password(password));
    assertThat(login).hasStatus3xxRedirection();
    MockHttpSession session = (MockHttpSession) login.getRequest().getSession();
    Site hanoi = sessions.sites(id).get(0);
    Site hcmc = sessions.sites(id).get(1);
    assertThat(mvc.get().uri("/sessions/{id}/roll/sites/{s}", id, hcmc.id()).session(session)
        .exchange()).hasStatusOk();
    assertThat(mvc.get().uri("/sessions/{id}/roll/sites/{s}", id, hanoi.id()).session(session)
        .exchange()).hasStatus(403);
  }

  @Test
  void doesNotSeedTwiceOnTheSameDataFolder() {
    long before = sessions.list().stream()
        .filter(s -> s.details().title().equals(DemoConference.TITLE)).count();

    demo.run(new DefaultApplicationArguments());

    assertThat(sessions.list().stream()
        .filter(s -> s.details().title().equals(DemoConference.TITLE)).count())
        .isEqualTo(before).isEqualTo(1);
  }
}
