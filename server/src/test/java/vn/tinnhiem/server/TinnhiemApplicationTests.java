package vn.tinnhiem.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The whole application starts on the embedded H2 file database. */
@SpringBootTest
class TinnhiemApplicationTests {

  @Value("${tinnhiem.data-dir}")
  Path dataDir;

  @Autowired
  JdbcClient jdbc;

  @Test
  void keepsTestDataUnderTarget() {
    assertThat(dataDir.toString()).contains("target");
  }

  @Test
  void createsTheH2DatabaseFileInTheDataDirectoryOnFirstStart() {
    assertThat(dataDir.resolve("tinnhiem.mv.db")).isRegularFile();
  }

  @Test
  void flywayCreatedTheAccountTable() {
    Integer tables = jdbc.sql("""
            SELECT COUNT(*) FROM information_schema.tables
            WHERE LOWER(table_name) = 'app_user'""")
        .query(Integer.class).single();
    assertThat(tables).isEqualTo(1);

    Boolean migrated = jdbc.sql("""
            SELECT success FROM flyway_schema_history WHERE version = '1'""")
        .query(Boolean.class).single();
    assertThat(migrated).isTrue();
  }

  @Test
  void startsWithOnlyTheAdministratorUnlessDemoIsAsked() {
    assertThat(jdbc.sql("SELECT username FROM app_user").query(String.class).list())
        .containsExactly("admin");
    assertThat(jdbc.sql("SELECT role FROM app_user").query(String.class).single())
        .isEqualTo("ADMIN");
  }
}
