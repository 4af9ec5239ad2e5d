package vn.tinnhiem.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
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
import vn.tinnhiem.server.counting.CountSheet;
import vn.tinnhiem.server.counting.CountingService;
import vn.tinnhiem.server.counting.SubjectCount;
import vn.tinnhiem.server.session.Member;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.SessionStatus;
import vn.tinnhiem.server.session.Site;
import vn.tinnhiem.server.session.Subject;

/**
 * One conference from start to end through the web pages, each step by the
 * role that does it: set-up, roll call at two sites by their secretaries,
 * the counting board, the quorum gate, ballots, counts, closing.
 * {@code PostgresConferenceFlowTests} runs it on PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConferenceFlowTests {

  private static final AtomicInteger RUN = new AtomicInteger();

  static final AccountUser SECRETARY = TestUsers.of(Role.SECRETARY);
  static final AccountUser BOARD = TestUsers.of(Role.COUNTING_BOARD);
  static final AccountUser BOARD_2 = TestUsers.of(Role.COUNTING_BOARD, "counting-board-2-test");

  @Autowired
  MockMvcTester mvc;

  @Autowired
  SessionService sessions;

  @Autowired
  AccountService accounts;

  @Autowired
  CountingService counting;

  private void post(AccountUser as, String uri, Map<String, String> params) {
    var request = mvc.post().uri(uri).with(user(as)).with(csrf());
    params.forEach(request::param);
    MvcTestResult result = request.exchange();
    assertThat(result).as("POST %s", uri).hasStatus3xxRedirection();
  }

  @Test
  void runsAConferenceFromSetUpToClosedCount() throws Exception {
    int run = RUN.incrementAndGet();
    MvcTestResult created = mvc.post().uri("/sessions").with(user(SECRETARY)).with(csrf())
        .param("title", "Hội nghị lấy phiếu tín nhiệm " + run)
        .param("organisation", "Đảng ủy Trường Đại học Mẫu").param("heldOn", "2026-11-26")
        .param("place", "Hội trường A, Hà Nội").param("preset", "QD96")
        .param("invalidity", "PER_ROW").exchange();
    String location = created.getResponse().getRedirectedUrl();
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    String base = "/sessions/" + id;

    post(SECRETARY, base + "/sites", Map.of("name", "Cơ sở Hà Nội"));
    post(SECRETARY, base + "/sites", Map.of("name", "Cơ sở TP. Hồ Chí Minh"));
    List<Site> sites = sessions.sites(id);
    String[] names = {"Nguyễn Văn A", "Trần Thị B", "Lê Văn C", "Phạm Thị D", "Hoàng Văn E",
        "Vũ Thị F", "Đặng Văn G", "Bùi Thị H", "Đỗ Văn I"};
    for (int i = 0; i < names.length; i++) {
      post(SECRETARY, base + "/members", Map.of("fullName", names[i], "unit", "Khoa " + i,
          "siteId", String.valueOf(sites.get(i < 5 ? 0 : 1).id())));
    }
    List<Member> members = sessions.members(id);
    String[] posts = {"Bí thư", "Phó Bí thư", "Ủy viên Ban Thường vụ", "Ủy viên Ban Thường vụ",
        "Ủy viên Ban Thường vụ"};
    for (int i = 0; i < posts.length; i++) {
      post(SECRETARY, base + "/subjects", Map.of("fullName", names[i], "position", posts[i],
          "memberId", String.valueOf(members.get(i).id())));
    }
    String hn = "flow-hn-" + run;
    String hcm = "flow-hcm-" + run;
    accounts.issue(hn, Role.SITE_SECRETARY, "Lê Văn C");
    accounts.issue(hcm, Role.SITE_SECRETARY, "Vũ Thị F");
    post(SECRETARY, base + "/site-secretaries",
        Map.of("siteId", String.valueOf(sites.get(0).id()), "username", hn));
    post(SECRETARY, base + "/site-secretaries",
        Map.of("siteId", String.valueOf(sites.get(1).id()), "username", hcm));
    post(SECRETARY, base + "/open", Map.of());
    assertThat(sessions.find(id).orElseThrow().status()).isEqualTo(SessionStatus.OPEN);

    // roll call: Hà Nội name by name (one excused), TP. Hồ Chí Minh by head count
    var marks = mvc.post().uri(base + "/roll/sites/" + sites.get(0).id() + "/marks")
        .with(user(TestUsers.of(Role.SITE_SECRETARY, hn))).with(csrf());
    for (int i = 0; i < 5; i++) {
      marks.param("mark[" + members.get(i).id() + "]", i == 4 ? "EXCUSED" : "PRESENT");
    }
    assertThat(marks.exchange()).hasStatus3xxRedirection();
    post(TestUsers.of(Role.SITE_SECRETARY, hcm),
        base + "/roll/sites/" + sites.get(1).id() + "/count", Map.of("present", "3"));

    // the counting board: three members not voted on, one head
    post(SECRETARY, base + "/board", Map.of("memberId", String.valueOf(members.get(5).id()),
        "role", "HEAD"));
    post(SECRETARY, base + "/board", Map.of("memberId", String.valueOf(members.get(6).id()),
        "role", "SECRETARY"));
    post(SECRETARY, base + "/board", Map.of("memberId", String.valueOf(members.get(7).id()),
        "role", "MEMBER"));

    // quorum: 4 + 3 = 7 of 9, at least 6 needed
    post(SECRETARY, base + "/roll/open-voting", Map.of());
    assertThat(sessions.find(id).orElseThrow().status()).isEqualTo(SessionStatus.VOTING);

    post(BOARD, base + "/counting/sites/" + sites.get(0).id(),
        Map.of("issued", "4", "collected", "4"));
    post(BOARD, base + "/counting/sites/" + sites.get(1).id(),
        Map.of("issued", "3", "collected", "3"));
    post(BOARD, base + "/counting/start", Map.of());
    List<Subject> subjects = sessions.subjects(id);
    int[][] counts = {{5, 2, 0, 0}, {3, 3, 1, 0}, {1, 2, 4, 0}, {2, 1, 3, 1}, {0, 3, 3, 1}};
    // double entry: two members of the board type the same figures independently
    for (AccountUser member : List.of(BOARD, BOARD_2)) {
      for (int i = 0; i < subjects.size(); i++) {
        post(member, base + "/counting/subjects/" + subjects.get(i).id(), Map.of(
            "high", String.valueOf(counts[i][0]), "confident", String.valueOf(counts[i][1]),
            "low", String.valueOf(counts[i][2]), "blank", "0",
            "invalid", String.valueOf(counts[i][3])));
      }
    }
    post(BOARD, base + "/counting/close", Map.of());

    CountSheet sheet = counting.sheet(id).orElseThrow();
    assertThat(sheet.closed()).isTrue();
    assertThat(sheet.complete()).isTrue();
    assertThat(sheet.summoned()).isEqualTo(9);
    assertThat(sheet.present()).isEqualTo(7);
    assertThat(sheet.collected()).isEqualTo(7);
    assertThat(sheet.subjects()).extracting(SubjectCount::low).containsExactly(0, 1, 4, 3, 3);
    assertThat(mvc.get().uri(base + "/counting").with(user(TestUsers.of(Role.OBSERVER)))
        .exchange()).hasStatusOk().bodyText().contains("Đã kết thúc kiểm phiếu lúc");

    // results: QD96 counts against the 7 ballots collected; Lê Văn C's 4 low of 7 is over half
    MvcTestResult results = mvc.get().uri(base + "/results")
        .with(user(TestUsers.of(Role.OBSERVER))).exchange();
    HtmlConformance.assertConforms(results.getResponse().getContentAsString());
    assertThat(results).hasStatusOk().bodyText()
        .contains("Tín nhiệm thấp trên 1/2", "57,14%", "Đảng ủy Trường Đại học Mẫu")
        .contains("<nav class=\"tabs\"", "href=\"" + base + "/counting\"")
        .contains("aria-current=\"page\" class=\"current\">Kết quả<")
        .doesNotContain("Kết quả tạm thời");
  }
}
