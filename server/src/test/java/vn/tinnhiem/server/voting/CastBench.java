package vn.tinnhiem.server.voting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.tinnhiem.crypto.election.BallotCheck;
import vn.tinnhiem.crypto.election.BallotFactory;
import vn.tinnhiem.crypto.election.BallotJson;
import vn.tinnhiem.crypto.election.Election;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.trustee.SingleTrusteeKey;
import vn.tinnhiem.server.TestFlow;
import vn.tinnhiem.server.ceremony.CountingBoardService;
import vn.tinnhiem.server.roll.RollService;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.TestConferences;
import vn.tinnhiem.server.session.TestConferences.Conference;

/**
 * Bench, not a test (surefire skips the name): the server's cost of one cast, verify and store,
 * through the whole Spring MVC and security stack on the embedded H2, side by side with the
 * bare {@link BallotCheck} of the same ballots in the same process.
 *
 * <pre>
 * mvn -q -o -pl server test -Dtest=CastBench -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dbench.subjects=50 -Dbench.ballots=40 -Dbench.threads=4
 * </pre>
 */
@SpringBootTest
@AutoConfigureMockMvc
class CastBench {

  @Autowired
  MockMvcTester mvc;
  @Autowired
  SessionService sessions;
  @Autowired
  RollService roll;
  @Autowired
  CountingBoardService boards;

  @Test
  void castCost() throws Exception {
    int subjects = Integer.getInteger("bench.subjects", 50);
    int ballots = Integer.getInteger("bench.ballots", 40);
    int threads = Integer.getInteger("bench.threads", 2 * Runtime.getRuntime().availableProcessors());
    Conference c = TestConferences.opened(sessions, ballots, 1, subjects);
    TestFlow.roll(roll, c, c.hanoi(), ballots);
    TestFlow.roll(roll, c, c.hcm(), 1);
    TestFlow.electBoard(boards, c, 1);
    roll.openVoting(c.id(), TestFlow.BY).orElseThrow();
    TestElectionActors actors = new TestElectionActors(mvc, c.id());
    String token = actors.startCeremony(VotingFlowTests.SECRETARY, 1).get(0);
    Group group = Group.BELENIOS_2048;
    TestElectionActors.assertCreated(actors.postJson("/api/trustee/" + token + "/public-key",
        SingleTrusteeKey.generate(group).publicKey().write()));
    String uuid = actors.state(token).asObject().get("uuid").asString();
    List<String> credentials = actors.credentials(VotingFlowTests.BOARD, c.hanoi().id(), uuid,
        group, ballots);
    actors.credentials(VotingFlowTests.BOARD, c.hcm().id(), uuid, group, 1);
    assertThat(mvc.post().uri("/sessions/{id}/voting/open", c.id())
        .with(user(VotingFlowTests.SECRETARY)).with(csrf()).exchange())
        .hasStatus3xxRedirection();
    Election election = actors.election();

    System.out.printf("making %d ballots of %d subjects...%n", ballots, subjects);
    Random random = new Random(1);
    List<int[][]> votes = IntStream.range(0, ballots)
        .mapToObj(i -> VotingFlowTests.randomVote(random, subjects)).toList();
    List<byte[]> made = IntStream.range(0, ballots).parallel()
        .mapToObj(i -> BallotJson.toBytes(BallotFactory.create(election, credentials.get(i),
            votes.get(i))))
        .toList();

    // Baseline: the bare check of the same ballots, one at a time, after a warm-up.
    for (int i = 0; i < Math.min(5, ballots); i++) {
      BallotCheck.check(election, BallotJson.fromBytes(made.get(i), group));
    }
    List<Double> check = new ArrayList<>();
    for (byte[] b : made) {
      long t0 = System.nanoTime();
      BallotCheck.check(election, BallotJson.fromBytes(b, group));
      check.add((System.nanoTime() - t0) / 1e6);
    }

    // Casts one at a time: the first half; then the rest from `threads` clients at once.
    int half = ballots / 2;
    List<Double> serial = new ArrayList<>();
    for (int i = 0; i < half; i++) {
      long t0 = System.nanoTime();
      TestElectionActors.assertCreated(actors.cast(made.get(i)));
      serial.add((System.nanoTime() - t0) / 1e6);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Double> concurrent = Collections.synchronizedList(new ArrayList<>());
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int i = half; i < ballots; i++) {
      byte[] b = made.get(i);
      futures.add(pool.submit(() -> {
        long t0 = System.nanoTime();
        TestElectionActors.assertCreated(actors.cast(b));
        concurrent.add((System.nanoTime() - t0) / 1e6);
        return null;
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();

    System.out.printf("%n%d-subject ballots, %d cores, H2 embedded, MockMvc (no socket)%n",
        subjects, Runtime.getRuntime().availableProcessors());
    System.out.printf("bare BallotCheck        : median %7.1f ms  p99 %7.1f ms  (n=%d)%n",
        pct(check, 50), pct(check, 99), check.size());
    System.out.printf("cast, one at a time     : median %7.1f ms  p99 %7.1f ms  (n=%d)%n",
        pct(serial, 50), pct(serial, 99), serial.size());
    System.out.printf("cast, %2d clients        : median %7.1f ms  p99 %7.1f ms  (n=%d)"
        + "  %.1f ballots/s%n", threads, pct(concurrent, 50), pct(concurrent, 99),
        concurrent.size(), concurrent.size() / seconds);
    System.out.printf("cast / bare check (median, one at a time): %.2fx%n",
        pct(serial, 50) / pct(check, 50));
  }

  /** The archive of a vote shaped like the demo conference: 9 voters, 5 subjects, 2-of-3. */
  @Test
  void demoArchiveSize() throws Exception {
    Conference c = TestConferences.opened(sessions, 5, 4, 5);
    TestFlow.roll(roll, c, c.hanoi(), 5);
    TestFlow.roll(roll, c, c.hcm(), 4);
    TestFlow.electBoard(boards, c, 3);
    roll.openVoting(c.id(), TestFlow.BY).orElseThrow();
    TestElectionActors actors = new TestElectionActors(mvc, c.id());
    List<String> tokens = actors.startCeremony(VotingFlowTests.SECRETARY, 2);
    Group group = Group.BELENIOS_2048;
    var keys = actors.pedersen(group, tokens, 2);
    String uuid = actors.state(tokens.get(0)).asObject().get("uuid").asString();
    List<String> credentials = new ArrayList<>(actors.credentials(VotingFlowTests.BOARD,
        c.hanoi().id(), uuid, group, 5));
    credentials.addAll(actors.credentials(VotingFlowTests.BOARD, c.hcm().id(), uuid, group, 4));
    mvc.post().uri("/sessions/{id}/voting/open", c.id()).with(user(VotingFlowTests.SECRETARY))
        .with(csrf()).exchange();
    Election election = actors.election();
    Random random = new Random(5);
    for (String credential : credentials) {
      TestElectionActors.assertCreated(actors.cast(BallotJson.toBytes(BallotFactory.create(
          election, credential, VotingFlowTests.randomVote(random, 5)))));
    }
    mvc.post().uri("/sessions/{id}/voting/close", c.id()).with(user(VotingFlowTests.BOARD))
        .with(csrf()).exchange();
    for (int i : new int[] {0, 1}) {
      TestElectionActors.assertCreated(actors.postJson("/api/trustee/" + tokens.get(i)
          + "/partial-decryption", actors.partialDecryption(group, tokens.get(i), keys.get(i),
          election.fingerprint())));
    }
    byte[] archive = mvc.get().uri("/board/{id}/archive.bel", c.id()).exchange().getResponse()
        .getContentAsByteArray();
    System.out.printf("%ndemo-shaped archive (9 voters, 5 subjects, 2-of-3, decrypted): %d bytes"
        + " (%.1f KiB)%n", archive.length, archive.length / 1024.0);
  }

  static double pct(List<Double> values, int p) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1)));
  }
}
