package vn.tinnhiem.server.live;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tinnhiem.server.links.SecretLinks;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.system.Outcome;

/**
 * The projector's secret link. The room's screen needs no account (nobody signs in on a
 * shared computer in front of the room); the link shows only what the room sees anyway, read
 * only, and a new link revokes the old one.
 */
@Service
public class ProjectorLinks {

  private final ProjectorRepository repo;
  private final SessionService sessions;
  private final Clock clock;

  ProjectorLinks(ProjectorRepository repo, SessionService sessions, Clock clock) {
    this.repo = repo;
    this.sessions = sessions;
    this.clock = clock;
  }

  /** A new link for the session (the old one stops working); the token is shown once. */
  @Transactional
  public Outcome<String> renew(long sessionId, String by) {
    if (sessions.find(sessionId).isEmpty()) {
      return Outcome.notFound("session.notFound", sessionId);
    }
    String token = SecretLinks.generate();
    repo.replace(sessionId, SecretLinks.hash(token), by,
        OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
    return Outcome.done(token);
  }

  /** The session a token opens, if any. */
  @Transactional(readOnly = true)
  public Optional<Long> session(String token) {
    if (!SecretLinks.wellFormed(token)) {
      return Optional.empty();
    }
    return repo.sessionOf(SecretLinks.hash(token));
  }

  /** When the current link was made, if there is one. */
  @Transactional(readOnly = true)
  public Optional<OffsetDateTime> createdAt(long sessionId) {
    return repo.createdAt(sessionId);
  }
}
