package vn.tinnhiem.server.ceremony;

import java.time.OffsetDateTime;
import java.util.Objects;
import vn.tinnhiem.server.session.Member;

/**
 * A member of the counting board.
 *
 * @param member    the summoned member elected
 * @param role      their role on the board
 * @param electedAt when the election was recorded
 */
public record BoardMember(Member member, BoardRole role, OffsetDateTime electedAt) {

  public BoardMember {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(electedAt, "electedAt");
  }
}
