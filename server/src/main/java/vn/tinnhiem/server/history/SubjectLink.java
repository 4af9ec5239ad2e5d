package vn.tinnhiem.server.history;

import java.util.List;
import vn.tinnhiem.server.session.Subject;

/**
 * A subject of a session and who they are across sessions.
 *
 * @param subject    the subject
 * @param unit       their unit when they are also a summoned member, else {@code ""}
 * @param person     the person linked, or {@code null}
 * @param candidates people with the same name, not linked yet: the secretary confirms one
 */
public record SubjectLink(Subject subject, String unit, Person person,
    List<Candidate> candidates) {

  public SubjectLink {
    candidates = List.copyOf(candidates);
  }

  /**
   * A person who may be this subject.
   *
   * @param person     the person
   * @param sameUnit   whether the units match too (the likelier match)
   * @param rounds     how many rounds they have
   */
  public record Candidate(Person person, boolean sameUnit, int rounds) {}
}
