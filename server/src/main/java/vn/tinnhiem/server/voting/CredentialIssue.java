package vn.tinnhiem.server.voting;

import java.math.BigInteger;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tinnhiem.crypto.json.JsonFormatException;
import vn.tinnhiem.server.roll.RollService;
import vn.tinnhiem.server.roll.VotingOpening;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.SessionStatus;
import vn.tinnhiem.server.session.VoteSession;
import vn.tinnhiem.server.system.Outcome;
import vn.tinnhiem.server.system.Refusal;

/**
 * Credential slips per site (specification 4.8): the browser of a counting-board member makes
 * one credential per present voter and uploads only the public credentials, which this checks
 * and keeps. A site gets its credentials once; they can be voided only before the box opens.
 */
@Service
public class CredentialIssue {

  /** Far above any conference; bounds the work one request can cause. */
  static final int MAX_PER_SITE = 5_000;

  private final SessionService sessions;
  private final RollService roll;
  private final ElectionRepository elections;
  private final CredentialRepository credentials;
  private final Clock clock;

  CredentialIssue(SessionService sessions, RollService roll, ElectionRepository elections,
      CredentialRepository credentials, Clock clock) {
    this.sessions = sessions;
    this.roll = roll;
    this.elections = elections;
    this.credentials = credentials;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Outcome<SiteCredentials> state(long sessionId, long siteId) {
    Optional<ElectionRecord> e = elections.find(sessionId);
    if (e.isEmpty()) {
      return Outcome.notFound("voting.no-election");
    }
    if (sessions.site(sessionId, siteId).isEmpty()) {
      return Outcome.notFound("voting.no-site", siteId);
    }
    Optional<VotingOpening> opening = roll.opening(sessionId);
    if (opening.isEmpty()) {
      return Outcome.conflict("voting.quorum-first");
    }
    return Outcome.done(new SiteCredentials(e.get().uuid(), e.get().group().name(),
        opening.get().presentBySite().getOrDefault(siteId, 0),
        credentials.issued(sessionId, siteId).orElse(0)));
  }

  /** Keeps a site's public credentials: exactly one per present voter, each a group element. */
  @Transactional
  public Outcome<Integer> upload(long sessionId, long siteId, List<String> publicCredentials,
      String by) {
    Optional<VoteSession> session = sessions.lock(sessionId);
    Optional<ElectionRecord> e = elections.lock(sessionId);
    if (session.isEmpty() || e.isEmpty()) {
      return Outcome.notFound("voting.no-election");
    }
    Outcome<SiteCredentials> state = state(sessionId, siteId);
    if (!(state instanceof Outcome.Done<SiteCredentials> done)) {
      return ((Outcome.Refused<SiteCredentials>) state).cast();
    }
    if (session.get().status() != SessionStatus.VOTING) {
      return Outcome.conflict("voting.quorum-first");
    }
    if (e.get().state() != ElectionState.KEYS && e.get().state() != ElectionState.READY) {
      return Outcome.conflict("voting.voting-started");
    }
    if (done.value().issued() > 0) {
      return Outcome.conflict("voting.already-issued", done.value().issued());
    }
    int present = done.value().present();
    if (publicCredentials == null || publicCredentials.size() != present
        || present > MAX_PER_SITE) {
      return Outcome.invalid(Refusal.of("voting.count",
          publicCredentials == null ? 0 : publicCredentials.size(), present));
    }
    List<String> canonical = new ArrayList<>(present);
    for (String c : publicCredentials) {
      try {
        BigInteger x = e.get().group().parseElement(c);
        canonical.add(x.toString());
      } catch (JsonFormatException | NullPointerException ex) {
        return Outcome.invalid(Refusal.of("voting.not-element"));
      }
    }
    if (new HashSet<>(canonical).size() != canonical.size()
        || credentials.anyOf(sessionId, canonical)) {
      return Outcome.invalid(Refusal.of("voting.duplicate-credential"));
    }
    // Stored sorted: the order must not hint at who got which slip.
    canonical.sort(java.util.Comparator.comparing(BigInteger::new));
    credentials.insert(sessionId, siteId, canonical, by, now());
    return Outcome.done(canonical.size());
  }

  /** Voids a site's credentials (slips lost or spoiled) so they can be made again. */
  @Transactional
  public Outcome<Integer> voidSite(long sessionId, long siteId, String by) {
    Optional<ElectionRecord> e = elections.lock(sessionId);
    if (e.isEmpty()) {
      return Outcome.notFound("voting.no-election");
    }
    if (e.get().state() != ElectionState.KEYS && e.get().state() != ElectionState.READY) {
      return Outcome.conflict("voting.voting-started");
    }
    Optional<Integer> issued = credentials.issued(sessionId, siteId);
    if (issued.isEmpty()) {
      return Outcome.notFound("voting.none-issued");
    }
    credentials.voidSite(sessionId, siteId, issued.get(), by, now());
    return Outcome.done(issued.get());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }
}
