package vn.tinnhiem.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The `postgres` profile: same migrations and sign-in on a real PostgreSQL. */
@PostgresTest
class PostgresProfileTests {

  @Autowired
  JdbcClient jdbc;

  @Autowired
  PasswordEncoder encoder;

  @Autowired
  MockMvcTester mvc;

  @Test
  void runsOnPostgresql() {
    String version = jdbc.sql("SELECT version()").query(String.class).single();
    assertThat(version).startsWith("PostgreSQL");
  }

  @Test
  void flywayCreatedTheAccountTable() {
    Boolean migrated = jdbc.sql("SELECT success FROM flyway_schema_history WHERE version = '1'")
        .query(Boolean.class).single();
    assertThat(migrated).isTrue();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success")
        .query(Integer.class).single()).isZero();
    Integer tables = jdbc.sql("""
            SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'app_user'""")
        .query(Integer.class).single();
    assertThat(tables).isEqualTo(1);
  }

  @Test
  void keepsVietnameseNamesAndSignsIn() {
    jdbc.sql("""
            INSERT INTO app_user (username, password_hash, role, display_name)
            VALUES ('pham.thi.d', :hash, 'COUNTING_BOARD', 'Phạm Thị Đ')""")
        .param("hash", encoder.encode("mật khẩu"))
        .update();

    assertThat(jdbc.sql("SELECT display_name FROM app_user WHERE username = 'pham.thi.d'")
        .query(String.class).single()).isEqualTo("Phạm Thị Đ");
    assertThat(mvc.perform(formLogin().user("pham.thi.d").password("mật khẩu")))
        .redirectedUrl().isEqualTo("/account");
  }

  @Test
  void rejectsUnknownRolesAndDuplicateUsernames() {
    assertThatThrownBy(() -> jdbc.sql("""
            INSERT INTO app_user (username, password_hash, role, display_name)
            VALUES ('voter', '{noop}x', 'VOTER', 'Lê Văn C')""").update())
        .isInstanceOf(DataIntegrityViolationException.class);
    jdbc.sql("""
            INSERT INTO app_user (username, password_hash, role, display_name)
            VALUES ('hoang.van.e', '{noop}x', 'OBSERVER', 'Hoàng Văn E')""").update();
    assertThatThrownBy(() -> jdbc.sql("""
            INSERT INTO app_user (username, password_hash, role, display_name)
            VALUES ('hoang.van.e', '{noop}y', 'OBSERVER', 'Hoàng Văn E')""").update())
        .isInstanceOf(DataIntegrityViolationException.class);
  }
}
