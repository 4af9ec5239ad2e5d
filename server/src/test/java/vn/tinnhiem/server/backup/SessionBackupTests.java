package vn.tinnhiem.server.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import vn.tinnhiem.server.TinnhiemApplication;
import vn.tinnhiem.server.counting.CountSheet;
import vn.tinnhiem.server.counting.CountingService;
import vn.tinnhiem.server.system.Outcome;
import vn.tinnhiem.server.system.Refusal;
import vn.tinnhiem.server.voting.BallotBox;
import vn.tinnhiem.server.voting.VotingQueries;
import vn.tinnhiem.server.voting.VotingTestElection;

/**
 * A session with an electronic vote, backed up here and restored on a fresh instance: the
 * count sheet is the same, the board exports the same archive byte for byte, and it verifies.
 * Every table with a {@code session_id} column is in the backup.
 */
@SpringBootTest
class SessionBackupTests {

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
      // A board altered in the file is refused whole: the session is not there afterwards.
      Outcome<SessionBackup.Restored> altered = there.restore(withOneBallotAltered(json));
      assertThat(altered).isInstanceOfSatisfying(Outcome.Refused.class, refused ->
          assertThat(refused.refusals()).extracting(r -> ((Refusal) r).code())
              .containsExactly("backup.boardInvalid"));
      assertThat(fresh.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM vote_session")
          .query(Integer.class).single()).isZero();

      Outcome<SessionBackup.Restored> restored = there.restore(json);
      assertThat(restored.isDone()).as(String.valueOf(restored)).isTrue();
      byte[] again = archive(fresh.getBean(VotingQueries.class), id);
      assertThat(again).isEqualTo(archive);
      assertThat(fresh.getBean(CountingService.class).sheet(id).orElseThrow()).isEqualTo(sheet);
      // Restoring twice is refused and changes nothing.
      assertThat(there.restore(json).isDone()).isFalse();
      assertThat(there.restore("{\"format\":\"x\"}".getBytes()).isDone()).isFalse();
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
      Outcome<SessionBackup.Restored> restored = fresh.getBean(SessionBackup.class).restore(json);
      assertThat(restored.isDone()).as(String.valueOf(restored)).isTrue();
      assertThat(fresh.getBean(VotingQueries.class).trackingCodes(id)).hasSize(1);
    }
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

  private static byte[] archive(VotingQueries queries, long id) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    queries.writeArchive(id, out);
    return out.toByteArray();
  }

}
