package vn.tinnhiem.server.preparation;

import java.util.Objects;
import java.util.Set;
import vn.tinnhiem.server.account.Role;

/**
 * Who is looking at a session's preparation, and as what.
 *
 * @param username   the account
 * @param role       its role
 * @param memberIds  the summoned members this account is in the session (participants)
 * @param subjectIds the subjects this account is in the session (participants)
 */
public record Viewer(String username, Role role, Set<Long> memberIds, Set<Long> subjectIds) {

  public Viewer {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(role, "role");
    memberIds = Set.copyOf(memberIds);
    subjectIds = Set.copyOf(subjectIds);
  }

  /** The secretary or an administrator: sees and manages everything, askers included. */
  public boolean organiser() {
    return role == Role.ADMIN || role == Role.SECRETARY;
  }

  /** A voter of the session (a summoned member with an account). */
  public boolean voter() {
    return !memberIds.isEmpty();
  }

  public boolean isSubject(long subjectId) {
    return subjectIds.contains(subjectId);
  }

  public boolean subject() {
    return !subjectIds.isEmpty();
  }

  /** Reads released dossiers and every question: voters and observers. */
  boolean readsReleased() {
    return voter() || role == Role.OBSERVER;
  }
}
