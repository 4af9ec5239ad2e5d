package vn.tinnhiem.server.account;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code app_user} table. */
@Repository
class AccountRepository {

  private final JdbcClient jdbc;

  AccountRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private static final RowMapper<Account> ACCOUNT = (rs, row) -> new Account(
      rs.getString("username"),
      rs.getString("password_hash"),
      Role.valueOf(rs.getString("role")),
      rs.getString("display_name"),
      rs.getBoolean("enabled"));

  Optional<Account> findByUsername(String username) {
    return jdbc.sql("""
            SELECT username, password_hash, role, display_name, enabled
            FROM app_user WHERE username = :username""")
        .param("username", username)
        .query(ACCOUNT)
        .optional();
  }

  List<Account> findByRole(Role role) {
    return jdbc.sql("""
            SELECT username, password_hash, role, display_name, enabled
            FROM app_user WHERE role = :role ORDER BY username""")
        .param("role", role.name())
        .query(ACCOUNT)
        .list();
  }

  boolean anyEnabled(Role role) {
    return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE role = :role AND enabled")
        .param("role", role.name())
        .query(Integer.class)
        .single() > 0;
  }

  /** Inserts the account, or overwrites the row with the same username. */
  void save(Account account) {
    Map<String, Object> params = Map.of(
        "username", account.username(),
        "hash", account.passwordHash(),
        "role", account.role().name(),
        "name", account.displayName(),
        "enabled", account.enabled());
    int updated = jdbc.sql("""
            UPDATE app_user
            SET password_hash = :hash, role = :role, display_name = :name, enabled = :enabled
            WHERE username = :username""")
        .params(params)
        .update();
    if (updated == 0) {
      jdbc.sql("""
              INSERT INTO app_user (username, password_hash, role, display_name, enabled)
              VALUES (:username, :hash, :role, :name, :enabled)""")
          .params(params)
          .update();
    }
  }
}
