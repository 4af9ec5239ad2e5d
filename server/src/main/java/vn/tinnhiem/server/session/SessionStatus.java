package vn.tinnhiem.server.session;

import java.util.Optional;

/** Where a session is in the conference, in this order only. */
public enum SessionStatus {
  /** Being prepared: set-up can be edited. */
  DRAFT,
  /** Conference opened: roll call at the sites, counting board elected. Set-up frozen. */
  OPEN,
  /** Quorum reached and recorded: ballots issued and cast. */
  VOTING,
  /** Ballot boxes closed: the counting board counts. */
  COUNTING,
  /** Counting closed: counts are final. */
  CLOSED;

  /** The status that follows this one, if any. */
  public Optional<SessionStatus> next() {
    SessionStatus[] all = values();
    return ordinal() + 1 < all.length ? Optional.of(all[ordinal() + 1]) : Optional.empty();
  }
}
