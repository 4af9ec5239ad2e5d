package vn.tinnhiem.server.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.tinnhiem.server.system.AttemptThrottle;

/**
 * Slows password guessing: after 5 failed sign-ins for one username, or 20 from one address,
 * within 15 minutes, further attempts are turned away (to {@code /login?throttled}) without
 * checking the password, until the window passes. A right password clears the username.
 */
@Component
class LoginThrottle {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
  static final int PER_USER = 5;
  static final int PER_ADDRESS = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);

  private final AttemptThrottle users;
  private final AttemptThrottle addresses;

  LoginThrottle(Clock clock) {
    this.users = new AttemptThrottle(PER_USER, WINDOW, clock);
    this.addresses = new AttemptThrottle(PER_ADDRESS, WINDOW, clock);
  }

  boolean blocked(String username, String address) {
    return users.blocked(userKey(username)) || addresses.blocked(address);
  }

  /** Counts the failure, then answers as before: back to {@code /login?error}. */
  AuthenticationFailureHandler failureHandler() {
    SimpleUrlAuthenticationFailureHandler then =
        new SimpleUrlAuthenticationFailureHandler("/login?error");
    return (request, response, exception) -> {
      users.failed(userKey(request.getParameter("username")));
      addresses.failed(request.getRemoteAddr());
      then.onAuthenticationFailure(request, response, exception);
    };
  }

  /** Clears the username's failures, then goes where the user was going, or to the account. */
  AuthenticationSuccessHandler successHandler() {
    SavedRequestAwareAuthenticationSuccessHandler then =
        new SavedRequestAwareAuthenticationSuccessHandler();
    then.setDefaultTargetUrl("/account");
    return (request, response, authentication) -> {
      users.succeeded(userKey(authentication.getName()));
      then.onAuthenticationSuccess(request, response, authentication);
    };
  }

  private static String userKey(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  /** Stands before the sign-in filter on {@code POST /login}. */
  OncePerRequestFilter filter() {
    return new OncePerRequestFilter() {
      @Override
      protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) && "/login".equals(path));
      }

      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
          FilterChain chain) throws ServletException, IOException {
        if (blocked(request.getParameter("username"), request.getRemoteAddr())) {
          LOG.warn("sign-in turned away after repeated failures (address {})",
              request.getRemoteAddr());
          response.sendRedirect(request.getContextPath() + "/login?throttled");
          return;
        }
        chain.doFilter(request, response);
      }
    };
  }
}
