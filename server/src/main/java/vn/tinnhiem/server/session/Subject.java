package vn.tinnhiem.server.session;

import vn.tinnhiem.server.system.Names;

/**
 * A subject: a person voted on, in one post, at a place on the ballot.
 *
 * @param id        database id
 * @param sessionId its session
 * @param ordinal   row on the ballot, from 1
 * @param fullName  full name
 * @param position  the post voted on, e.g. "Bí thư"
 * @param memberId  the same person among the summoned members, or {@code null}
 */
public record Subject(long id, long sessionId, int ordinal, String fullName, String position,
    Long memberId) {

  public static final int MAX_NAME = 200;
  public static final int MAX_POSITION = 200;

  public Subject {
    fullName = Names.require(fullName, "subject name", MAX_NAME);
    position = Names.require(position, "position", MAX_POSITION);
    if (ordinal < 1) {
      throw new IllegalArgumentException("subject ordinal must be positive");
    }
  }
}
