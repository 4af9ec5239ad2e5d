package vn.tinnhiem.server.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import vn.tinnhiem.crypto.credential.Credentials;
import vn.tinnhiem.crypto.election.BallotFactory;
import vn.tinnhiem.crypto.election.BallotJson;
import vn.tinnhiem.crypto.election.Election;
import vn.tinnhiem.crypto.election.ElectionJson;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.trustee.SingleTrusteeKey;
import vn.tinnhiem.crypto.verify.Progress;
import vn.tinnhiem.crypto.verify.Verdict;
import vn.tinnhiem.crypto.verify.Verifier;
import vn.tinnhiem.server.PostgresTest;
import vn.tinnhiem.server.TestFlow;
import vn.tinnhiem.server.TinnhiemApplication;
import vn.tinnhiem.server.ceremony.CountingBoardService;
import vn.tinnhiem.server.roll.RollService;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.TestConferences;
import vn.tinnhiem.server.session.TestConferences.Conference;
import vn.tinnhiem.server.system.Outcome;

/**
 * Two app nodes on one PostgreSQL take casts at the same time, with the same credential on
 * both nodes at once, the same ballot sent to both at once, and the box closed while casts
 * still arrive: the board stays one linear hash chain, each outcome is one a serial order
 * allows, and the archive verifies.
 */
@PostgresTest
class TwoNodeBoardTests {

  private static final int VOTERS = 24;

  @Autowired
  SessionService sessions;
  @Autowired
  RollService roll;
  @Autowired
  CountingBoardService boards;
  @Autowired
  KeyCeremony ceremony;
  @Autowired
  CredentialIssue issue;
  @Autowired
  BallotBox nodeOne;
  @Autowired
  VotingQueries queries;
  @Autowired
  Environment environment;

  @Test
  void twoNodesKeepOneChain(@TempDir Path dir) throws Exception {
    Conference c = TestConferences.opened(sessions, VOTERS, 1, 1);
    TestFlow.roll(roll, c, c.hanoi(), VOTERS);
    TestFlow.roll(roll, c, c.hcm(), 0);
    TestFlow.electBoard(boards, c, 1);
    roll.openVoting(c.id(), TestFlow.BY).orElseThrow();
    String token = ceremony.start(c.id(), 1, null, TestFlow.BY).orElseThrow().get(0).token();
    Group group = Group.BELENIOS_2048;
    ceremony.submitPublicKey(token, SingleTrusteeKey.generate(group).publicKey().write())
        .orElseThrow();
    String uuid = ceremony.state(token).orElseThrow().uuid();
    List<String> credentials = new ArrayList<>();
    List<String> publics = new ArrayList<>();
    for (int i = 0; i < VOTERS; i++) {
      credentials.add(Credentials.generate());
      publics.add(Credentials.publicCredential(group, uuid, credentials.get(i)).toString());
    }
    issue.upload(c.id(), c.hanoi().id(), publics, TestFlow.BY).orElseThrow();
    nodeOne.open(c.id()).orElseThrow();
    Election election = ElectionJson.fromBytes(queries.electionJson(c.id()).orElseThrow());

    try (ConfigurableApplicationContext second = new SpringApplicationBuilder(
        TinnhiemApplication.class).profiles("postgres").run(
            "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
            "--spring.datasource.username=postgres", "--spring.datasource.password=",
            "--server.port=0", "--tinnhiem.demo=false", "--tinnhiem.data-dir=" + dir,
            "--tinnhiem.admin-password=two-node-test")) {
      BallotBox nodeTwo = second.getBean(BallotBox.class);
      List<BallotBox> nodes = List.of(nodeOne, nodeTwo);

      // Voter 0 votes twice at once, once on each node: both are kept, in some order.
      byte[] a = ballot(election, credentials.get(0), 0);
      byte[] b = ballot(election, credentials.get(0), 1);
      List<Outcome<CastReceipt>> pair = together(List.of(
          () -> nodeOne.cast(c.id(), a), () -> nodeTwo.cast(c.id(), b)));
      assertThat(pair).allMatch(Outcome::isDone);
      assertThat(pair.stream().filter(o -> o.orElseThrow().replaced()).count()).isEqualTo(1);

      // The same ballot on both nodes at once: one accepted, one refused as a replay.
      byte[] same = ballot(election, credentials.get(1), 0);
      List<Outcome<CastReceipt>> twice = together(List.of(
          () -> nodeOne.cast(c.id(), same), () -> nodeTwo.cast(c.id(), same)));
      assertThat(twice.stream().filter(Outcome::isDone).count()).isEqualTo(1);

      // The rest spread over both nodes, while the box closes midway.
      List<byte[]> rest = IntStream.range(2, VOTERS).parallel()
          .mapToObj(v -> ballot(election, credentials.get(v), v % 2)).toList();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<Outcome<CastReceipt>>> casts = new ArrayList<>();
      for (int i = 0; i < rest.size(); i++) {
        BallotBox node = nodes.get(i % 2);
        byte[] ballot = rest.get(i);
        casts.add(pool.submit(() -> node.cast(c.id(), ballot)));
        if (i == rest.size() / 2) {
          casts.add(pool.submit(() -> nodeTwo.close(c.id()).map(s -> new CastReceipt("", false))));
        }
      }
      int accepted = 0;
      int refusedClosed = 0;
      for (Future<Outcome<CastReceipt>> f : casts) {
        Outcome<CastReceipt> o = f.get();
        if (o.isDone()) {
          accepted++;
        } else {
          refusedClosed++;
          assertThat(((Outcome.Refused<CastReceipt>) o).refusals().get(0).code())
              .isEqualTo("voting.voting-closed");
        }
      }
      pool.shutdown();
      assertThat(accepted + refusedClosed).isEqualTo(rest.size() + 1);
    }

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    queries.writeArchive(c.id(), out);
    Path file = dir.resolve(uuid + ".bel");
    Files.write(file, out.toByteArray());
    Verdict verdict = Verifier.verify(file, Progress.NONE);
    assertThat(verdict.valid()).as(String.valueOf(verdict.failure())).isTrue();
    assertThat(verdict.summary().ballots()).isEqualTo(queries.trackingCodes(c.id()).size());
  }

  private static byte[] ballot(Election election, String credential, int level) {
    int[][] m = new int[1][3];
    m[0][level] = 1;
    return BallotJson.toBytes(BallotFactory.create(election, credential, m));
  }

  /** Runs the calls as nearly at once as threads allow; their outcomes in call order. */
  private static <T> List<T> together(List<java.util.concurrent.Callable<T>> calls)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    CountDownLatch start = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (var call : calls) {
      futures.add(pool.submit(() -> {
        start.await();
        return call.call();
      }));
    }
    start.countDown();
    List<T> out = new ArrayList<>();
    for (Future<T> f : futures) {
      out.add(f.get());
    }
    pool.shutdown();
    return Collections.unmodifiableList(out);
  }

}
