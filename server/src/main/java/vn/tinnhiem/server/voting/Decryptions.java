package vn.tinnhiem.server.voting;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tinnhiem.crypto.Check;
import vn.tinnhiem.crypto.archive.EventType;
import vn.tinnhiem.crypto.election.Election;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.group.Hash;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonFormatException;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.json.JsonWriter;
import vn.tinnhiem.crypto.tally.ElectionResult;
import vn.tinnhiem.crypto.tally.EncryptedTally;
import vn.tinnhiem.crypto.tally.SizedEncryptedTally;
import vn.tinnhiem.crypto.trustee.Decryption;
import vn.tinnhiem.crypto.trustee.PartialDecryption;
import vn.tinnhiem.crypto.trustee.TrusteeCheckException;
import vn.tinnhiem.crypto.trustee.Trustees;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.Subject;
import vn.tinnhiem.server.system.Outcome;
import vn.tinnhiem.server.system.Refusal;
import vn.tinnhiem.server.voting.ElectionRepository.TrusteeMessage;

/**
 * The tally's decryption (4.18, 4.19): each trustee's partial decryption is checked against
 * their key before it goes on the board; with enough of them (every Single trustee, k of a
 * Pedersen board) the result is computed, written, and its counts kept for the conference
 * results.
 */
@Service
public class Decryptions {

  private final ElectionRepository elections;
  private final PublicBoard board;
  private final KeyCeremony ceremony;
  private final SessionService sessions;
  private final ElectronicCountRepository counts;

  Decryptions(ElectionRepository elections, PublicBoard board, KeyCeremony ceremony,
      SessionService sessions, ElectronicCountRepository counts) {
    this.elections = elections;
    this.board = board;
    this.ceremony = ceremony;
    this.sessions = sessions;
    this.counts = counts;
  }

  /** The encrypted tally exactly as on the board, once the box is closed. */
  @Transactional(readOnly = true)
  public Optional<byte[]> encryptedTally(long sessionId) {
    Optional<ElectionRecord> e = elections.find(sessionId);
    if (e.isEmpty() || e.get().state().compareTo(ElectionState.CLOSED) < 0) {
      return Optional.empty();
    }
    return Optional.of(board.data(sessionId, sizedTally(sessionId).encryptedTally()));
  }

  /** The EncryptedTally event's payload: a walk over the board's events, done once per use. */
  private SizedEncryptedTally sizedTally(long sessionId) {
    return SizedEncryptedTally.fromJson(JsonParser.parse(
        board.payloads(sessionId, EventType.EncryptedTally).get(0)));
  }

  @Transactional
  public Outcome<String> submit(String token, String json) {
    Optional<TrusteeRecord> me = ceremony.trustee(token);
    if (me.isEmpty()) {
      return Outcome.notFound("voting.no-link");
    }
    long sessionId = me.get().sessionId();
    ElectionRecord e = elections.lock(sessionId).orElseThrow();
    TrusteeRecord self = elections.trustees(sessionId).get(me.get().index() - 1);
    if (e.state() != ElectionState.CLOSED || self.partialDecryption() != null) {
      return Outcome.conflict("voting.wrong-step",
          e.state() == ElectionState.CLOSED ? "decrypted" : e.state().name());
    }
    Group group = e.group();
    Election election = e.election().orElseThrow();
    Trustees trustees = Trustees.parse(e.trusteesJson(), group);
    SizedEncryptedTally sized = sizedTally(sessionId);
    byte[] tallyJson = board.data(sessionId, sized.encryptedTally());
    EncryptedTally tally = EncryptedTally.fromJson(JsonParser.parse(tallyJson), group);
    PartialDecryption pd;
    try {
      pd = PartialDecryption.parse(json, group);
    } catch (JsonFormatException | IllegalArgumentException ex) {
      return Outcome.invalid(Refusal.of("voting.malformed", ex.getMessage()));
    }
    int id = self.index(); // one trustee item: ids are the trustees' indexes
    Check check = Decryption.check(group, trustees, tally.ciphertexts(), e.fingerprint(), id, pd);
    if (check instanceof Check.Fail f) {
      return Outcome.invalid(Refusal.of("voting.decryption-invalid", f.why()));
    }
    byte[] pdJson = pd.write().getBytes(StandardCharsets.UTF_8);
    elections.publish(sessionId, id, TrusteeMessage.PARTIAL_DECRYPTION, pd.write());
    board.append(e, EventType.PartialDecryption, List.of(pdJson, JsonWriter.writeBytes(
        Json.obj("owner", Json.integer(id), "payload", Json.str(Hash.hex(pdJson))))));
    Map<Integer, PartialDecryption> partials = new LinkedHashMap<>();
    for (TrusteeRecord t : elections.trustees(sessionId)) {
      if (t.partialDecryption() != null) {
        partials.put(t.index(), PartialDecryption.parse(t.partialDecryption(), group));
      }
    }
    if (partials.size() >= e.threshold()) {
      finish(sessionId, election, trustees, tally, sized.totalWeight(), partials);
    }
    return Outcome.done(pd.write());
  }

  private void finish(long sessionId, Election election, Trustees trustees, EncryptedTally tally,
      long totalWeight, Map<Integer, PartialDecryption> partials) {
    long[][] result;
    try {
      result = Decryption.combine(election.group(), trustees, tally.ciphertexts(), partials,
          totalWeight);
    } catch (TrusteeCheckException ex) {
      throw new IllegalStateException("checked partial decryptions do not combine", ex);
    }
    ElectionRecord locked = elections.lock(sessionId).orElseThrow();
    board.append(locked, EventType.Result, List.of(new ElectionResult(result).toBytes()));
    elections.setState(sessionId, ElectionState.DECRYPTED);
    List<Subject> subjects = sessions.subjects(sessionId);
    for (int i = 0; i < subjects.size(); i++) {
      long[] c = result[i];
      int first = election.questions().get(i).blank() == Boolean.TRUE ? 1 : 0;
      counts.insert(sessionId, new ElectronicCountRepository.Row(subjects.get(i).id(),
          (int) c[first], (int) c[first + 1], (int) c[first + 2], first == 1 ? (int) c[0] : 0));
    }
  }
}
