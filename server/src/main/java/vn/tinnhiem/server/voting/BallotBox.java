package vn.tinnhiem.server.voting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tinnhiem.crypto.Check;
import vn.tinnhiem.crypto.archive.EventType;
import vn.tinnhiem.crypto.credential.PublicCredentials;
import vn.tinnhiem.crypto.election.Ballot;
import vn.tinnhiem.crypto.election.BallotCheck;
import vn.tinnhiem.crypto.election.BallotJson;
import vn.tinnhiem.crypto.election.Election;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.group.GroupFormatException;
import vn.tinnhiem.crypto.group.Hash;
import vn.tinnhiem.crypto.group.Montgomery;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonFormatException;
import vn.tinnhiem.crypto.json.JsonWriter;
import vn.tinnhiem.crypto.tally.EncryptedTally;
import vn.tinnhiem.crypto.tally.SizedEncryptedTally;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.SessionStatus;
import vn.tinnhiem.server.session.VoteSession;
import vn.tinnhiem.server.system.Outcome;
import vn.tinnhiem.server.system.Refusal;

/**
 * The electronic ballot box: opening writes the Setup event (election, trustees, public
 * credentials); a cast is checked in full before it is stored; closing writes EndBallots and
 * the encrypted tally of all sites together.
 */
@Service
public class BallotBox {

  /** A 50-subject ballot is about 0.5 MB; anything far above is not a ballot. */
  public static final int MAX_BALLOT_BYTES = 4 * 1024 * 1024;

  private final SessionService sessions;
  private final ElectionRepository elections;
  private final CredentialRepository credentials;
  private final BallotRepository ballots;
  private final PublicBoard board;
  private final Clock clock;
  /** Parsed elections by session: parsing and key tables are paid once, not per cast. */
  private final Map<Long, Parsed> parsed = new ConcurrentHashMap<>();

  private record Parsed(String fingerprint, Election election) {}

  private static final Logger LOG = LoggerFactory.getLogger(BallotBox.class);

  private final TransactionTemplate transactions;
  private final CastGate gate;

  BallotBox(SessionService sessions, ElectionRepository elections,
      CredentialRepository credentials, BallotRepository ballots, PublicBoard board,
      Clock clock, PlatformTransactionManager transactionManager, CastGate gate) {
    this.transactions = new TransactionTemplate(transactionManager);
    this.gate = gate;
    if (Group.BELENIOS_2048.fast() == null) {
      // Same verdicts, but casts cost about 2.3 times more CPU: worth an operator's attention.
      LOG.warn("ballot checks run on {}", Montgomery.describe());
    }
    this.sessions = sessions;
    this.elections = elections;
    this.credentials = credentials;
    this.ballots = ballots;
    this.board = board;
    this.clock = clock;
  }

  /** Opens the box: the key must be fixed and at least one site must have its credentials. */
  @Transactional
  public Outcome<ElectionState> open(long sessionId) {
    Optional<VoteSession> session = sessions.lock(sessionId);
    Optional<ElectionRecord> e = elections.lock(sessionId);
    if (session.isEmpty() || e.isEmpty()) {
      return Outcome.notFound("voting.no-election");
    }
    if (session.get().status() != SessionStatus.VOTING) {
      return Outcome.conflict("voting.quorum-first");
    }
    if (e.get().state() != ElectionState.READY) {
      return Outcome.conflict(e.get().state() == ElectionState.KEYS ? "voting.keys-first"
          : "voting.already-open");
    }
    List<String> all = credentials.all(sessionId);
    if (all.isEmpty()) {
      return Outcome.conflict("voting.credentials-first");
    }
    List<BigInteger> sorted = new ArrayList<>(all.stream().map(BigInteger::new).toList());
    sorted.sort(null);
    byte[] credentialsJson = PublicCredentials.of(sorted).toBytes();
    byte[] setup = JsonWriter.writeBytes(Json.obj(
        "election", Json.str(Hash.hex(e.get().electionJson())),
        "trustees", Json.str(Hash.hex(e.get().trusteesJson())),
        "credentials", Json.str(Hash.hex(credentialsJson))));
    elections.startBoard(sessionId, clock.instant().getEpochSecond());
    board.append(e.get(), EventType.Setup,
        List.of(e.get().electionJson(), e.get().trusteesJson(), credentialsJson, setup));
    elections.setState(sessionId, ElectionState.OPEN);
    return Outcome.done(ElectionState.OPEN);
  }

  /**
   * Checks a ballot in full (shape, group elements, election, credential, signature, proofs)
   * and appends it to the board; a ballot of a credential that voted before replaces that
   * ballot in the tally. Nothing is stored on refusal.
   *
   * <p>Not one transaction: the check takes up to a second of CPU for 50 subjects, and a
   * transaction would hold a pooled connection all that time (under load the other casts then
   * time out waiting for one). Only the append, under the election's row lock, is transactional.
   */
  public Outcome<CastReceipt> cast(long sessionId, byte[] body) {
    Optional<ElectionRecord> found = elections.find(sessionId);
    if (found.isEmpty() || found.get().electionJson() == null) {
      return Outcome.notFound("voting.no-election");
    }
    if (found.get().state() != ElectionState.OPEN) {
      return Outcome.conflict("voting.voting-closed");
    }
    Election election = election(found.get());
    // One cast per core at a time, in arrival order: each finishes in its turn instead of all
    // sharing the cores and finishing together, and the waiting ones hold only their bytes.
    CastGate.Admission<Outcome<String>> admission =
        gate.run(() -> check(sessionId, election, body));
    if (admission instanceof CastGate.Admission.Busy<Outcome<String>> busy) {
      return Outcome.busy("voting.busy", busy.retryAfter().toSeconds());
    }
    Outcome<String> checked = ((CastGate.Admission.Ran<Outcome<String>>) admission).result();
    if (checked instanceof Outcome.Refused<String> refused) {
      return refused.cast();
    }
    String credential = ((Outcome.Done<String>) checked).value();
    // The costly checks ran without the lock; the append holds it only briefly.
    return transactions.execute(status -> append(sessionId, body, credential));
  }

  /**
   * When a cast arriving now would be answered "busy", when it should come back: the booth
   * endpoint answers so before reading the ballot. {@link #cast} decides again, atomically.
   */
  public Optional<java.time.Duration> busyFor() {
    return gate.busyFor();
  }

  /** Everything but the append; done: the ballot's credential. */
  private Outcome<String> check(long sessionId, Election election, byte[] body) {
    Ballot ballot;
    try {
      // The subgroup checks of α and β come with the proofs below, which share their work.
      ballot = BallotJson.fromBytesDeferringSubgroupChecks(body, election.group());
    } catch (GroupFormatException ex) {
      return Outcome.invalid(Refusal.of("voting.not-element", ex.getMessage()));
    } catch (JsonFormatException | IllegalArgumentException ex) {
      return Outcome.invalid(Refusal.of("voting.malformed", ex.getMessage()));
    }
    // The board keeps the bytes as sent; they must be the canonical ones everybody re-hashes.
    if (!java.util.Arrays.equals(BallotJson.toBytes(ballot), body)) {
      return Outcome.invalid(Refusal.of("voting.malformed", "not in canonical form"));
    }
    if (!election.uuid().equals(ballot.electionUuid())
        || !election.fingerprint().equals(ballot.electionHash())) {
      return Outcome.invalid(Refusal.of("voting.election-mismatch"));
    }
    String credential = ballot.credential().toString();
    if (!credentials.contains(sessionId, credential)) {
      return Outcome.invalid(Refusal.of("voting.credential-unknown"));
    }
    Check check = BallotCheck.checkWithSubgroups(election, ballot);
    if (check instanceof Check.Fail f) {
      String code = f.step().equals(BallotCheck.NOT_IN_GROUP) ? "voting.not-element"
          : f.step().contains("signature") ? "voting.signature-invalid" : "voting.proof-invalid";
      return Outcome.invalid(Refusal.of(code, f.why()));
    }
    return Outcome.done(credential);
  }

  private Outcome<CastReceipt> append(long sessionId, byte[] body, String credential) {
    ElectionRecord locked = elections.lock(sessionId).orElseThrow();
    if (locked.state() != ElectionState.OPEN) {
      return Outcome.conflict("voting.voting-closed");
    }
    String trackingCode = Hash.base64(body);
    if (ballots.exists(sessionId, trackingCode)) {
      return Outcome.conflict("voting.duplicate");
    }
    boolean replaced = ballots.credentialUsed(sessionId, credential);
    PublicBoard.Appended appended = board.append(locked, EventType.Ballot, List.of(body));
    ballots.insert(sessionId, trackingCode, credential, appended.seq(), now());
    return Outcome.done(new CastReceipt(trackingCode, replaced));
  }

  /** Closes the box: EndBallots, then the encrypted tally of every site's last ballots. */
  @Transactional
  public Outcome<ElectionState> close(long sessionId) {
    Optional<ElectionRecord> e = elections.lock(sessionId);
    if (e.isEmpty()) {
      return Outcome.notFound("voting.no-election");
    }
    if (e.get().state() != ElectionState.OPEN) {
      return Outcome.conflict("voting.not-open");
    }
    Election election = election(e.get());
    // Every ballot on the board passed its full check, subgroups included, when it was cast:
    // parsing them again needs no subgroup check (about 0.4 ms per number saved).
    List<Ballot> cast = board.payloads(sessionId, EventType.Ballot).stream()
        .map(b -> BallotJson.fromBytesDeferringSubgroupChecks(b, election.group())).toList();
    List<Ballot> last = EncryptedTally.lastBallots(cast);
    EncryptedTally tally = EncryptedTally.compute(election, last, Map.of());
    board.append(e.get(), EventType.EndBallots, List.of());
    ElectionRecord afterEnd = elections.lock(sessionId).orElseThrow();
    byte[] tallyJson = tally.toBytes();
    byte[] sized = new SizedEncryptedTally(last.size(), last.size(), Hash.hex(tallyJson))
        .toBytes();
    board.append(afterEnd, EventType.EncryptedTally, List.of(tallyJson, sized));
    elections.setState(sessionId, ElectionState.CLOSED);
    return Outcome.done(ElectionState.CLOSED);
  }

  Election election(ElectionRecord record) {
    Parsed cached = parsed.get(record.sessionId());
    if (cached != null && cached.fingerprint().equals(record.fingerprint())) {
      return cached.election();
    }
    Election election = record.election().orElseThrow();
    parsed.put(record.sessionId(), new Parsed(record.fingerprint(), election));
    return election;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }
}
