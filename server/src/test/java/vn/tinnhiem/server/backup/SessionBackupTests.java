package vn.tinnhiem.server.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.tinnhiem.crypto.election.BallotFactory;
import vn.tinnhiem.crypto.election.BallotJson;
import vn.tinnhiem.crypto.election.Election;
import vn.tinnhiem.crypto.election.ElectionJson;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.json.JsonWriter;
import vn.tinnhiem.crypto.verify.Progress;
import vn.tinnhiem.crypto.verify.Verdict;
import vn.tinnhiem.crypto.verify.Verifier;
import vn.tinnhiem.server.HtmlConformance;
import vn.tinnhiem.server.TinnhiemApplication;
import vn.tinnhiem.server.account.AccountUser;
import vn.tinnhiem.server.account.Role;
import vn.tinnhiem.server.account.TestUsers;
import vn.tinnhiem.server.counting.CountSheet;
import vn.tinnhiem.server.counting.CountingService;
import vn.tinnhiem.server.system.Outcome;
import vn.tinnhiem.server.voting.BallotBox;
import vn.tinnhiem.server.voting.VotingQueries;
import vn.tinnhiem.server.voting.VotingTestElection;

/**
 * A session with an electronic vote, backed up here and restored on a fresh instance: the
 * count sheet is the same, the board exports the same archive byte for byte, and it verifies.
 * Through the restore page: a file that is not a backup, or a session already there, is
 * refused at once; the restore runs in the background behind a progress page that names each
 * step and ends with the outcome (an altered board refused, nothing written). Every table
 * with a {@code session_id} column is in the backup.
 */
@SpringBootTest
class SessionBackupTests {

  static final AccountUser ADMIN = TestUsers.of(Role.ADMIN);

  @Autowired
  SessionBackup backup;
  @Autowired
  org.springframework.context.ApplicationContext context;
  @Autowired
  VotingQueries queries;
  @Autowired
  CountingService counting;
  @Autowired
  JdbcClient jdbc;

  @Test
  void everySessionTableIsBackedUp() {
    Set<String> withSession = new HashSet<>(jdbc.sql("""
            SELECT DISTINCT LOWER(table_name) FROM information_schema.columns
            WHERE LOWER(table_schema) = 'public' AND LOWER(column_name) = 'session_id'""")
        .query(String.class).list());
    withSession.add("vote_session");
    withSession.removeAll(SessionTables.NOT_BACKED_UP);
    Set<String> listed = new HashSet<>();
    SessionTables.ALL.forEach(t -> listed.add(t.name()));
    assertThat(listed).isEqualTo(withSession);
  }

  @Test
  void aRestoredSessionExportsTheSameArchive(@TempDir Path dir) throws Exception {
    long id = VotingTestElection.decryptedVote(context);
    byte[] archive = archive(queries, id);
    CountSheet sheet = counting.sheet(id).orElseThrow();
    byte[] json = backup.export(id).orElseThrow();

    try (ConfigurableApplicationContext fresh = new SpringApplicationBuilder(
        TinnhiemApplication.class).run("--tinnhiem.data-dir=" + dir.toAbsolutePath(),
            "--server.port=0", "--tinnhiem.demo=false", "--tinnhiem.admin-password=restore-it")) {
      SessionBackup there = fresh.getBean(SessionBackup.class);
      MockMvcTester web = webOf(fresh);
      // Not a backup: refused at once, nothing queued.
      assertThat(web.post().uri("/admin/restore").multipart()
          .file(new MockMultipartFile("file", "x.json", null, "[1, 2]".getBytes()))
          .with(user(ADMIN)).with(csrf()).exchange()).hasStatus(422)
          .bodyText().contains("không phải bản sao lưu");
      // A board altered in the file is refused whole, on the progress page once the verifier
      // has found it: the session is not there afterwards.
      String job = startRestore(web, withOneBallotAltered(json));
      MvcTestResult refused = finished(web, job);
      assertThat(refused).hasStatus(422).bodyText()
          .contains("Bảng công khai trong bản sao lưu không vượt qua kiểm tra")
          .doesNotContain("http-equiv=\"refresh\"");
      assertThat(fresh.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM vote_session")
          .query(Integer.class).single()).isZero();
      // The job is its starter's alone.
      assertThat(web.get().uri("/admin/restore/" + job)
          .with(user(TestUsers.of(Role.ADMIN, "admin-2-test"))).exchange()).hasStatus(404);

      MvcTestResult restored = finished(web, startRestore(web, json));
      assertThat(restored).hasStatusOk().bodyText()
          .contains("Đã khôi phục hội nghị số " + id)
          .contains("/sessions/" + id + "\"");
      HtmlConformance.assertConforms(restored.getResponse().getContentAsString());
      byte[] again = archive(fresh.getBean(VotingQueries.class), id);
      assertThat(again).isEqualTo(archive);
      assertThat(fresh.getBean(CountingService.class).sheet(id).orElseThrow()).isEqualTo(sheet);
      // Restoring twice is refused at once and changes nothing.
      assertThat(web.post().uri("/admin/restore").multipart()
          .file(new MockMultipartFile("file", "x.json", null, json))
          .with(user(ADMIN)).with(csrf()).exchange()).hasStatus(409)
          .bodyText().contains("Hội nghị số " + id + " đã có ở máy chủ này");
      assertThat(restore(there, json).isDone()).isFalse();
      assertThat(restore(there, "{\"format\":\"x\"}".getBytes()).isDone()).isFalse();
    }
    Path file = dir.resolve("restored.bel");
    Files.write(file, archive);
    Verdict verdict = Verifier.verify(file, Progress.NONE);
    assertThat(verdict.valid()).isTrue();
  }

  @Test
  void aBoardStillOpenIsRestoredAndChecked(@TempDir Path dir) throws Exception {
    VotingTestElection.OpenBox box = VotingTestElection.openBox(context, 2, 1);
    long id = box.sessionId();
    castOne(context, id, box.credentials().get(0));
    byte[] json = backup.export(id).orElseThrow();
    try (ConfigurableApplicationContext fresh = new SpringApplicationBuilder(
        TinnhiemApplication.class).run("--tinnhiem.data-dir=" + dir.toAbsolutePath(),
            "--server.port=0", "--tinnhiem.demo=false", "--tinnhiem.admin-password=restore-it")) {
      SessionBackup there = fresh.getBean(SessionBackup.class);
      List<String> steps = new CopyOnWriteArrayList<>();
      Outcome<SessionBackup.Restored> restored = there.restore(there.read(json).orElseThrow(),
          (step, done, total) -> steps.add(step + " " + done + "/" + total));
      assertThat(restored.isDone()).as(String.valueOf(restored)).isTrue();
      assertThat(fresh.getBean(VotingQueries.class).trackingCodes(id)).hasSize(1);
      long rows = restored.orElseThrow().rows();
      // Every row and then the one ballot, in that order, as the progress page shows them.
      assertThat(steps).startsWith("ROWS 0/" + rows).contains("ROWS " + rows + "/" + rows)
          .containsSubsequence("ROWS " + rows + "/" + rows, "BALLOTS 1/1");
    }
  }

  @Test
  void theFormChecksTheFileSizeBeforeSendingIt() throws Exception {
    String html = webOf(context).get().uri("/admin/restore")
        .with(user(ADMIN)).exchange().getResponse().getContentAsString();
    // spring.servlet.multipart.max-file-size=21MB; the script is RestoreFormBrowserTest's
    assertThat(html).contains("id=\"restore-form\"", "data-max-bytes=\"22020096\"",
        "id=\"restore-too-large\"", "/js/backup/restore.js",
        "data-text=\"Tệp gửi lên khoảng {0} MB, lớn hơn giới hạn {1} MB");
    HtmlConformance.assertConforms(html);
  }

  /** One ballot on the board changed by one digit, as someone editing the file would. */
  private static byte[] withOneBallotAltered(byte[] backupJson) {
    Json.JObject doc = JsonParser.parse(backupJson).asObject();
    List<Json> tables = new ArrayList<>();
    boolean altered = false;
    for (Json t : doc.get("tables").asArray().items()) {
      Json.JObject table = t.asObject();
      if (!altered && table.get("table").asString().equals("board_record")) {
        int content = table.get("columns").asList(Json::asString).indexOf("content");
        List<Json> rows = new ArrayList<>();
        for (Json row : table.get("rows").asArray().items()) {
          List<Json> values = new ArrayList<>(row.asArray().items());
          String text = new String(Base64.getDecoder().decode(values.get(content).asString()),
              StandardCharsets.UTF_8);
          int at = text.indexOf("\"response\":\"");
          if (!altered && text.contains("\"signature\"") && at >= 0) {
            int digit = at + "\"response\":\"".length();
            char d = text.charAt(digit);
            text = text.substring(0, digit) + (d == '1' ? '2' : '1') + text.substring(digit + 1);
            values.set(content, Json.str(Base64.getEncoder().encodeToString(
                text.getBytes(StandardCharsets.UTF_8))));
            altered = true;
          }
          rows.add(Json.array(values));
        }
        table = Json.obj("table", table.get("table"), "columns", table.get("columns"),
            "rows", Json.array(rows));
      }
      tables.add(table);
    }
    assertThat(altered).as("a ballot on the board").isTrue();
    return JsonWriter.writeBytes(Json.obj("format", doc.get("format"), "version",
        doc.get("version"), "session", doc.get("session"), "tables", Json.array(tables)));
  }

  private static void castOne(org.springframework.context.ApplicationContext context, long id,
      String credential) {
    Election election = ElectionJson.fromBytes(context.getBean(VotingQueries.class)
        .electionJson(id).orElseThrow());
    context.getBean(BallotBox.class).cast(id, BallotJson.toBytes(BallotFactory.create(election,
        credential, new int[][] {{0, 1, 0}}))).orElseThrow();
  }

  /** Reads and restores in this thread, as the restore page's background job does. */
  private static Outcome<SessionBackup.Restored> restore(SessionBackup backup, byte[] json) {
    Outcome<SessionBackup.Parsed> read = backup.read(json);
    return read instanceof Outcome.Refused<SessionBackup.Parsed> refused ? refused.cast()
        : backup.restore(read.orElseThrow(), SessionBackup.Steps.NONE);
  }

  private static MockMvcTester webOf(org.springframework.context.ApplicationContext context) {
    return MockMvcTester.create(MockMvcBuilders.webAppContextSetup(
        (WebApplicationContext) context).apply(springSecurity()).build());
  }

  /** Posts the backup on the restore page: the id of the job it is sent to. */
  private static String startRestore(MockMvcTester web, byte[] json) {
    MvcTestResult sent = web.post().uri("/admin/restore").multipart()
        .file(new MockMultipartFile("file", "tinnhiem-session.json", "application/json", json))
        .with(user(ADMIN)).with(csrf()).exchange();
    assertThat(sent).hasStatus3xxRedirection();
    String location = sent.getResponse().getRedirectedUrl();
    assertThat(location).startsWith("/admin/restore/");
    return location.substring("/admin/restore/".length());
  }

  /** The job's progress page, asked every 100 ms (a browser asks every 2 s) until it is done. */
  private static MvcTestResult finished(MockMvcTester web, String job) throws Exception {
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      MvcTestResult page = web.get().uri("/admin/restore/" + job).with(user(ADMIN)).exchange();
      String html = page.getResponse().getContentAsString();
      if (!html.contains("http-equiv=\"refresh\"")) {
        return page;
      }
      assertThat(html).contains("<progress", "restore-step");
      HtmlConformance.assertConforms(html);
      assertThat(System.nanoTime()).as("the restore finishes within 60 s").isLessThan(until);
      Thread.sleep(100);
    }
  }

  private static byte[] archive(VotingQueries queries, long id) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    queries.writeArchive(id, out);
    return out.toByteArray();
  }

}
