package vn.tinnhiem.server.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.tinnhiem.server.system.AttemptThrottle;

/**
 * Password guessing is slowed: after five wrong passwords for one account, even the right one
 * is turned away for a while; other accounts are not affected; the window passes.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LoginThrottleTests {

  @Autowired
  MockMvcTester mvc;
  @Autowired
  AccountService accounts;

  private MvcTestResult signIn(String user, String password, String address) {
    return mvc.post().uri("/login").param("username", user).param("password", password)
        .with(csrf()).with(request -> {
          request.setRemoteAddr(address);
          return request;
        }).exchange();
  }

  @Test
  void fiveWrongPasswordsTurnAwayTheSixthAttempt() throws Exception {
    String password = accounts.issue("throttle-a", Role.OBSERVER, "Phạm Thị D");
    String other = accounts.issue("throttle-b", Role.OBSERVER, "Hoàng Văn E");
    for (int i = 0; i < LoginThrottle.PER_USER; i++) {
      assertThat(signIn("throttle-a", "sai-" + i, "10.0.0." + i)).redirectedUrl()
          .isEqualTo("/login?error");
    }
    assertThat(signIn("throttle-a", password, "10.0.0.99")).redirectedUrl()
        .isEqualTo("/login?throttled");
    assertThat(signIn("THROTTLE-A ", password, "10.0.0.98")).redirectedUrl()
        .isEqualTo("/login?throttled");
    assertThat(signIn("throttle-b", other, "10.0.0.99")).redirectedUrl()
        .isEqualTo("/account");
    assertThat(mvc.get().uri("/login?throttled").exchange().getResponse()
        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("Quá nhiều lần đăng nhập sai");
  }

  @Test
  void oneAddressGuessingManyAccountsIsTurnedAway() {
    for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
      signIn("no-such-user-" + i, "x", "10.7.7.7");
    }
    String password = accounts.issue("throttle-c", Role.OBSERVER, "Vũ Thị F");
    assertThat(signIn("throttle-c", password, "10.7.7.7")).redirectedUrl()
        .isEqualTo("/login?throttled");
    assertThat(signIn("throttle-c", password, "10.7.7.8")).redirectedUrl()
        .isEqualTo("/account");
  }

  @Test
  void theWindowPassesAndASuccessClears() {
    MutableClock clock = new MutableClock();
    AttemptThrottle throttle = new AttemptThrottle(2, Duration.ofMinutes(15), clock);
    throttle.failed("a");
    throttle.failed("a");
    assertThat(throttle.blocked("a")).isTrue();
    assertThat(throttle.blocked("b")).isFalse();
    clock.now = clock.now.plus(Duration.ofMinutes(16));
    assertThat(throttle.blocked("a")).isFalse();
    throttle.failed("a");
    throttle.succeeded("a");
    throttle.failed("a");
    assertThat(throttle.blocked("a")).isFalse();
  }

  static final class MutableClock extends Clock {
    Instant now = Instant.parse("2026-11-26T08:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
