package vn.tinnhiem.server.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.tinnhiem.server.HtmlConformance;
import vn.tinnhiem.server.TestFlow;
import vn.tinnhiem.server.account.Role;
import vn.tinnhiem.server.account.TestUsers;
import vn.tinnhiem.server.roll.RollService;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.TestConferences;
import vn.tinnhiem.server.session.TestConferences.Conference;

/**
 * The projector on H2 (one node): the staff tab, the secret link (public, read only, revoked
 * by a new one), and the event stream that sends the view at once and again after each
 * roll-call change, once it is committed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProjectorPagesTests {

  @Autowired
  MockMvcTester mvc;

  @Autowired
  MockMvc plainMvc;

  @Autowired
  SessionService sessions;

  @Autowired
  RollService roll;

  @Autowired
  ProjectorLinks links;

  @Autowired
  LiveEvents events;

  Conference c;

  @BeforeEach
  void openConference() {
    c = TestConferences.opened(sessions, 3, 3, 2);
  }

  @Test
  void runsInProcessOnH2() {
    assertThat(events.postgres()).isFalse();
  }

  @Test
  void staffTabShowsTheLiveViewAndTheSecretaryMakesALinkShownOnce() throws Exception {
    var tab = mvc.get().uri("/sessions/{id}/projector", c.id())
        .with(user(TestUsers.of(Role.OBSERVER))).exchange();
    assertThat(tab).hasStatusOk().bodyText().contains("Màn chiếu").contains("Điểm danh")
        .doesNotContain("Tạo đường dẫn cho máy chiếu");
    HtmlConformance.assertConforms(tab.getResponse().getContentAsString(
        java.nio.charset.StandardCharsets.UTF_8));

    var made = mvc.post().uri("/sessions/{id}/projector/link", c.id())
        .with(user(TestUsers.of(Role.SECRETARY))).with(csrf()).exchange();
    assertThat(made).hasStatus3xxRedirection();
    String token = (String) made.getMvcResult().getFlashMap().get("projectorToken");
    assertThat(links.session(token)).contains(c.id());

    var screen = mvc.get().uri("/projector/{t}", token).exchange();
    assertThat(screen).hasStatusOk().bodyText().contains(c.session().details().title())
        .contains("data-stream=\"/projector/" + token + "/events\"");

    String renewed = links.renew(c.id(), TestFlow.BY).orElseThrow();
    assertThat(mvc.get().uri("/projector/{t}", token).exchange()).hasStatus(404);
    assertThat(mvc.get().uri("/projector/{t}", renewed).exchange()).hasStatusOk();
  }

  @Test
  void unknownOrMalformedLinksAreNotFound() {
    assertThat(mvc.get().uri("/projector/{t}", "x".repeat(32)).exchange()).hasStatus(404);
    assertThat(mvc.get().uri("/projector/{t}/events", "nope").exchange()).hasStatus(404);
  }

  @Test
  void theStreamSendsTheViewThenEachCommittedRollCallChange() throws Exception {
    String token = links.renew(c.id(), TestFlow.BY).orElseThrow();
    MvcResult stream = plainMvc.perform(MockMvcRequestBuilders.get("/projector/{t}/events", token)
        .accept("text/event-stream")).andReturn();
    assertThat(stream.getRequest().isAsyncStarted()).isTrue();
    MockHttpServletResponse response = stream.getResponse();
    Eventually.until(Duration.ofSeconds(10), () -> body(response).contains("event:update"));
    assertThat(body(response)).contains("data-figure=\"present\">0<");
    assertThat(response.getContentType()).startsWith("text/event-stream");

    TestFlow.roll(roll, c, c.hanoi(), 2);

    Eventually.until(Duration.ofSeconds(10), () -> body(response).contains("data-figure=\"present\">2<"));
    String last = body(response).substring(body(response).lastIndexOf("event:update"));
    assertThat(last.lines().filter(l -> l.startsWith("data:")).count())
        .as("one data line per event").isEqualTo(1);
  }

  @Test
  void aRefusedChangeSendsNothing() throws Exception {
    String token = links.renew(c.id(), TestFlow.BY).orElseThrow();
    MvcResult stream = plainMvc.perform(MockMvcRequestBuilders.get("/projector/{t}/events", token)
        .accept("text/event-stream")).andReturn();
    MockHttpServletResponse response = stream.getResponse();
    Eventually.until(Duration.ofSeconds(10), () -> body(response).contains("event:update"));
    int before = count(body(response));

    assertThat(roll.count(c.id(), c.hanoi().id(), 99, TestFlow.BY).isDone()).isFalse();
    Thread.sleep(500);

    assertThat(count(body(response))).isEqualTo(before);
  }

  private static int count(String body) {
    return body.split("event:update", -1).length - 1;
  }

  private static String body(MockHttpServletResponse response) throws Exception {
    return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
  }
}
