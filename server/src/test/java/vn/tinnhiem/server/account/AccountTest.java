package vn.tinnhiem.server.account;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.junit.jupiter.api.Test;

class AccountTest {

  @Test
  void acceptsAPlainAccount() {
    assertThatNoException().isThrownBy(
        () -> new Account("nguyen.van-a_1", "{bcrypt}x", Role.ADMIN, "Nguyễn Văn A", true));
  }

  @Test
  void rejectsUsernamesWithSpacesOrCapitals() {
    assertThatIllegalArgumentException().isThrownBy(
        () -> new Account("Nguyen Van A", "{bcrypt}x", Role.ADMIN, "Nguyễn Văn A", true));
  }

  @Test
  void rejectsAnEmptyHashOrName() {
    assertThatIllegalArgumentException().isThrownBy(
        () -> new Account("admin", " ", Role.ADMIN, "Nguyễn Văn A", true));
    assertThatIllegalArgumentException().isThrownBy(
        () -> new Account("admin", "{bcrypt}x", Role.ADMIN, "", true));
  }
}
