package vn.tinnhiem.server.voting;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.context.ApplicationContext;
import vn.tinnhiem.crypto.credential.Credentials;
import vn.tinnhiem.crypto.election.BallotFactory;
import vn.tinnhiem.crypto.election.BallotJson;
import vn.tinnhiem.crypto.election.Election;
import vn.tinnhiem.crypto.election.ElectionJson;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.tally.EncryptedTally;
import vn.tinnhiem.crypto.trustee.Decryption;
import vn.tinnhiem.crypto.trustee.SingleTrusteeKey;
import vn.tinnhiem.server.TestFlow;
import vn.tinnhiem.server.ceremony.CountingBoardService;
import vn.tinnhiem.server.roll.RollService;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.TestConferences;
import vn.tinnhiem.server.session.TestConferences.Conference;

/**
 * A whole electronic vote through the services, for tests of what comes after it: 5 voters
 * at two sites, 2 subjects, one trustee, closed and decrypted.
 */
public final class VotingTestElection {

  private VotingTestElection() {}

  /** An open box: the session, and the private credentials of its voters. */
  public record OpenBox(long sessionId, List<String> credentials) {}

  /**
   * A session with {@code voters} present in Hà Nội (none in the other site), {@code subjects}
   * subjects, a one-member counting board with a single-trustee key, a credential per voter,
   * and the box open.
   */
  public static OpenBox openBox(ApplicationContext context, int voters, int subjects) {
    SessionService sessions = context.getBean(SessionService.class);
    RollService roll = context.getBean(RollService.class);
    Conference c = TestConferences.opened(sessions, voters, 1, subjects);
    TestFlow.roll(roll, c, c.hanoi(), voters);
    TestFlow.roll(roll, c, c.hcm(), 0);
    TestFlow.electBoard(context.getBean(CountingBoardService.class), c, 1);
    roll.openVoting(c.id(), TestFlow.BY).orElseThrow();
    KeyCeremony ceremony = context.getBean(KeyCeremony.class);
    String token = ceremony.start(c.id(), 1, null, TestFlow.BY).orElseThrow().get(0).token();
    Group group = Group.BELENIOS_2048;
    ceremony.submitPublicKey(token, SingleTrusteeKey.generate(group).publicKey().write())
        .orElseThrow();
    String uuid = ceremony.state(token).orElseThrow().uuid();
    List<String> privates = java.util.stream.IntStream.range(0, voters)
        .mapToObj(i -> Credentials.generate()).toList();
    List<String> publics = privates.parallelStream()
        .map(x -> Credentials.publicCredential(group, uuid, x).toString()).toList();
    context.getBean(CredentialIssue.class).upload(c.id(), c.hanoi().id(), publics, TestFlow.BY)
        .orElseThrow();
    context.getBean(BallotBox.class).open(c.id()).orElseThrow();
    return new OpenBox(c.id(), privates);
  }

  /** Runs the vote in {@code context}; returns the session's id. */
  public static long decryptedVote(ApplicationContext context) {
    SessionService sessions = context.getBean(SessionService.class);
    RollService roll = context.getBean(RollService.class);
    Conference c = TestConferences.opened(sessions, 3, 2, 2);
    TestFlow.roll(roll, c, c.hanoi(), 3);
    TestFlow.roll(roll, c, c.hcm(), 2);
    TestFlow.electBoard(context.getBean(CountingBoardService.class), c, 1);
    roll.openVoting(c.id(), TestFlow.BY).orElseThrow();
    KeyCeremony ceremony = context.getBean(KeyCeremony.class);
    String token = ceremony.start(c.id(), 1, null, TestFlow.BY).orElseThrow().get(0).token();
    Group group = Group.BELENIOS_2048;
    SingleTrusteeKey key = SingleTrusteeKey.generate(group);
    ceremony.submitPublicKey(token, key.publicKey().write()).orElseThrow();
    String uuid = ceremony.state(token).orElseThrow().uuid();
    CredentialIssue issue = context.getBean(CredentialIssue.class);
    List<String> credentials = new ArrayList<>();
    for (var site : List.of(c.hanoi(), c.hcm())) {
      int n = c.at(site).size();
      List<String> publics = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String credential = Credentials.generate();
        credentials.add(credential);
        publics.add(Credentials.publicCredential(group, uuid, credential).toString());
      }
      issue.upload(c.id(), site.id(), publics, TestFlow.BY).orElseThrow();
    }
    BallotBox box = context.getBean(BallotBox.class);
    box.open(c.id()).orElseThrow();
    Election election = ElectionJson.fromBytes(context.getBean(VotingQueries.class)
        .electionJson(c.id()).orElseThrow());
    Random random = new Random(11);
    for (String credential : credentials) {
      box.cast(c.id(), BallotJson.toBytes(BallotFactory.create(election, credential,
          VotingFlowTests.randomVote(random, 2)))).orElseThrow();
    }
    box.close(c.id()).orElseThrow();
    Decryptions decryptions = context.getBean(Decryptions.class);
    EncryptedTally tally = EncryptedTally.fromJson(JsonParser.parse(
        decryptions.encryptedTally(c.id()).orElseThrow()), group);
    BigInteger x = key.privateKey();
    decryptions.submit(token, Decryption.compute(group, tally.ciphertexts(), x,
        election.fingerprint()).write()).orElseThrow();
    return c.id();
  }
}
