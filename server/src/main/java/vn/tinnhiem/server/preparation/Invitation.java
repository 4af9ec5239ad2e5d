package vn.tinnhiem.server.preparation;

import java.time.OffsetDateTime;

/**
 * A one-time invitation (the link itself is never stored, only its hash).
 *
 * @param tokenHash SHA-256 of the link's token
 * @param sessionId the session
 * @param memberId  for a summoned member, or {@code null}
 * @param subjectId for a subject, or {@code null}
 * @param createdAt when made
 * @param expiresAt when it stops working
 * @param usedAt    when used, or {@code null}
 * @param usedBy    the account it made or joined, or {@code null}
 */
public record Invitation(String tokenHash, long sessionId, Long memberId, Long subjectId,
    OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime usedAt, String usedBy) {

  public boolean used() {
    return usedAt != null;
  }
}
