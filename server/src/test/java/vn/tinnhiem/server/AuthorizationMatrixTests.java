package vn.tinnhiem.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;
import vn.tinnhiem.server.account.Role;
import vn.tinnhiem.server.account.TestUsers;

/**
 * Every MVC endpoint (controllers and actuator, as the handler mappings list
 * them), tried anonymously and with every role, against the table below. An
 * endpoint missing from the table fails the build, so each new endpoint must
 * say who may call it.
 *
 * <p>Allowed means the request reached the endpoint: neither 401 nor 403 nor a
 * redirect to the sign-in page (a 400, 404 or 405 from the handler is fine).
 * Denied means 403 for a signed-in user, and 401 or the redirect to sign-in for
 * an anonymous one. Requests other than GET carry a CSRF token, so that 403
 * means "this role may not", never "no token".
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuthorizationMatrixTests {

  /**
   * Who may call what. Columns: HTTP method ({@code ANY} for a handler that takes
   * every method; tried with GET and POST), path pattern exactly as mapped, a
   * sample path for patterns with variables or wildcards ({@code -}: the pattern
   * itself), and who: {@code PUBLIC} (anyone, signed in or not), {@code SIGNED_IN}
   * (every staff role: all but PARTICIPANT), {@code ANY_ACCOUNT} (every role, participants
   * included), or roles joined by commas, e.g. {@code SECRETARY,ADMIN}.
   */
  private static final String MATRIX = """
      # method  pattern               sample                  who
      GET       /                     -                       PUBLIC
      GET       /login                -                       PUBLIC
      ANY       /error                -                       PUBLIC
      GET       /account              -                       ANY_ACCOUNT
      GET       /results/demo         -                       ANY_ACCOUNT
      GET       /actuator             -                       ANY_ACCOUNT
      GET       /actuator/health      -                       PUBLIC
      GET       /actuator/health/**   /actuator/health/db     PUBLIC
      GET       /v3/api-docs                                       -                                            PUBLIC
      GET       /v3/api-docs.yaml                                  -                                            PUBLIC
      GET       /sessions                                          -                                            SIGNED_IN
      GET       /sessions/new                                      -                                            SECRETARY,ADMIN
      POST      /sessions                                          -                                            SECRETARY,ADMIN
      GET       /sessions/{id}                                     /sessions/999                                SIGNED_IN
      GET       /sessions/{id}/edit                                /sessions/999/edit                           SECRETARY,ADMIN
      POST      /sessions/{id}/edit                                /sessions/999/edit                           SECRETARY,ADMIN
      POST      /sessions/{id}/open                                /sessions/999/open                           SECRETARY,ADMIN
      GET       /sessions/{id}/corrections/new                     /sessions/999/corrections/new                SECRETARY,ADMIN
      POST      /sessions/{id}/corrections                         /sessions/999/corrections                    SECRETARY,ADMIN
      GET       /sessions/{id}/sites                               /sessions/999/sites                          SIGNED_IN
      POST      /sessions/{id}/sites                               /sessions/999/sites                          SECRETARY,ADMIN
      POST      /sessions/{id}/sites/{siteId}/delete               /sessions/999/sites/1/delete                 SECRETARY,ADMIN
      POST      /sessions/{id}/site-secretaries                    /sessions/999/site-secretaries               SECRETARY,ADMIN
      POST      /sessions/{id}/site-secretaries/{username}/delete  /sessions/999/site-secretaries/x/delete      SECRETARY,ADMIN
      GET       /sessions/{id}/members                             /sessions/999/members                        SIGNED_IN
      POST      /sessions/{id}/members                             /sessions/999/members                        SECRETARY,ADMIN
      POST      /sessions/{id}/members/{memberId}/delete           /sessions/999/members/1/delete               SECRETARY,ADMIN
      GET       /sessions/{id}/subjects                            /sessions/999/subjects                       SIGNED_IN
      POST      /sessions/{id}/subjects                            /sessions/999/subjects                       SECRETARY,ADMIN
      POST      /sessions/{id}/subjects/{subjectId}/delete         /sessions/999/subjects/1/delete              SECRETARY,ADMIN
      POST      /sessions/{id}/exclusions                          /sessions/999/exclusions                     SECRETARY,ADMIN
      POST      /sessions/{id}/exclusions/{exclusionId}/delete     /sessions/999/exclusions/1/delete            SECRETARY,ADMIN
      GET       /sessions/{id}/roll                                /sessions/999/roll                           SIGNED_IN
      POST      /sessions/{id}/roll/open-voting                    /sessions/999/roll/open-voting               SECRETARY,ADMIN
      GET       /sessions/{id}/roll/sites/{siteId}                 /sessions/999/roll/sites/1                   SIGNED_IN
      POST      /sessions/{id}/roll/sites/{siteId}/marks           /sessions/999/roll/sites/1/marks             SECRETARY,SITE_SECRETARY,ADMIN
      POST      /sessions/{id}/roll/sites/{siteId}/rest-present    /sessions/999/roll/sites/1/rest-present      SECRETARY,SITE_SECRETARY,ADMIN
      POST      /sessions/{id}/roll/sites/{siteId}/count           /sessions/999/roll/sites/1/count             SECRETARY,SITE_SECRETARY,ADMIN
      GET       /api/sessions/{id}/roll                            /api/sessions/999/roll                       SIGNED_IN
      PUT       /api/sessions/{id}/roll/sites/{siteId}/present     /api/sessions/999/roll/sites/1/present       SECRETARY,SITE_SECRETARY,ADMIN
      GET       /sessions/{id}/board                               /sessions/999/board                          SIGNED_IN
      POST      /sessions/{id}/board                               /sessions/999/board                          SECRETARY,ADMIN
      POST      /sessions/{id}/board/{memberId}/remove             /sessions/999/board/1/remove                 SECRETARY,ADMIN
      GET       /sessions/{id}/counting                            /sessions/999/counting                       SIGNED_IN
      POST      /sessions/{id}/counting/start                      /sessions/999/counting/start                 SECRETARY,COUNTING_BOARD,ADMIN
      POST      /sessions/{id}/counting/close                      /sessions/999/counting/close                 COUNTING_BOARD,ADMIN
      GET       /sessions/{id}/counting/sites/{siteId}             /sessions/999/counting/sites/1               COUNTING_BOARD,ADMIN
      POST      /sessions/{id}/counting/sites/{siteId}             /sessions/999/counting/sites/1               COUNTING_BOARD,ADMIN
      GET       /sessions/{id}/counting/subjects/{subjectId}       /sessions/999/counting/subjects/1            COUNTING_BOARD,ADMIN
      POST      /sessions/{id}/counting/subjects/{subjectId}       /sessions/999/counting/subjects/1            COUNTING_BOARD,ADMIN
      GET       /sessions/{id}/results                             /sessions/999/results                        SIGNED_IN
      GET       /sessions/{id}/documents                           /sessions/999/documents                      SIGNED_IN
      GET       /sessions/{id}/documents/{name}.{ext}              /sessions/999/documents/bien-ban-kiem-phieu.pdf  SIGNED_IN
      GET       /sessions/{id}/documents/roll-call/{siteId}.{ext}  /sessions/999/documents/roll-call/1.pdf      SIGNED_IN
      GET       /sessions/{id}/documents/notices/{subjectId}.{ext} /sessions/999/documents/notices/1.pdf        SECRETARY,ADMIN
      POST      /sessions/{id}/documents/settings                  /sessions/999/documents/settings             SECRETARY,ADMIN
      POST      /sessions/{id}/documents/all                       /sessions/999/documents/all                  SECRETARY,ADMIN
      GET       /sessions/{id}/documents/all/{job}                 /sessions/999/documents/all/x                SECRETARY,ADMIN
      GET       /sessions/{id}/documents/all/{job}/zip             /sessions/999/documents/all/x/zip            SECRETARY,ADMIN
      GET       /sessions/{id}/import                              /sessions/999/import                         SECRETARY,ADMIN
      POST      /sessions/{id}/import                              /sessions/999/import                         SECRETARY,ADMIN
      GET       /sessions/{id}/import/mau.xlsx                     /sessions/999/import/mau.xlsx                SECRETARY,ADMIN
      GET       /sessions/{id}/voting                              /sessions/999/voting                         SIGNED_IN
      POST      /sessions/{id}/voting/ceremony                     /sessions/999/voting/ceremony                SECRETARY,ADMIN
      POST      /sessions/{id}/voting/trustees/{index}/link        /sessions/999/voting/trustees/1/link         SECRETARY,ADMIN
      POST      /sessions/{id}/voting/open                         /sessions/999/voting/open                    SECRETARY,ADMIN
      POST      /sessions/{id}/voting/close                        /sessions/999/voting/close                   SECRETARY,COUNTING_BOARD,ADMIN
      POST      /sessions/{id}/voting/sites/{siteId}/void          /sessions/999/voting/sites/1/void            SECRETARY,ADMIN
      GET       /sessions/{id}/slips/sites/{siteId}                /sessions/999/slips/sites/1                  SECRETARY,COUNTING_BOARD,ADMIN
      GET       /api/sessions/{id}/credentials/sites/{siteId}      /api/sessions/999/credentials/sites/1        SECRETARY,COUNTING_BOARD,ADMIN
      POST      /api/sessions/{id}/credentials/sites/{siteId}      /api/sessions/999/credentials/sites/1        SECRETARY,COUNTING_BOARD,ADMIN
      DELETE    /api/sessions/{id}/credentials/sites/{siteId}      /api/sessions/999/credentials/sites/1        SECRETARY,ADMIN
      GET       /trustee/{token}                                   /trustee/x                                   PUBLIC
      GET       /api/trustee/{token}                               /api/trustee/x                               PUBLIC
      POST      /api/trustee/{token}/{message:public-key|certificate|polynomial|voutput}  /api/trustee/x/voutput  PUBLIC
      GET       /api/trustee/{token}/encrypted-tally               /api/trustee/x/encrypted-tally               PUBLIC
      POST      /api/trustee/{token}/partial-decryption            /api/trustee/x/partial-decryption            PUBLIC
      GET       /booth/{sessionId}                                 /booth/999                                   PUBLIC
      GET       /api/sessions/{id}/election                        /api/sessions/999/election                   PUBLIC
      GET       /api/sessions/{id}/board                           /api/sessions/999/board                      PUBLIC
      POST      /api/sessions/{id}/ballots                         /api/sessions/999/ballots                    PUBLIC
      GET       /board/{id}                                        /board/999                                   PUBLIC
      GET       /board/{id}/archive.bel                            /board/999/archive.bel                       PUBLIC
      GET       /sessions/{id}/backup                              /sessions/999/backup                         ADMIN
      GET       /admin/restore                                     -                                            ADMIN
      POST      /admin/restore                                     -                                            ADMIN
      GET       /admin/restore/{job}                               /admin/restore/x                             ADMIN
      GET       /sessions/{id}/projector                           /sessions/999/projector                      SIGNED_IN
      POST      /sessions/{id}/projector/link                      /sessions/999/projector/link                 SECRETARY,ADMIN
      GET       /sessions/{id}/projector/screen                    /sessions/999/projector/screen               SIGNED_IN
      GET       /sessions/{id}/projector/events                    /sessions/999/projector/events               SIGNED_IN
      GET       /projector/{token}                                 /projector/x                                 PUBLIC
      GET       /projector/{token}/events                          /projector/x/events                          PUBLIC
      GET       /sessions/{id}/people                              /sessions/999/people                         SECRETARY,ADMIN
      POST      /sessions/{id}/people/{subjectId}                  /sessions/999/people/1                       SECRETARY,ADMIN
      GET       /people                                            -                                            SECRETARY,ADMIN
      POST      /people/access                                     -                                            SECRETARY,ADMIN
      GET       /people/{personId}                                 /people/999                                  SECRETARY,ADMIN
      GET       /people/{personId}/chart.svg                       /people/999/chart.svg                        SECRETARY,ADMIN
      GET       /news                                              -                                            PUBLIC
      GET       /news/{id}                                         /news/999                                    PUBLIC
      GET       /news/{id}/photo                                   /news/999/photo                              PUBLIC
      GET       /news/feed.atom                                    -                                            PUBLIC
      GET       /news/drafts                                       -                                            SECRETARY,ADMIN
      POST      /news/drafts                                       -                                            SECRETARY,ADMIN
      GET       /news/drafts/{id}                                  /news/drafts/999                             SECRETARY,ADMIN
      POST      /news/drafts/{id}                                  /news/drafts/999                             SECRETARY,ADMIN
      POST      /news/drafts/{id}/photo                            /news/drafts/999/photo                       SECRETARY,ADMIN
      POST      /news/drafts/{id}/publish                          /news/drafts/999/publish                     SECRETARY,ADMIN
      POST      /news/drafts/{id}/unpublish                        /news/drafts/999/unpublish                   SECRETARY,ADMIN
      GET       /preparation                                       -                                            ANY_ACCOUNT
      GET       /sessions/{id}/preparation                         /sessions/999/preparation                    SIGNED_IN
      POST      /sessions/{id}/preparation/timeline                /sessions/999/preparation/timeline           SECRETARY,ADMIN
      POST      /sessions/{id}/preparation/dossiers                /sessions/999/preparation/dossiers           SIGNED_IN
      GET       /sessions/{id}/preparation/dossiers/{dossierId}    /sessions/999/preparation/dossiers/1         SIGNED_IN
      POST      /sessions/{id}/preparation/dossiers/{dossierId}/delete  /sessions/999/preparation/dossiers/1/delete  SECRETARY,ADMIN
      POST      /sessions/{id}/preparation/questions               /sessions/999/preparation/questions          SIGNED_IN
      POST      /sessions/{id}/preparation/questions/{questionId}/answer  /sessions/999/preparation/questions/1/answer  SIGNED_IN
      POST      /sessions/{id}/preparation/invitations             /sessions/999/preparation/invitations        SECRETARY,ADMIN
      GET       /invite/{token}                                    /invite/x                                    PUBLIC
      POST      /invite/{token}                                    /invite/x                                    PUBLIC
      """;

  /** One line of {@link #MATRIX}. */
  record Rule(String method, String pattern, String sample, boolean anonymous, Set<Role> roles) {

    static Rule parse(String line) {
      String[] cells = line.strip().split("\\s+");
      if (cells.length != 4) {
        throw new IllegalArgumentException("4 columns expected: " + line);
      }
      String sample = cells[2].equals("-") ? cells[1] : cells[2];
      String who = cells[3];
      return switch (who) {
        case "PUBLIC" -> new Rule(cells[0], cells[1], sample, true, EnumSet.allOf(Role.class));
        case "ANY_ACCOUNT" -> new Rule(cells[0], cells[1], sample, false,
            EnumSet.allOf(Role.class));
        case "SIGNED_IN" -> new Rule(cells[0], cells[1], sample, false,
            EnumSet.complementOf(EnumSet.of(Role.PARTICIPANT)));
        default -> new Rule(cells[0], cells[1], sample, false, EnumSet.copyOf(
            Arrays.stream(who.split(",")).map(Role::valueOf).toList()));
      };
    }

    String key() {
      return method + " " + pattern;
    }

    List<HttpMethod> methodsToTry() {
      return method.equals("ANY")
          ? List.of(HttpMethod.GET, HttpMethod.POST)
          : List.of(HttpMethod.valueOf(method));
    }
  }

  static List<Rule> rules() {
    return MATRIX.lines()
        .filter(line -> !line.isBlank() && !line.strip().startsWith("#"))
        .map(Rule::parse)
        .toList();
  }

  @Autowired
  ApplicationContext context;

  @Autowired
  MockMvc mvc;

  /** "METHOD pattern" of every handler method of every request-mapping handler mapping. */
  private Set<String> discoveredEndpoints() {
    Set<String> endpoints = new TreeSet<>();
    for (RequestMappingInfoHandlerMapping mapping
        : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
      for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        for (String pattern : info.getPatternValues()) {
          if (methods.isEmpty()) {
            endpoints.add("ANY " + pattern);
          }
          methods.forEach(m -> endpoints.add(m.name() + " " + pattern));
        }
      }
    }
    return endpoints;
  }

  @Test
  void everyEndpointIsInTheMatrixAndEveryRuleIsAnEndpoint() {
    Set<String> declared = new TreeSet<>();
    rules().forEach(rule -> assertThat(declared.add(rule.key()))
        .as("declared twice: %s", rule.key()).isTrue());
    Set<String> discovered = discoveredEndpoints();

    assertThat(discovered).as("endpoints missing from AuthorizationMatrixTests.MATRIX")
        .isSubsetOf(declared);
    assertThat(declared).as("rules for endpoints that no longer exist").isSubsetOf(discovered);
  }

  @Test
  void samplesMatchTheirPatterns() {
    for (Rule rule : rules()) {
      assertThat(PathPatternParser.defaultInstance.parse(rule.pattern())
          .matches(PathContainer.parsePath(rule.sample())))
          .as("%s matches %s", rule.sample(), rule.pattern()).isTrue();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyEndpointWithEveryRoleAndAnonymously() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Rule rule : rules()) {
      for (HttpMethod method : rule.methodsToTry()) {
        for (Optional<Role> who : principals()) {
          boolean allowed = who.map(rule.roles()::contains).orElse(rule.anonymous());
          String name = method + " " + rule.sample() + " as "
              + who.map(Role::name).orElse("anonymous") + (allowed ? " is allowed" : " is denied");
          tests.add(DynamicTest.dynamicTest(name, () -> check(rule, method, who, allowed)));
        }
      }
    }
    return tests.stream();
  }

  /** Where no session cookie authorises anything: the trustee link, the ballot's signature. */
  static final Set<String> CSRF_EXEMPT = Set.of(
      "POST /api/trustee/{token}/{message:public-key|certificate|polynomial|voutput}",
      "POST /api/trustee/{token}/partial-decryption", "POST /api/sessions/{id}/ballots");

  /** Every state-changing endpoint but the exempt ones refuses a request without CSRF token. */
  @TestFactory
  Stream<DynamicTest> everyChangeNeedsItsCsrfToken() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Rule rule : rules()) {
      for (HttpMethod method : rule.methodsToTry()) {
        if (method == HttpMethod.GET || CSRF_EXEMPT.contains(rule.key())
            || rule.pattern().equals("/error")) {
          continue;
        }
        Role role = rule.roles().iterator().next();
        tests.add(DynamicTest.dynamicTest(method + " " + rule.sample() + " without token as "
            + role, () -> {
              MvcResult result = mvc.perform(MockMvcRequestBuilders.request(method,
                  rule.sample()).with(TestUsers.signedInAs(role))).andReturn();
              assertThat(result.getResponse().getStatus()).isEqualTo(403);
            }));
      }
    }
    assertThat(tests).hasSizeGreaterThan(30);
    return tests.stream();
  }

  private static List<Optional<Role>> principals() {
    List<Optional<Role>> all = new ArrayList<>();
    all.add(Optional.empty());
    Arrays.stream(Role.values()).map(Optional::of).forEach(all::add);
    return all;
  }

  private void check(Rule rule, HttpMethod method, Optional<Role> who, boolean allowed)
      throws Exception {
    MockHttpServletRequestBuilder request =
        MockMvcRequestBuilders.request(method, rule.sample());
    if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
      request.with(csrf());
    }
    who.ifPresent(role -> request.with(TestUsers.signedInAs(role)));
    MvcResult result = mvc.perform(request).andReturn();
    int status = result.getResponse().getStatus();
    String location = result.getResponse().getRedirectedUrl();
    boolean toSignIn = status / 100 == 3 && location != null && location.endsWith("/login");
    Map<String, Object> seen = new LinkedHashMap<>();
    seen.put("status", status);
    seen.put("location", location);
    if (allowed) {
      assertThat(status != 401 && status != 403 && !toSignIn).as("allowed, got %s", seen).isTrue();
    } else if (who.isPresent()) {
      assertThat(status).as("denied, got %s", seen).isEqualTo(403);
    } else {
      assertThat(status == 401 || toSignIn).as("anonymous denied, got %s", seen).isTrue();
    }
  }
}
