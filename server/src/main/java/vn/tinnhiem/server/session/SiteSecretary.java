package vn.tinnhiem.server.session;

import java.util.Objects;

/**
 * A SITE_SECRETARY account tied to one site of a session.
 *
 * @param sessionId the session
 * @param siteId    the one site this account sees and edits
 * @param username  the account
 */
public record SiteSecretary(long sessionId, long siteId, String username) {

  public SiteSecretary {
    Objects.requireNonNull(username, "username");
  }
}
