package vn.tinnhiem.server.session;

import java.util.Objects;
import vn.tinnhiem.server.system.Names;

/**
 * A person holding a post who is not voted on this time.
 *
 * @param id        database id
 * @param sessionId its session
 * @param fullName  full name
 * @param position  the post
 * @param reason    why excluded
 * @param note      free text, e.g. the decision's number; empty when none
 */
public record Exclusion(long id, long sessionId, String fullName, String position,
    ExclusionReason reason, String note) {

  public static final int MAX_NOTE = 500;

  public Exclusion {
    fullName = Names.require(fullName, "excluded name", Subject.MAX_NAME);
    position = Names.require(position, "position", Subject.MAX_POSITION);
    Objects.requireNonNull(reason, "reason");
    note = note == null ? "" : Names.clean(note);
    if (note.length() > MAX_NOTE) {
      throw new IllegalArgumentException("note longer than " + MAX_NOTE);
    }
  }
}
