package vn.tinnhiem.server.session;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A vote session (one conference).
 *
 * @param id        database id
 * @param details   what the secretary set
 * @param status    where the conference is
 * @param createdBy username of the creator
 * @param createdAt when it was created
 */
public record VoteSession(long id, SessionDetails details, SessionStatus status, String createdBy,
    OffsetDateTime createdAt) {

  public VoteSession {
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** Whether the set-up (details, sites, members, subjects, exclusions) may still be edited. */
  public boolean editable() {
    return status == SessionStatus.DRAFT;
  }
}
