package vn.tinnhiem.server.session;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One entry of a session's correction log.
 *
 * @param id        database id
 * @param sessionId the session
 * @param madeAt    when
 * @param madeBy    who (username)
 * @param field     what was changed
 * @param targetId  which item: the session, member, subject or site id
 * @param oldValue  the value before
 * @param newValue  the value after
 * @param reason    why, as the secretary wrote it
 */
public record Correction(long id, long sessionId, OffsetDateTime madeAt, String madeBy,
    CorrectionField field, long targetId, String oldValue, String newValue, String reason) {

  public static final int MAX_REASON = 1000;

  public Correction {
    Objects.requireNonNull(madeAt, "madeAt");
    Objects.requireNonNull(madeBy, "madeBy");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(oldValue, "oldValue");
    Objects.requireNonNull(newValue, "newValue");
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("a correction needs a reason");
    }
  }
}
