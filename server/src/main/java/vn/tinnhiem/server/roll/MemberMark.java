package vn.tinnhiem.server.roll;

import java.util.Objects;
import vn.tinnhiem.server.session.Member;

/**
 * A summoned member and their mark.
 *
 * @param member the member
 * @param mark   their mark, or {@code null} when not marked yet
 */
public record MemberMark(Member member, Mark mark) {

  public MemberMark {
    Objects.requireNonNull(member, "member");
  }
}
