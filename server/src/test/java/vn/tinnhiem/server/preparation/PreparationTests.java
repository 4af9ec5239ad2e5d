package vn.tinnhiem.server.preparation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.tinnhiem.server.HtmlConformance;
import vn.tinnhiem.server.TestFlow;
import vn.tinnhiem.server.account.AccountService;
import vn.tinnhiem.server.account.AccountUser;
import vn.tinnhiem.server.account.Role;
import vn.tinnhiem.server.account.TestUsers;
import vn.tinnhiem.server.links.SecretLinks;
import vn.tinnhiem.server.session.SessionDetails;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.TestConferences;
import vn.tinnhiem.server.session.TestConferences.Conference;
import vn.tinnhiem.server.system.ConferenceTime;
import vn.tinnhiem.server.system.Outcome;

/**
 * Preparation: invitations make participant accounts (link stored as a hash, used once);
 * dossiers are checked by their bytes, visible to the session's voters only after release,
 * and every download is logged; an anonymous question hides its asker from the subject.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PreparationTests {

  static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
      .getBytes(StandardCharsets.US_ASCII);

  @Autowired
  MockMvcTester mvc;

  @Autowired
  SessionService sessions;

  @Autowired
  PreparationService preparation;

  @Autowired
  AccountService accounts;

  @Autowired
  ConferenceTime time;

  @Autowired
  java.time.Clock clock;

  @Autowired
  JdbcClient jdbc;

  private static int counter;

  /** A session held {@code days} from today, with a member and a subject who have accounts. */
  private record Prepared(Conference c, AccountUser voter, AccountUser subject,
      AccountUser stranger) {}

  private Prepared prepared(int days) {
    SessionDetails d = TestConferences.details(vn.tinnhiem.server.tally.Preset.QD96);
    LocalDate heldOn = time.today(clock).plusDays(days);
    Conference c = TestConferences.draft(sessions, new SessionDetails(d.title(),
        d.organisation(), heldOn, d.place(), d.preset(), d.base(), d.invalidity(),
        d.blankAllowed()), 2, 2, 2);
    int n = ++counter;
    String voterToken = preparation.invite(c.id(), c.members().get(0).id(), null, TestFlow.BY)
        .orElseThrow();
    preparation.accept(voterToken, null, "voter-" + n, "mat-khau-dai-1", "mat-khau-dai-1")
        .orElseThrow();
    String subjectToken = preparation.invite(c.id(), null, c.subjects().get(0).id(),
        TestFlow.BY).orElseThrow();
    preparation.accept(subjectToken, null, "subject-" + n, "mat-khau-dai-2", "mat-khau-dai-2")
        .orElseThrow();
    Conference other = TestConferences.draft(sessions, 1, 1, 1);
    String strangerToken = preparation.invite(other.id(), other.members().get(0).id(), null,
        TestFlow.BY).orElseThrow();
    preparation.accept(strangerToken, null, "stranger-" + n, "mat-khau-dai-3",
        "mat-khau-dai-3").orElseThrow();
    return new Prepared(c, TestUsers.of(Role.PARTICIPANT, "voter-" + n),
        TestUsers.of(Role.PARTICIPANT, "subject-" + n),
        TestUsers.of(Role.PARTICIPANT, "stranger-" + n));
  }

  private MvcTestResult upload(Conference c, AccountUser as, String name, byte[] bytes) {
    return mvc.perform(MockMvcRequestBuilders.multipart("/sessions/{id}/preparation/dossiers",
            c.id())
        .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
        .param("subjectId", String.valueOf(c.subjects().get(0).id()))
        .with(user(as)).with(csrf()));
  }

  @Test
  void invitationsAreStoredAsHashesAndWorkOnce() {
    Conference c = TestConferences.draft(sessions, 1, 1, 1);
    String token = preparation.invite(c.id(), c.members().get(0).id(), null, TestFlow.BY)
        .orElseThrow();
    List<String> stored = jdbc.sql("SELECT token_hash FROM invitation WHERE session_id = :id")
        .param("id", c.id()).query(String.class).list();
    assertThat(stored).containsExactly(SecretLinks.hash(token)).doesNotContain(token);

    assertThat(mvc.get().uri("/invite/{t}", token).exchange()).hasStatusOk().bodyText()
        .contains(c.members().get(0).fullName());
    MvcTestResult bad = mvc.post().uri("/invite/{t}", token).param("username", "Bad Name")
        .param("password", "short").param("repeat", "short").with(csrf()).exchange();
    assertThat(bad).hasStatus(422).bodyText().contains("Bad Name")
        .contains("Mật khẩu phải dài từ 10 đến 128 ký tự.");
    assertThat(mvc.post().uri("/invite/{t}", token).param("username", "nguyen-van-a-inv")
        .param("password", "mot-mat-khau-dai").param("repeat", "mot-mat-khau-dai")
        .with(csrf()).exchange()).hasStatus3xxRedirection().hasRedirectedUrl("/login?invited");
    assertThat(accounts.find("nguyen-van-a-inv")).get()
        .matches(a -> a.role() == Role.PARTICIPANT);

    assertThat(mvc.get().uri("/invite/{t}", token).exchange()).as("used").hasStatus(404);
    assertThat(preparation.invite(c.id(), c.members().get(0).id(), null, TestFlow.BY))
        .as("already has an account").isInstanceOf(Outcome.Refused.class);
  }

  @Test
  void dossiersAreCheckedByTheirBytes() throws Exception {
    Prepared p = prepared(30);
    AccountUser secretary = TestUsers.of(Role.SECRETARY);
    assertThat(upload(p.c(), secretary, "bao-cao.pdf", "not a pdf at all".getBytes()))
        .hasStatus(422).bodyText().contains("không phải PDF hoặc DOCX");
    byte[] zipNotWord = zip("hello.txt");
    assertThat(upload(p.c(), secretary, "bao-cao.docx", zipNotWord)).hasStatus(422);
    assertThat(upload(p.c(), secretary, "bao-cao.docx", zip("[Content_Types].xml",
        "word/document.xml"))).hasStatus3xxRedirection();
    assertThat(upload(p.c(), p.subject(), "../../tu-danh-gia", PDF)).as("the subject, own")
        .hasStatus3xxRedirection();
    assertThat(upload(p.c(), p.voter(), "x.pdf", PDF)).as("a voter").hasStatus(403);

    Viewer organiser = new Viewer("secretary-test", Role.SECRETARY, java.util.Set.of(),
        java.util.Set.of());
    assertThat(preparation.dossiers(p.c().id(), organiser)).extracting(Dossier::fileName)
        .containsExactly("bao-cao.docx", "tu-danh-gia.pdf");
    assertThat(preparation.dossiers(p.c().id(), organiser)).extracting(Dossier::contentType)
        .containsExactly(Files.DOCX, Files.PDF);
    assertThat(preparation.upload(p.c().id(), p.c().subjects().get(0).id(), "big.pdf",
        new byte[Files.MAX_BYTES + 1], organiser)).isInstanceOf(Outcome.Refused.class);
  }

  @Test
  void dossiersReachTheVotersOnlyAfterReleaseAndEachDownloadIsLogged() throws Exception {
    Prepared before = prepared(30); // release is 15 days before: not yet
    upload(before.c(), TestUsers.of(Role.SECRETARY), "bao-cao.pdf", PDF);
    long dossier = preparation.dossiers(before.c().id(), new Viewer("s", Role.SECRETARY,
        java.util.Set.of(), java.util.Set.of())).get(0).id();
    String uri = "/sessions/" + before.c().id() + "/preparation/dossiers/" + dossier;
    assertThat(mvc.get().uri(uri).with(user(before.voter())).exchange()).hasStatus(404);
    assertThat(mvc.get().uri(uri).with(user(before.subject())).exchange()).as("their own")
        .hasStatusOk();
    assertThat(mvc.get().uri("/sessions/{id}/preparation", before.c().id())
        .with(user(before.voter())).exchange()).hasStatusOk().bodyText()
        .contains("Hồ sơ được gửi cho đại biểu từ ngày");

    Prepared after = prepared(10); // released 5 days ago
    upload(after.c(), TestUsers.of(Role.SECRETARY), "bao-cao.pdf", PDF);
    long released = preparation.dossiers(after.c().id(), new Viewer("s", Role.SECRETARY,
        java.util.Set.of(), java.util.Set.of())).get(0).id();
    String releasedUri = "/sessions/" + after.c().id() + "/preparation/dossiers/" + released;
    MvcTestResult download = mvc.get().uri(releasedUri).with(user(after.voter())).exchange();
    assertThat(download).hasStatusOk();
    assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);
    assertThat(download.getResponse().getHeader("Content-Disposition"))
        .startsWith("attachment").contains("bao-cao.pdf");
    assertThat(mvc.get().uri(releasedUri).with(user(after.stranger())).exchange())
        .as("a voter of another session").hasStatus(403);
    assertThat(mvc.get().uri(releasedUri).with(user(TestUsers.of(Role.SITE_SECRETARY)))
        .exchange()).as("a site secretary not of this session").hasStatus(403);
    assertThat(mvc.get().uri(releasedUri).with(user(TestUsers.of(Role.COUNTING_BOARD)))
        .exchange()).as("staff who are not voters").hasStatus(404);

    assertThat(preparation.downloads(after.c().id())).extracting(d -> d.username())
        .containsExactly(after.voter().getUsername());
    MvcTestResult staffPage = mvc.get().uri("/sessions/{id}/preparation", after.c().id())
        .with(user(TestUsers.of(Role.SECRETARY))).exchange();
    assertThat(staffPage).hasStatusOk().bodyText().contains(after.voter().getUsername());
    HtmlConformance.assertConforms(staffPage.getResponse()
        .getContentAsString(StandardCharsets.UTF_8));
  }

  @Test
  void anAnonymousQuestionHidesTheAskerFromTheSubjectButNotFromTheOrganisers()
      throws Exception {
    Prepared p = prepared(12);
    String asker = p.c().members().get(0).fullName();
    MvcTestResult asked = mvc.post().uri("/sessions/{id}/preparation/questions", p.c().id())
        .param("subjectId", String.valueOf(p.c().subjects().get(0).id()))
        .param("text", "Đề nghị đồng chí làm rõ kết quả năm 2025.")
        .param("anonymous", "true").with(user(p.voter())).with(csrf()).exchange();
    assertThat(asked).hasStatus3xxRedirection();

    String subjectPage = mvc.get().uri("/sessions/{id}/preparation", p.c().id())
        .with(user(p.subject())).exchange().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    assertThat(subjectPage).as("no staff tabs for a participant")
        .doesNotContain("/sessions/" + p.c().id() + "/roll");
    assertThat(subjectPage).contains("Đề nghị đồng chí làm rõ").doesNotContain(asker)
        .contains("Người hỏi không nêu tên");
    HtmlConformance.assertConforms(subjectPage);
    Question seen = preparation.questions(p.c().id(),
        preparation.viewer(p.subject().getUsername(), Role.PARTICIPANT, p.c().id())
            .orElseThrow()).get(0);
    assertThat(seen.askerName()).isEmpty();
    assertThat(seen.askedBy()).isEmpty();

    assertThat(mvc.get().uri("/sessions/{id}/preparation", p.c().id())
        .with(user(TestUsers.of(Role.SECRETARY))).exchange()).bodyText().contains(asker);

    MvcTestResult answered = mvc.post().uri("/sessions/{id}/preparation/questions/{q}/answer",
            p.c().id(), seen.id()).param("answer", "Xin trả lời như sau.")
        .with(user(p.subject())).with(csrf()).exchange();
    assertThat(answered).hasStatus3xxRedirection();
    assertThat(mvc.get().uri("/sessions/{id}/preparation", p.c().id())
        .with(user(p.voter())).exchange()).bodyText().contains("Xin trả lời như sau.");
    assertThat(mvc.post().uri("/sessions/{id}/preparation/questions/{q}/answer", p.c().id(),
            seen.id()).param("answer", "Tôi trả lời thay.").with(user(p.voter())).with(csrf())
        .exchange()).as("only the subject answers").hasStatus(403);
    assertThat(mvc.get().uri("/sessions/{id}/preparation", p.c().id())
        .with(user(p.stranger())).exchange()).hasStatus(403);
  }

  @Test
  void aNamedQuestionShowsItsAskerAndABadQuestionKeepsTheText() {
    Prepared p = prepared(12);
    mvc.post().uri("/sessions/{id}/preparation/questions", p.c().id())
        .param("subjectId", String.valueOf(p.c().subjects().get(0).id()))
        .param("text", "Câu hỏi có tên.").with(user(p.voter())).with(csrf()).exchange();
    assertThat(mvc.get().uri("/sessions/{id}/preparation", p.c().id())
        .with(user(p.subject())).exchange()).bodyText()
        .contains(p.c().members().get(0).fullName());

    MvcTestResult bad = mvc.post().uri("/sessions/{id}/preparation/questions", p.c().id())
        .param("subjectId", "999999").param("text", "Câu hỏi gửi nhầm")
        .with(user(p.voter())).with(csrf()).exchange();
    assertThat(bad).hasStatus(422).bodyText().contains("Câu hỏi gửi nhầm");
  }

  @Test
  void theSecretarySetsTheOffsetsAndBadOnesAreRefusedKeepingTheForm() {
    Prepared p = prepared(40);
    MvcTestResult bad = mvc.post().uri("/sessions/{id}/preparation/timeline", p.c().id())
        .param("dossierDue", "5").param("release", "15").param("questionsDue", "10")
        .param("answersDue", "3").with(user(TestUsers.of(Role.SECRETARY))).with(csrf())
        .exchange();
    assertThat(bad).hasStatus(422).bodyText().contains("Các mốc phải theo thứ tự")
        .contains("value=\"5\"");
    assertThat(mvc.post().uri("/sessions/{id}/preparation/timeline", p.c().id())
        .param("dossierDue", "25").param("release", "18").param("questionsDue", "12")
        .param("answersDue", "4").with(user(TestUsers.of(Role.SECRETARY))).with(csrf())
        .exchange()).hasStatus3xxRedirection();
    assertThat(preparation.offsets(p.c().id())).isEqualTo(new Offsets(25, 18, 12, 4));
    assertThat(mvc.post().uri("/sessions/{id}/preparation/timeline", p.c().id())
        .param("dossierDue", "25").param("release", "18").param("questionsDue", "12")
        .param("answersDue", "4").with(user(p.voter())).with(csrf()).exchange())
        .hasStatus(403);
  }

  private static byte[] zip(String... entries) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String e : entries) {
        zip.putNextEntry(new ZipEntry(e));
        zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
