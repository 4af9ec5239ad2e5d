package vn.tinnhiem.server.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
import vn.tinnhiem.crypto.verify.Progress;
import vn.tinnhiem.crypto.verify.Verdict;
import vn.tinnhiem.crypto.verify.Verifier;
import vn.tinnhiem.server.TinnhiemApplication;
import vn.tinnhiem.server.counting.CountSheet;
import vn.tinnhiem.server.counting.CountingService;
import vn.tinnhiem.server.system.Outcome;
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

  private static byte[] archive(VotingQueries queries, long id) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    queries.writeArchive(id, out);
    return out.toByteArray();
  }

}
