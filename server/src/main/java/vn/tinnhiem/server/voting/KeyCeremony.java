package vn.tinnhiem.server.voting;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tinnhiem.crypto.Check;
import vn.tinnhiem.crypto.driver.ElectionDriver;
import vn.tinnhiem.crypto.election.Election;
import vn.tinnhiem.crypto.election.ElectionJson;
import vn.tinnhiem.crypto.election.Question;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.json.JsonFormatException;
import vn.tinnhiem.crypto.trustee.PedersenSetup;
import vn.tinnhiem.crypto.trustee.Polynomial;
import vn.tinnhiem.crypto.trustee.SignedMessage;
import vn.tinnhiem.crypto.trustee.ThresholdParameters;
import vn.tinnhiem.crypto.trustee.TrusteeCheckException;
import vn.tinnhiem.crypto.trustee.TrusteeKind;
import vn.tinnhiem.crypto.trustee.TrusteePublicKey;
import vn.tinnhiem.crypto.trustee.Trustees;
import vn.tinnhiem.crypto.trustee.Vinput;
import vn.tinnhiem.crypto.trustee.Voutput;
import vn.tinnhiem.server.ceremony.BoardMember;
import vn.tinnhiem.server.ceremony.CountingBoardService;
import vn.tinnhiem.server.session.SessionDetails;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.SessionStatus;
import vn.tinnhiem.server.session.Subject;
import vn.tinnhiem.server.session.VoteSession;
import vn.tinnhiem.server.system.Outcome;
import vn.tinnhiem.server.system.Refusal;
import vn.tinnhiem.server.voting.ElectionRepository.TrusteeMessage;

/**
 * The counting board makes the election key (specification 4.6): a single trustee key when the
 * board has one member, else the Pedersen k-of-n protocol with the server as the election
 * administrator that relays messages. Every message is checked before it is stored; when the
 * last one is in, the public key is fixed and the election written once for all.
 */
@Service
public class KeyCeremony {

  /** The three levels of confidence, in ballot order (DOMAIN.md). */
  static final List<String> ANSWERS = List.of("Tín nhiệm cao", "Tín nhiệm", "Tín nhiệm thấp");

  private final SessionService sessions;
  private final CountingBoardService board;
  private final ElectionRepository elections;
  private final Clock clock;

  KeyCeremony(SessionService sessions, CountingBoardService board, ElectionRepository elections,
      Clock clock) {
    this.sessions = sessions;
    this.board = board;
    this.elections = elections;
    this.clock = clock;
  }

  /**
   * Starts the ceremony: one trustee per counting-board member, in the board's order. A
   * ceremony still making keys may be started again (new links, messages dropped).
   *
   * @param threshold k, or null for the majority {@code n/2 + 1}
   */
  @Transactional
  public Outcome<List<TrusteeLink>> start(long sessionId, Integer threshold, String groupName,
      String by) {
    Optional<VoteSession> session = sessions.lock(sessionId);
    if (session.isEmpty()) {
      return Outcome.notFound("session.notFound", sessionId);
    }
    SessionStatus status = session.get().status();
    if (status != SessionStatus.OPEN && status != SessionStatus.VOTING) {
      return Outcome.conflict("voting.ceremony-status", Refusal.label("status." + status));
    }
    Optional<ElectionRecord> existing = elections.lock(sessionId);
    if (existing.isPresent() && existing.get().state() != ElectionState.KEYS) {
      return Outcome.conflict("voting.key-fixed");
    }
    List<BoardMember> members = board.board(sessionId);
    if (members.isEmpty()) {
      return Outcome.conflict("board.notElected");
    }
    int n = members.size();
    int k = threshold == null ? n / 2 + 1 : threshold;
    List<Refusal> problems = new ArrayList<>();
    if (k < 1 || k > n) {
      problems.add(Refusal.field("threshold", "voting.threshold-range", n));
    }
    Group group = null;
    try {
      group = Group.byName(groupName == null ? Group.BELENIOS_2048.name() : groupName);
    } catch (JsonFormatException e) {
      problems.add(Refusal.field("group", "voting.group-unknown"));
    }
    if (sessions.subjects(sessionId).isEmpty()) {
      problems.add(Refusal.of("voting.no-subjects"));
    }
    if (!problems.isEmpty()) {
      return Outcome.invalid(problems);
    }
    existing.ifPresent(e -> elections.delete(sessionId));
    elections.insert(sessionId, ElectionDriver.newUuid(), group, n, n == 1 ? 1 : k, by, now());
    List<TrusteeLink> links = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String token = Tokens.generate();
      BoardMember m = members.get(i);
      elections.insertTrustee(sessionId, i + 1, m.member().id(), Tokens.hash(token));
      links.add(new TrusteeLink(i + 1, m.member().fullName(), token));
    }
    return Outcome.done(links);
  }

  /** A fresh link for a trustee whose link was lost; the old one stops working. */
  @Transactional
  public Outcome<TrusteeLink> reissue(long sessionId, int index) {
    Optional<ElectionRecord> election = elections.lock(sessionId);
    Optional<TrusteeRecord> trustee = elections.trustees(sessionId).stream()
        .filter(t -> t.index() == index).findFirst();
    if (election.isEmpty() || trustee.isEmpty()) {
      return Outcome.notFound("voting.no-trustee", index);
    }
    String token = Tokens.generate();
    elections.replaceToken(sessionId, index, Tokens.hash(token));
    String name = sessions.member(sessionId, trustee.get().memberId()).orElseThrow().fullName();
    return Outcome.done(new TrusteeLink(index, name, token));
  }

  /** The trustee a link stands for, if it stands for one. */
  @Transactional(readOnly = true)
  public Optional<TrusteeRecord> trustee(String token) {
    return Tokens.wellFormed(token) ? elections.trusteeByToken(Tokens.hash(token))
        : Optional.empty();
  }

  /** Where the trustee of this link is, and what their next step works on. */
  @Transactional(readOnly = true)
  public Optional<TrusteeState> state(String token) {
    Optional<TrusteeRecord> me = trustee(token);
    if (me.isEmpty()) {
      return Optional.empty();
    }
    ElectionRecord e = elections.find(me.get().sessionId()).orElseThrow();
    List<TrusteeRecord> all = elections.trustees(e.sessionId());
    TrusteeRecord self = all.get(me.get().index() - 1);
    String step = step(e, self, all);
    boolean certsIn = all.stream().allMatch(t -> t.certificate() != null);
    boolean polysIn = all.stream().allMatch(t -> t.polynomial() != null);
    List<String> certs = e.pedersen() && certsIn
        ? all.stream().map(TrusteeRecord::certificate).toList() : null;
    String vinput = e.pedersen() && polysIn && self.voutput() == null
        ? vinputs(e.group(), all).get(self.index() - 1).write() : null;
    Optional<Election> election = e.election();
    return Optional.of(new TrusteeState(e.sessionId(), self.index(), e.trusteeCount(),
        e.threshold(), e.group().name(), e.uuid(), e.pedersen() ? "pedersen" : "single", step,
        certs, vinput, self.voutput(), e.fingerprint(),
        election.map(x -> x.publicKey().toString()).orElse(null)));
  }

  private static String step(ElectionRecord e, TrusteeRecord self, List<TrusteeRecord> all) {
    switch (e.state()) {
      case KEYS:
        break;
      case READY:
      case OPEN:
        return "keys-done";
      case CLOSED:
        return self.partialDecryption() == null ? "decrypt" : "decrypted";
      default:
        return "done";
    }
    if (!e.pedersen()) {
      return "public-key";
    }
    if (self.certificate() == null) {
      return "certificate";
    }
    if (all.stream().anyMatch(t -> t.certificate() == null)) {
      return "wait-certificates";
    }
    if (self.polynomial() == null) {
      return "polynomial";
    }
    if (all.stream().anyMatch(t -> t.polynomial() == null)) {
      return "wait-polynomials";
    }
    return self.voutput() == null ? "voutput" : "wait-voutputs";
  }

  /** Single mode: the only trustee's public key, which fixes the election key. */
  @Transactional
  public Outcome<TrusteeState> submitPublicKey(String token, String json) {
    return submit(token, "public-key", (e, self, all) -> {
      TrusteePublicKey key = TrusteePublicKey.parse(json, e.group());
      Check check = key.check(e.group(), "trustee public key");
      if (check instanceof Check.Fail f) {
        return Optional.of(Refusal.of("voting.proof-invalid", f.why()));
      }
      elections.publish(e.sessionId(), self.index(), TrusteeMessage.PUBLIC_KEY, key.write());
      fix(e, new Trustees(List.of(new TrusteeKind.Single(key))));
      return Optional.empty();
    });
  }

  @Transactional
  public Outcome<TrusteeState> submitCertificate(String token, String json) {
    return submit(token, "certificate", (e, self, all) -> {
      SignedMessage cert = SignedMessage.parse(json, e.group());
      List<SignedMessage> mine = new ArrayList<>();
      for (TrusteeRecord t : all) {
        if (t.certificate() != null) {
          mine.add(SignedMessage.parse(t.certificate(), e.group()));
        }
      }
      mine.add(cert);
      Check check = PedersenSetup.checkCertificates(e.group(), mine);
      if (check instanceof Check.Fail f) {
        return Optional.of(Refusal.of("voting.certificate-invalid", f.why()));
      }
      elections.publish(e.sessionId(), self.index(), TrusteeMessage.CERTIFICATE, cert.write());
      return Optional.empty();
    });
  }

  @Transactional
  public Outcome<TrusteeState> submitPolynomial(String token, String json) {
    return submit(token, "polynomial", (e, self, all) -> {
      Polynomial polynomial = Polynomial.parse(json, e.group());
      Check check = PedersenSetup.checkPolynomial(e.group(), certificates(e.group(), all),
          self.index() - 1, polynomial);
      if (check instanceof Check.Fail f) {
        return Optional.of(Refusal.of("voting.polynomial-invalid", f.why()));
      }
      int expected = e.threshold();
      int degree = polynomialThreshold(polynomial);
      if (degree != expected) {
        return Optional.of(Refusal.of("voting.polynomial-invalid",
            "threshold " + degree + ", expected " + expected));
      }
      elections.publish(e.sessionId(), self.index(), TrusteeMessage.POLYNOMIAL,
          polynomial.write());
      return Optional.empty();
    });
  }

  @Transactional
  public Outcome<TrusteeState> submitVoutput(String token, String json) {
    return submit(token, "voutput", (e, self, all) -> {
      Voutput voutput = Voutput.parse(json, e.group());
      List<SignedMessage> certs = certificates(e.group(), all);
      List<Polynomial> polys = polynomials(e.group(), all);
      Check check = PedersenSetup.checkVoutput(e.group(), certs, polys, self.index() - 1,
          voutput);
      if (check instanceof Check.Fail f) {
        return Optional.of(Refusal.of("voting.voutput-invalid", f.why()));
      }
      elections.publish(e.sessionId(), self.index(), TrusteeMessage.VOUTPUT, voutput.write());
      List<Voutput> voutputs = new ArrayList<>();
      for (TrusteeRecord t : all) {
        voutputs.add(t.index() == self.index() ? voutput
            : t.voutput() == null ? null : Voutput.parse(t.voutput(), e.group()));
      }
      if (voutputs.stream().allMatch(Objects::nonNull)) {
        ThresholdParameters parameters = PedersenSetup.thresholdParameters(e.group(), certs,
            polys, voutputs);
        fix(e, new Trustees(List.of(new TrusteeKind.Pedersen(parameters))));
      }
      return Optional.empty();
    });
  }

  /** One ceremony message: checked at the right step under the election's lock, then stored. */
  private Outcome<TrusteeState> submit(String token, String expectedStep, Step body) {
    Optional<TrusteeRecord> me = trustee(token);
    if (me.isEmpty()) {
      return Outcome.notFound("voting.no-link");
    }
    ElectionRecord e = elections.lock(me.get().sessionId()).orElseThrow();
    List<TrusteeRecord> all = elections.trustees(e.sessionId());
    TrusteeRecord self = all.get(me.get().index() - 1);
    String step = step(e, self, all);
    if (!step.equals(expectedStep)) {
      return Outcome.conflict("voting.wrong-step", step);
    }
    Optional<Refusal> refusal;
    try {
      refusal = body.run(e, self, all);
    } catch (TrusteeCheckException ex) {
      refusal = Optional.of(Refusal.of("voting." + expectedStep + "-invalid", ex.getMessage()));
    } catch (JsonFormatException | IllegalArgumentException ex) {
      refusal = Optional.of(Refusal.of("voting.malformed", ex.getMessage()));
    }
    if (refusal.isPresent()) {
      return Outcome.invalid(refusal.get());
    }
    return Outcome.done(state(token).orElseThrow());
  }

  @FunctionalInterface
  private interface Step {
    Optional<Refusal> run(ElectionRecord e, TrusteeRecord self, List<TrusteeRecord> all);
  }

  /** Fixes the public key: writes the election from the session and its subjects. */
  private void fix(ElectionRecord e, Trustees trustees) {
    VoteSession session = sessions.find(e.sessionId()).orElseThrow();
    Election election = electionOf(session.details(), sessions.subjects(e.sessionId()),
        e.group(), trustees.publicKey(e.group()), e.uuid());
    elections.fixKey(e.sessionId(), ElectionJson.toBytes(election),
        trustees.write().getBytes(StandardCharsets.UTF_8), election.fingerprint());
  }

  /** One homomorphic question per subject: high / confident / low, one of them, blank if allowed. */
  static Election electionOf(SessionDetails details, List<Subject> subjects, Group group,
      java.math.BigInteger publicKey, String uuid) {
    List<Question> questions = subjects.stream()
        .map(s -> new Question(ANSWERS, details.blankAllowed() ? Boolean.TRUE : null, 1, 1,
            s.fullName() + " — " + s.position()))
        .toList();
    return new Election(1, details.organisation(), details.title(), group, publicKey, questions,
        uuid, null, null);
  }

  private static List<SignedMessage> certificates(Group group, List<TrusteeRecord> all) {
    return all.stream().map(t -> SignedMessage.parse(t.certificate(), group)).toList();
  }

  private static List<Polynomial> polynomials(Group group, List<TrusteeRecord> all) {
    return all.stream().map(t -> Polynomial.parse(t.polynomial(), group)).toList();
  }

  private static List<Vinput> vinputs(Group group, List<TrusteeRecord> all) {
    return PedersenSetup.vinputs(group, certificates(group, all), polynomials(group, all));
  }

  /** k of a polynomial: the number of coefficient commitments it signs. */
  private static int polynomialThreshold(Polynomial p) {
    return vn.tinnhiem.crypto.json.JsonParser.parse(p.coefexps().message()).asObject()
        .get("coefexps").asArray().size();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }
}
