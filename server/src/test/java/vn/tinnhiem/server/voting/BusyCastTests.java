package vn.tinnhiem.server.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.tinnhiem.crypto.election.BallotFactory;
import vn.tinnhiem.crypto.election.BallotJson;
import vn.tinnhiem.crypto.election.Election;
import vn.tinnhiem.crypto.election.ElectionJson;

/**
 * A cast that arrives while every core is checking and the casts ahead would take longer than
 * {@code tinnhiem.voting.max-cast-wait} to clear: 503 with a Retry-After, nothing stored, and
 * not counted as a refused cast (the booth sends it again, so it must not lead to a 429).
 */
@SpringBootTest
@AutoConfigureMockMvc
class BusyCastTests {

  @Autowired
  MockMvcTester mvc;
  @Autowired
  ApplicationContext context;
  @Autowired
  CastGate gate;
  @Autowired
  VotingQueries queries;

  @Test
  void aCastThatWouldWaitTooLongIsToldToComeBackAndNothingIsStored() throws Exception {
    VotingTestElection.OpenBox box = VotingTestElection.openBox(context, 2, 1);
    long id = box.sessionId();
    Election election = ElectionJson.fromBytes(queries.electionJson(id).orElseThrow());
    byte[] ballot = BallotJson.toBytes(BallotFactory.create(election, box.credentials().get(0),
        new int[][] {{1, 0, 0}}));

    int cores = Runtime.getRuntime().availableProcessors();
    ExecutorService threads = Executors.newFixedThreadPool(cores);
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch checking = new CountDownLatch(cores);
    try {
      for (int i = 0; i < cores; i++) {
        threads.submit(() -> gate.run(() -> {
          checking.countDown();
          try {
            return release.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
          }
        }));
      }
      assertThat(checking.await(10, TimeUnit.SECONDS)).isTrue();
      gate.forgetCheckTimes();
      gate.recordCheck(Duration.ofMinutes(1).toNanos());

      // More than the 30 refused casts that lead to a 429: none of these counts as one.
      for (int i = 0; i < BoothController.REFUSED_CASTS + 1; i++) {
        MvcTestResult busy = cast(id, ballot);
        assertThat(busy).hasStatus(503);
        assertThat(busy.getResponse().getHeader("Retry-After"))
            .as("a minute per check, 20 s at most in the queue: back in 60 - 20 / 2 s")
            .isEqualTo("50");
        assertThat(busy.getResponse().getContentAsString()).contains("\"code\":\"busy\"");
      }
      assertThat(queries.trackingCodes(id)).isEmpty();
      assertThat(gate.admitted()).isEqualTo(cores);
    } finally {
      release.countDown();
      threads.shutdown();
      assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
      gate.forgetCheckTimes();
    }

    // The same bytes, sent again once the cores are free, are stored.
    MvcTestResult stored = cast(id, ballot);
    assertThat(stored).hasStatus(201);
    assertThat(queries.trackingCodes(id)).hasSize(1);
  }

  private MvcTestResult cast(long id, byte[] ballot) {
    return mvc.post().uri("/api/sessions/{id}/ballots", id)
        .contentType(MediaType.APPLICATION_JSON).content(ballot).exchange();
  }
}
