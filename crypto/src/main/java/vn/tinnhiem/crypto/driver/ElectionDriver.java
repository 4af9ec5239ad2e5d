package vn.tinnhiem.crypto.driver;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import vn.tinnhiem.crypto.AllCores;
import vn.tinnhiem.crypto.archive.BoardWriter;
import vn.tinnhiem.crypto.archive.EventType;
import vn.tinnhiem.crypto.credential.Credentials;
import vn.tinnhiem.crypto.credential.PublicCredentials;
import vn.tinnhiem.crypto.election.Ballot;
import vn.tinnhiem.crypto.election.BallotFactory;
import vn.tinnhiem.crypto.election.BallotJson;
import vn.tinnhiem.crypto.election.Election;
import vn.tinnhiem.crypto.election.ElectionJson;
import vn.tinnhiem.crypto.election.Question;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonWriter;
import vn.tinnhiem.crypto.tally.ElectionResult;
import vn.tinnhiem.crypto.tally.EncryptedTally;
import vn.tinnhiem.crypto.tally.SizedEncryptedTally;
import vn.tinnhiem.crypto.trustee.Decryption;
import vn.tinnhiem.crypto.trustee.PartialDecryption;
import vn.tinnhiem.crypto.verify.Progress;

/**
 * A whole election run in Java and written as a Belenios archive: the same steps, in the same
 * order, as belenios-tool's demo scripts. Ballots are encrypted on all cores; the archive is
 * written in cast order.
 */
public final class ElectionDriver {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Election election;
  private final TrusteeBoard trustees;
  private final List<String> privateCredentials;
  private final PublicCredentials publicCredentials;
  private final BoardWriter board;
  private final List<Ballot> cast = new ArrayList<>();

  private ElectionDriver(Election election, TrusteeBoard trustees,
      List<String> privateCredentials, PublicCredentials publicCredentials, BoardWriter board) {
    this.election = election;
    this.trustees = trustees;
    this.privateCredentials = privateCredentials;
    this.publicCredentials = publicCredentials;
    this.board = board;
  }

  /** What to set up: texts, group, questions, number of voters and the trustees. */
  public record Spec(String name, String description, Group group, List<Question> questions,
      int voters, TrusteeBoard.Shape trustees) {
    public Spec {
      questions = List.copyOf(questions);
      if (voters < 1) {
        throw new IllegalArgumentException("need at least one voter");
      }
    }
  }

  /**
   * Sets up the election (credentials, trustee keys, public key) and writes the Setup part of
   * the archive to {@code out}.
   */
  public static ElectionDriver setUp(Spec spec, OutputStream out, Progress progress)
      throws IOException {
    String uuid = newUuid();
    Group group = spec.group();
    List<String> privates = new ArrayList<>(spec.voters());
    List<BigInteger> publics = new ArrayList<>(spec.voters());
    for (int i = 0; i < spec.voters(); i++) {
      String c = Credentials.generate(RANDOM);
      privates.add(c);
      progress.report("credentials", i + 1, spec.voters());
    }
    AtomicLong done = new AtomicLong();
    publics.addAll(AllCores.map(spec.voters(), i -> {
      BigInteger p = Credentials.publicCredential(group, uuid, privates.get(i));
      progress.report("public credentials", done.incrementAndGet(), spec.voters());
      return p;
    }));
    // Sorted: the list's order must not tell which voter holds which credential.
    List<BigInteger> sorted = new ArrayList<>(publics);
    sorted.sort(null);
    PublicCredentials credentials = PublicCredentials.of(sorted);
    TrusteeBoard trustees = TrusteeBoard.create(group, spec.trustees());
    Election election = new Election(1, spec.description(), spec.name(), group,
        trustees.trustees().publicKey(group), spec.questions(), uuid, null, null);
    BoardWriter board = BoardWriter.start(out, System.currentTimeMillis() / 1000);
    String e = board.addData(ElectionJson.toBytes(election));
    String t = board.addData(trustees.trustees().write().getBytes(StandardCharsets.UTF_8));
    String c = board.addData(credentials.toBytes());
    board.addPayloadEvent(EventType.Setup, JsonWriter.writeBytes(Json.obj(
        "election", Json.str(e), "trustees", Json.str(t), "credentials", Json.str(c))));
    return new ElectionDriver(election, trustees, privates, credentials, board);
  }

  public Election election() {
    return election;
  }

  public TrusteeBoard trustees() {
    return trustees;
  }

  /** The voters' private credentials, in voter order (test and demo use only). */
  public List<String> privateCredentials() {
    return List.copyOf(privateCredentials);
  }

  /** Encrypts one ballot per listed voter, on all cores, then appends them in order. */
  public List<Ballot> castAll(List<Integer> voters, List<int[][]> plaintexts, Progress progress)
      throws IOException {
    AtomicLong done = new AtomicLong();
    List<Ballot> ballots = AllCores.map(voters.size(), i -> {
      Ballot b = BallotFactory.create(election, privateCredentials.get(voters.get(i)),
          plaintexts.get(i));
      progress.report(Progress.BALLOTS, done.incrementAndGet(), voters.size());
      return b;
    });
    for (Ballot b : ballots) {
      cast(b);
    }
    return ballots;
  }

  /** Appends an already-made ballot (the caller has checked it). */
  public void cast(Ballot ballot) throws IOException {
    board.addPayloadEvent(EventType.Ballot, BallotJson.toBytes(ballot));
    cast.add(ballot);
  }

  /**
   * Closes voting, tallies, lets the listed trustees decrypt (ids as in the trustees structure,
   * from 1) and writes the result.
   */
  public ElectionResult tallyAndDecrypt(List<Integer> decryptingTrustees) throws IOException {
    board.addEvent(EventType.EndBallots, null);
    List<Ballot> last = EncryptedTally.lastBallots(cast);
    Map<BigInteger, Long> weights = publicCredentials.weights();
    EncryptedTally tally = EncryptedTally.compute(election, last, weights);
    long totalWeight = last.stream().mapToLong(b -> weights.get(b.credential())).sum();
    String tallyHash = board.addData(tally.toBytes());
    board.addPayloadEvent(EventType.EncryptedTally,
        new SizedEncryptedTally(last.size(), totalWeight, tallyHash).toBytes());
    Map<Integer, PartialDecryption> partials = new LinkedHashMap<>();
    for (int id : decryptingTrustees) {
      PartialDecryption pd = Decryption.compute(election.group(), tally.ciphertexts(),
          trustees.privateKey(id), election.fingerprint());
      partials.put(id, pd);
      String pdHash = board.addData(pd.write().getBytes(StandardCharsets.UTF_8));
      board.addPayloadEvent(EventType.PartialDecryption, JsonWriter.writeBytes(
          Json.obj("owner", Json.integer(id), "payload", Json.str(pdHash))));
    }
    ElectionResult result = new ElectionResult(Decryption.combine(election.group(),
        trustees.trustees(), tally.ciphertexts(), partials, totalWeight));
    board.addPayloadEvent(EventType.Result, result.toBytes());
    board.close();
    return result;
  }

  /** A fresh election uuid: 14 base58 characters, as belenios-tool makes them. */
  public static String newUuid() {
    StringBuilder s = new StringBuilder(14);
    for (int i = 0; i < 14; i++) {
      s.append(Credentials.BASE58.charAt(RANDOM.nextInt(58)));
    }
    return s.toString();
  }
}
