package vn.tinnhiem.server.account;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Form sign-in for conference staff. Public: the home page, static files,
 * the sign-in page, the health endpoint and the OpenAPI description;
 * everything else needs an account.
 * Which role may do what is declared next to each endpoint with
 * {@code @PreAuthorize}; a site secretary's site is checked by the feature.
 * JSON endpoints under {@code /api/} answer 401 instead of redirecting.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

  /** Strict from the start: pages load scripts and styles from this server only. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
      + "style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
      + "form-action 'self'; frame-ancestors 'none'";

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle)
      throws Exception {
    http
        .addFilterBefore(throttle.filter(), UsernamePasswordAuthenticationFilter.class)
        .authorizeHttpRequests(auth -> auth
            .requestMatchers(EndpointRequest.to("health")).permitAll()
            .requestMatchers("/", "/login", "/error", "/css/**", "/js/**", "/images/**",
                "/favicon.ico", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml").permitAll()
            // Secret voting (docs/voting-api.md): the booth and the public board need no login;
            // a trustee's secret link is their credential, a ballot's signature its voter's.
            .requestMatchers(HttpMethod.GET, "/booth/*", "/board/*", "/board/*/archive.bel",
                "/trustee/*", "/api/trustee/*", "/api/trustee/*/encrypted-tally",
                "/api/sessions/*/election", "/api/sessions/*/board").permitAll()
            .requestMatchers(HttpMethod.POST, "/api/trustee/*/*", "/api/sessions/*/ballots")
                .permitAll()
            // Around the conference: the public news, the room's projector by its secret link,
            // and one-time invitation links (feature pages check the rest themselves).
            .requestMatchers(HttpMethod.GET, "/news", "/news/*", "/news/*/photo",
                "/projector/*", "/projector/*/events", "/invite/*").permitAll()
            .requestMatchers(HttpMethod.POST, "/invite/*").permitAll()
            // Method security runs after the request is bound, so a role without access would
            // see a 400 for a bad body or missing parameter; these answer 403 first.
            .requestMatchers(HttpMethod.PUT, "/api/sessions/*/roll/sites/*/present")
                .hasAnyRole("ADMIN", "SECRETARY", "SITE_SECRETARY")
            .requestMatchers(HttpMethod.GET, "/sessions/*/corrections/new")
                .hasAnyRole("ADMIN", "SECRETARY")
            .requestMatchers("/admin/**", "/sessions/*/backup").hasRole("ADMIN")
            .anyRequest().authenticated())
        // No session cookie authorises these, so there is nothing for CSRF to forge.
        .csrf(csrf -> csrf.ignoringRequestMatchers(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/trustee/*/*"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST,
                "/api/sessions/*/ballots")))
        .exceptionHandling(errors -> errors
            .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                PathPatternRequestMatcher.withDefaults().matcher("/api/**"))
            .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                AnyRequestMatcher.INSTANCE))
        .formLogin(form -> form
            .loginPage("/login")
            .successHandler(throttle.successHandler())
            .failureHandler(throttle.failureHandler())
            .permitAll())
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
    return http.build();
  }

  /** bcrypt today, with the algorithm named in each hash so it can change later. */
  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }
}
