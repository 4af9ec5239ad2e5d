package vn.tinnhiem.server.history;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tinnhiem.server.account.Role;
import vn.tinnhiem.server.session.Member;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.Subject;
import vn.tinnhiem.server.session.VoteSession;
import vn.tinnhiem.server.system.Names;
import vn.tinnhiem.server.system.Outcome;
import vn.tinnhiem.server.tally.Results;
import vn.tinnhiem.server.tally.SubjectResult;

/**
 * Who is who across sessions, each person's rounds, and who may read them. Linking is always
 * the secretary's act: a name match is only offered, since namesakes are common.
 */
@Service
public class HistoryService {

  /** Always allowed to read the history; the secretary adds others. */
  static final Set<Role> ALWAYS = EnumSet.of(Role.ADMIN, Role.SECRETARY);
  /** Never: participants read their own sessions only. */
  static final Set<Role> NEVER = EnumSet.of(Role.PARTICIPANT);

  private final HistoryRepository repo;
  private final SessionService sessions;
  private final SessionResults results;
  private final Clock clock;

  HistoryService(HistoryRepository repo, SessionService sessions, SessionResults results,
      Clock clock) {
    this.repo = repo;
    this.sessions = sessions;
    this.results = results;
    this.clock = clock;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }

  // ------------------------------------------------------------------ links

  /** Each subject of the session with its person, or the people it may be. */
  @Transactional(readOnly = true)
  public List<SubjectLink> links(long sessionId) {
    Map<Long, Long> linked = repo.links(sessionId);
    Map<Long, Integer> rounds = repo.roundCounts();
    List<SubjectLink> out = new ArrayList<>();
    for (Subject subject : sessions.subjects(sessionId)) {
      String unit = unitOf(sessionId, subject);
      Long personId = linked.get(subject.id());
      if (personId != null) {
        out.add(new SubjectLink(subject, unit, repo.person(personId).orElseThrow(), List.of()));
        continue;
      }
      List<SubjectLink.Candidate> candidates = repo.namesakes(subject.fullName()).stream()
          .map(p -> new SubjectLink.Candidate(p,
              !unit.isEmpty() && Names.key(unit).equals(Names.key(p.unit())),
              rounds.getOrDefault(p.id(), 0)))
          .sorted((a, b) -> Boolean.compare(b.sameUnit(), a.sameUnit()))
          .toList();
      out.add(new SubjectLink(subject, unit, null, candidates));
    }
    return out;
  }

  private String unitOf(long sessionId, Subject subject) {
    if (subject.memberId() == null) {
      return "";
    }
    return sessions.member(sessionId, subject.memberId()).map(Member::unit).orElse("");
  }

  /** Confirms that the subject is this person. */
  @Transactional
  public Outcome<Person> link(long sessionId, long subjectId, long personId, String by) {
    Optional<Subject> subject = subject(sessionId, subjectId);
    if (subject.isEmpty()) {
      return Outcome.notFound("subject.notFound");
    }
    Optional<Person> person = repo.person(personId);
    if (person.isEmpty()) {
      return Outcome.notFound("history.person.notFound");
    }
    if (!Names.key(person.get().fullName()).equals(Names.key(subject.get().fullName()))) {
      return Outcome.conflict("history.link.otherName", subject.get().fullName(),
          person.get().fullName());
    }
    repo.link(subjectId, personId, by, now());
    return Outcome.done(person.get());
  }

  /** The subject is someone not seen before: a new person, named as the subject is. */
  @Transactional
  public Outcome<Person> newPerson(long sessionId, long subjectId, String by) {
    Optional<Subject> subject = subject(sessionId, subjectId);
    if (subject.isEmpty()) {
      return Outcome.notFound("subject.notFound");
    }
    long id = repo.insertPerson(subject.get().fullName(), unitOf(sessionId, subject.get()), by,
        now());
    repo.link(subjectId, id, by, now());
    return Outcome.done(repo.person(id).orElseThrow());
  }

  @Transactional
  public Outcome<Subject> unlink(long sessionId, long subjectId) {
    Optional<Subject> subject = subject(sessionId, subjectId);
    if (subject.isEmpty()) {
      return Outcome.notFound("subject.notFound");
    }
    repo.unlink(subjectId);
    return Outcome.done(subject.get());
  }

  private Optional<Subject> subject(long sessionId, long subjectId) {
    return sessions.subjects(sessionId).stream().filter(s -> s.id() == subjectId).findFirst();
  }

  // ---------------------------------------------------------------- reading

  @Transactional(readOnly = true)
  public List<Person> people() {
    return repo.people();
  }

  @Transactional(readOnly = true)
  public Map<Long, Integer> roundCounts() {
    return repo.roundCounts();
  }

  @Transactional(readOnly = true)
  public Optional<Person> person(long personId) {
    return repo.person(personId);
  }

  /** Every round of the person, oldest first, with the result where announced. */
  @Transactional(readOnly = true)
  public List<Round> rounds(long personId) {
    Map<Long, Optional<Results>> announced = new HashMap<>();
    List<Round> out = new ArrayList<>();
    for (HistoryRepository.Linked linked : repo.rounds(personId)) {
      VoteSession session = sessions.find(linked.sessionId()).orElseThrow();
      Subject subject = subject(linked.sessionId(), linked.subjectId()).orElseThrow();
      SubjectResult result = announced
          .computeIfAbsent(linked.sessionId(), results::announced)
          .flatMap(r -> r.subjects().stream().filter(s -> s.order() == subject.ordinal())
              .findFirst())
          .orElse(null);
      out.add(new Round(session.id(), session.details().title(),
          session.details().organisation(), session.details().heldOn(), session.status(),
          subject.position(), result, session.details().base().columnKey()));
    }
    return out;
  }

  // ----------------------------------------------------------------- access

  /** The roles the secretary allowed, besides ADMIN and SECRETARY who always may. */
  @Transactional(readOnly = true)
  public Set<Role> readers() {
    return repo.readers();
  }

  @Transactional(readOnly = true)
  public boolean mayRead(Role role) {
    return ALWAYS.contains(role) || (!NEVER.contains(role) && repo.readers().contains(role));
  }

  @Transactional
  public Set<Role> allowReaders(Set<Role> roles, String by) {
    Set<Role> stored = EnumSet.noneOf(Role.class);
    roles.stream().filter(r -> !ALWAYS.contains(r) && !NEVER.contains(r)).forEach(stored::add);
    repo.replaceReaders(stored, by, now());
    return stored;
  }

  /** Roles the secretary may allow or not. */
  public static List<Role> grantable() {
    return EnumSet.complementOf(EnumSet.copyOf(ALWAYS)).stream()
        .filter(r -> !NEVER.contains(r)).toList();
  }
}
