package vn.tinnhiem.server.session;

import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.tinnhiem.server.account.AccountUser;
import vn.tinnhiem.server.account.Role;

/**
 * Per-request checks on top of the role matrix: a site secretary sees only
 * the sessions they serve, and only their own site there. For controllers:
 * throws 404 or 403, the way the web layer answers.
 */
@Component
public class SessionAccess {

  private final SessionService sessions;

  SessionAccess(SessionService sessions) {
    this.sessions = sessions;
  }

  /** The session, if this user may see it: 404 when it does not exist, 403 when not theirs. */
  public VoteSession readable(AccountUser user, long sessionId) {
    VoteSession session = sessions.find(sessionId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    if (user.getRole() == Role.SITE_SECRETARY
        && sessions.siteSecretary(sessionId, user.getUsername()).isEmpty()) {
      throw new AccessDeniedException("not a site secretary of session " + sessionId);
    }
    return session;
  }

  /** The one site a site secretary may see; empty for roles that see every site. */
  public Optional<Long> ownSite(AccountUser user, long sessionId) {
    if (user.getRole() != Role.SITE_SECRETARY) {
      return Optional.empty();
    }
    return Optional.of(sessions.siteSecretary(sessionId, user.getUsername())
        .orElseThrow(() -> new AccessDeniedException("not a site secretary of this session"))
        .siteId());
  }

  /** 403 unless this user may see and act for that site. */
  public void requireSite(AccountUser user, long sessionId, long siteId) {
    Optional<Long> own = ownSite(user, sessionId);
    if (own.isPresent() && own.get() != siteId) {
      throw new AccessDeniedException("site " + siteId + " is not this site secretary's site");
    }
  }
}
