package vn.tinnhiem.server.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.w3c.dom.Document;
import vn.tinnhiem.server.HtmlConformance;
import vn.tinnhiem.server.TestFlow;
import vn.tinnhiem.server.account.Role;
import vn.tinnhiem.server.account.TestUsers;
import vn.tinnhiem.server.ceremony.CountingBoardService;
import vn.tinnhiem.server.counting.CountingService;
import vn.tinnhiem.server.roll.RollService;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.TestConferences.Conference;
import vn.tinnhiem.server.system.Outcome;
import vn.tinnhiem.server.tally.Band;

/**
 * A person across two closed conferences: linked by the secretary (a name match is offered,
 * not applied), every round with its levels and band, the SVG chart, and who may read it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HistoryTests {

  @Autowired
  MockMvcTester mvc;

  @Autowired
  SessionService sessions;

  @Autowired
  RollService roll;

  @Autowired
  CountingBoardService boards;

  @Autowired
  CountingService counting;

  @Autowired
  HistoryService history;

  @Test
  void aPersonsRoundsAcrossTwoConferencesWithLevelsBandAndChart() throws Exception {
    Conference first = ClosedConferences.closed(sessions, roll, boards, counting,
        LocalDate.of(2024, 11, 20), new int[][] {{4, 2, 0}, {1, 1, 4}});
    Conference second = ClosedConferences.closed(sessions, roll, boards, counting,
        LocalDate.of(2025, 11, 20), new int[][] {{2, 2, 2}, {3, 3, 0}});

    assertThat(history.links(first.id())).allMatch(l -> l.person() == null);
    Person a = history.newPerson(first.id(), first.subjects().get(0).id(), TestFlow.BY)
        .orElseThrow();
    SubjectLink offered = history.links(second.id()).get(0);
    assertThat(offered.person()).as("a match is offered, never applied").isNull();
    assertThat(offered.candidates()).extracting(c -> c.person().id()).contains(a.id());
    history.link(second.id(), second.subjects().get(0).id(), a.id(), TestFlow.BY)
        .orElseThrow();

    List<Round> rounds = history.rounds(a.id());
    assertThat(rounds).hasSize(2).allMatch(Round::announced);
    assertThat(rounds).extracting(r -> r.result().counts().low()).containsExactly(0L, 2L);
    assertThat(rounds).extracting(r -> r.result().band()).containsExactly(Band.NONE, Band.NONE);

    var page = mvc.get().uri("/people/{id}", a.id()).with(user(TestUsers.of(Role.SECRETARY)))
        .exchange();
    assertThat(page).hasStatusOk().bodyText().contains(first.session().details().title())
        .contains(second.session().details().title()).contains("66,67%").contains("chart.svg");
    HtmlConformance.assertConforms(page.getResponse().getContentAsString(StandardCharsets.UTF_8));

    var chart = mvc.get().uri("/people/{id}/chart.svg", a.id())
        .with(user(TestUsers.of(Role.SECRETARY))).exchange();
    assertThat(chart).hasStatusOk();
    assertThat(chart.getResponse().getContentType()).startsWith("image/svg+xml");
    Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(
        new ByteArrayInputStream(chart.getResponse().getContentAsByteArray()));
    assertThat(svg.getDocumentElement().getNodeName()).isEqualTo("svg");
    assertThat(svg.getElementsByTagName("polyline").getLength()).isEqualTo(3);
    assertThat(svg.getElementsByTagName("circle").getLength()).isEqualTo(6);
  }

  @Test
  void linkingToSomeoneWithAnotherNameIsRefused() {
    Conference c = ClosedConferences.closed(sessions, roll, boards, counting,
        LocalDate.of(2025, 1, 10), new int[][] {{6, 0, 0}, {0, 6, 0}});
    Person one = history.newPerson(c.id(), c.subjects().get(0).id(), TestFlow.BY).orElseThrow();
    Outcome<Person> other = history.link(c.id(), c.subjects().get(1).id(), one.id(), TestFlow.BY);
    assertThat(other).isInstanceOf(Outcome.Refused.class);
    assertThat(((Outcome.Refused<Person>) other).kind()).isEqualTo(Outcome.Kind.CONFLICT);
  }

  @Test
  void onlyTheRolesTheSecretaryAllowsMayReadTheHistory() {
    history.allowReaders(Set.of(), TestFlow.BY);
    assertThat(mvc.get().uri("/people").with(user(TestUsers.of(Role.OBSERVER))).exchange())
        .hasStatus(403);
    assertThat(mvc.get().uri("/people").with(user(TestUsers.of(Role.SECRETARY))).exchange())
        .hasStatusOk();

    assertThat(mvc.post().uri("/people/access").param("role", "OBSERVER", "PARTICIPANT")
        .with(user(TestUsers.of(Role.SECRETARY))).with(csrf()).exchange())
        .hasStatus3xxRedirection();

    assertThat(history.readers()).containsExactly(Role.OBSERVER);
    assertThat(mvc.get().uri("/people").with(user(TestUsers.of(Role.OBSERVER))).exchange())
        .hasStatusOk();
    assertThat(mvc.get().uri("/people").with(user(TestUsers.of(Role.PARTICIPANT))).exchange())
        .as("participants never").hasStatus(403);
    assertThat(mvc.post().uri("/people/access").param("role", "ADMIN")
        .with(user(TestUsers.of(Role.OBSERVER))).with(csrf()).exchange()).hasStatus(403);
    history.allowReaders(Set.of(), TestFlow.BY);
  }
}
