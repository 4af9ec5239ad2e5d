package vn.tinnhiem.server.session;

import static vn.tinnhiem.server.system.Refusal.label;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.tinnhiem.server.account.AccountService;
import vn.tinnhiem.server.account.Role;
import vn.tinnhiem.server.account.StaffAccount;
import vn.tinnhiem.server.system.Names;
import vn.tinnhiem.server.system.Outcome;
import vn.tinnhiem.server.system.Refusal;
import vn.tinnhiem.server.system.SessionChanged;

/**
 * Vote sessions and their set-up. Every change checks the rules first and
 * either stores all of it or nothing: set-up changes only in
 * {@link SessionStatus#DRAFT}; afterwards only logged corrections.
 * Other features read sessions here and move the status with
 * {@link #advance}, after taking the session's lock with {@link #lock}.
 */
@Service
public class SessionService {

  private final SessionRepository repo;
  private final AccountService accounts;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  SessionService(SessionRepository repo, AccountService accounts, Clock clock,
      ApplicationEventPublisher events) {
    this.repo = repo;
    this.accounts = accounts;
    this.clock = clock;
    this.events = events;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }

  // ------------------------------------------------------------------ reads

  @Transactional(readOnly = true)
  public List<VoteSession> list() {
    return repo.findAll();
  }

  /** The sessions where this account is a site secretary. */
  @Transactional(readOnly = true)
  public List<VoteSession> listForSiteSecretary(String username) {
    return repo.findAllOfSiteSecretary(username);
  }

  @Transactional(readOnly = true)
  public Optional<VoteSession> find(long sessionId) {
    return repo.find(sessionId);
  }

  /**
   * Reads the session and locks it until the caller's transaction ends, so
   * that a status change and the writes that depend on the status never
   * interleave. Must run inside the caller's transaction.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Optional<VoteSession> lock(long sessionId) {
    return repo.lock(sessionId);
  }

  @Transactional(readOnly = true)
  public List<Site> sites(long sessionId) {
    return repo.sites(sessionId);
  }

  @Transactional(readOnly = true)
  public Optional<Site> site(long sessionId, long siteId) {
    return repo.sites(sessionId).stream().filter(s -> s.id() == siteId).findFirst();
  }

  /** Members in site order, then in the order entered. */
  @Transactional(readOnly = true)
  public List<Member> members(long sessionId) {
    return repo.members(sessionId);
  }

  @Transactional(readOnly = true)
  public List<Member> membersAt(long sessionId, long siteId) {
    return repo.members(sessionId).stream().filter(m -> m.siteId() == siteId).toList();
  }

  @Transactional(readOnly = true)
  public Optional<Member> member(long sessionId, long memberId) {
    return repo.members(sessionId).stream().filter(m -> m.id() == memberId).findFirst();
  }

  /** Subjects in ballot order. */
  @Transactional(readOnly = true)
  public List<Subject> subjects(long sessionId) {
    return repo.subjects(sessionId);
  }

  @Transactional(readOnly = true)
  public List<Exclusion> exclusions(long sessionId) {
    return repo.exclusions(sessionId);
  }

  @Transactional(readOnly = true)
  public List<SiteSecretary> siteSecretaries(long sessionId) {
    return repo.siteSecretaries(sessionId);
  }

  /** The site this account is secretary of in the session, if any. */
  @Transactional(readOnly = true)
  public Optional<SiteSecretary> siteSecretary(long sessionId, String username) {
    return repo.siteSecretary(sessionId, username);
  }

  @Transactional(readOnly = true)
  public List<Correction> corrections(long sessionId) {
    return repo.corrections(sessionId);
  }

  /** When the session entered that status, if it has. */
  @Transactional(readOnly = true)
  public Optional<OffsetDateTime> enteredAt(long sessionId, SessionStatus status) {
    return repo.statusChangedAt(sessionId, status);
  }

  /**
   * Whether the member is voted on: linked to a subject, or with the same
   * name as a subject (a namesake is refused too, the safe side, since the
   * counting board must not include anyone voted on).
   */
  @Transactional(readOnly = true)
  public boolean isSubject(long sessionId, long memberId) {
    Optional<Member> member = member(sessionId, memberId);
    if (member.isEmpty()) {
      return false;
    }
    String key = Names.key(member.get().fullName());
    return repo.subjects(sessionId).stream().anyMatch(s ->
        Objects.equals(s.memberId(), memberId) || Names.key(s.fullName()).equals(key));
  }

  // ---------------------------------------------------------------- session

  @Transactional
  public Outcome<VoteSession> create(SessionDetails details, String by) {
    long id = repo.insert(details, by, now());
    repo.updateStatus(id, SessionStatus.DRAFT, by, now());
    return Outcome.done(repo.find(id).orElseThrow());
  }

  @Transactional
  public Outcome<VoteSession> update(long sessionId, SessionDetails details) {
    return inDraft(sessionId, session -> {
      repo.update(sessionId, details);
      return Outcome.done(repo.find(sessionId).orElseThrow());
    });
  }

  /**
   * Opens the conference: DRAFT to OPEN, roll call starts and the set-up is
   * frozen. Needs at least one site, every site with members, and at least
   * one subject.
   */
  @Transactional
  public Outcome<VoteSession> open(long sessionId, String by) {
    return inDraft(sessionId, session -> {
      List<Refusal> problems = new ArrayList<>();
      List<Site> sites = repo.sites(sessionId);
      List<Member> members = repo.members(sessionId);
      if (sites.isEmpty()) {
        problems.add(Refusal.of("session.open.noSites"));
      }
      for (Site site : sites) {
        if (members.stream().noneMatch(m -> m.siteId() == site.id())) {
          problems.add(Refusal.of("session.open.emptySite", site.name()));
        }
      }
      if (repo.subjects(sessionId).isEmpty()) {
        problems.add(Refusal.of("session.open.noSubjects"));
      }
      if (!problems.isEmpty()) {
        return new Outcome.Refused<>(Outcome.Kind.CONFLICT, problems);
      }
      repo.updateStatus(sessionId, SessionStatus.OPEN, by, now());
      events.publishEvent(new SessionChanged(sessionId, "status"));
      return Outcome.done(repo.find(sessionId).orElseThrow());
    });
  }

  /**
   * Moves the session from {@code from} to the next status. The caller has
   * checked its own preconditions (quorum, counts) under {@link #lock}.
   * Opening from DRAFT goes through {@link #open} instead.
   */
  @Transactional
  public Outcome<VoteSession> advance(long sessionId, SessionStatus from, String by) {
    if (from == SessionStatus.DRAFT) {
      return open(sessionId, by);
    }
    Optional<VoteSession> found = repo.lock(sessionId);
    if (found.isEmpty()) {
      return Outcome.notFound("session.notFound", sessionId);
    }
    SessionStatus status = found.get().status();
    Optional<SessionStatus> to = from.next();
    if (status != from || to.isEmpty()) {
      return Outcome.conflict("session.wrongStatus", label("status." + status),
          label("status." + from));
    }
    repo.updateStatus(sessionId, to.get(), by, now());
    events.publishEvent(new SessionChanged(sessionId, "status"));
    return Outcome.done(repo.find(sessionId).orElseThrow());
  }

  // ------------------------------------------------------------------ sites

  @Transactional
  public Outcome<Site> addSite(long sessionId, String name) {
    return inDraft(sessionId, session -> {
      Optional<Refusal> bad = text("name", name, Site.MAX_NAME);
      if (bad.isPresent()) {
        return Outcome.invalid(bad.get());
      }
      String key = Names.key(name);
      if (repo.sites(sessionId).stream().anyMatch(s -> Names.key(s.name()).equals(key))) {
        return Outcome.invalid(Refusal.field("name", "site.duplicate", Names.clean(name)));
      }
      long id = repo.insertSite(sessionId, Names.clean(name));
      return Outcome.done(site(sessionId, id).orElseThrow());
    });
  }

  @Transactional
  public Outcome<Site> removeSite(long sessionId, long siteId) {
    return inDraft(sessionId, session -> {
      Optional<Site> site = site(sessionId, siteId);
      if (site.isEmpty()) {
        return Outcome.notFound("site.notFound");
      }
      if (repo.members(sessionId).stream().anyMatch(m -> m.siteId() == siteId)) {
        return Outcome.conflict("site.hasMembers", site.get().name());
      }
      repo.deleteSite(siteId);
      return Outcome.done(site.get());
    });
  }

  // ---------------------------------------------------------------- members

  @Transactional
  public Outcome<Member> addMember(long sessionId, long siteId, String fullName, String unit) {
    return inDraft(sessionId, session -> {
      List<Refusal> problems = new ArrayList<>();
      text("fullName", fullName, Member.MAX_NAME).ifPresent(problems::add);
      text("unit", unit, Member.MAX_UNIT).ifPresent(problems::add);
      if (site(sessionId, siteId).isEmpty()) {
        problems.add(Refusal.field("siteId", "member.unknownSite"));
      }
      if (problems.isEmpty() && personTaken(sessionId, fullName, unit, -1)) {
        problems.add(Refusal.field("fullName", "member.duplicate", Names.clean(fullName),
            Names.clean(unit)));
      }
      if (!problems.isEmpty()) {
        return Outcome.invalid(problems);
      }
      long id = repo.insertMember(sessionId, siteId, Names.clean(fullName), Names.clean(unit));
      return Outcome.done(member(sessionId, id).orElseThrow());
    });
  }

  private boolean personTaken(long sessionId, String fullName, String unit, long except) {
    String name = Names.key(fullName);
    String unitKey = Names.key(unit);
    return repo.members(sessionId).stream().anyMatch(m -> m.id() != except
        && Names.key(m.fullName()).equals(name) && Names.key(m.unit()).equals(unitKey));
  }

  @Transactional
  public Outcome<Member> removeMember(long sessionId, long memberId) {
    return inDraft(sessionId, session -> {
      Optional<Member> member = member(sessionId, memberId);
      if (member.isEmpty()) {
        return Outcome.notFound("member.notFound");
      }
      repo.deleteMember(memberId);
      return Outcome.done(member.get());
    });
  }

  // --------------------------------------------------------------- subjects

  /**
   * Adds a subject.
   *
   * @param ordinal  row on the ballot, or {@code null} for after the last
   * @param memberId the same person among the summoned members, or {@code null}
   */
  @Transactional
  public Outcome<Subject> addSubject(long sessionId, Integer ordinal, String fullName,
      String position, Long memberId) {
    return inDraft(sessionId, session -> {
      List<Refusal> problems = new ArrayList<>();
      text("fullName", fullName, Subject.MAX_NAME).ifPresent(problems::add);
      text("position", position, Subject.MAX_POSITION).ifPresent(problems::add);
      List<Subject> subjects = repo.subjects(sessionId);
      int row = ordinal != null ? ordinal
          : subjects.stream().mapToInt(Subject::ordinal).max().orElse(0) + 1;
      if (row < 1) {
        problems.add(Refusal.field("ordinal", "subject.badOrdinal"));
      } else if (subjects.stream().anyMatch(s -> s.ordinal() == row)) {
        problems.add(Refusal.field("ordinal", "subject.ordinalTaken", row));
      }
      if (memberId != null && member(sessionId, memberId).isEmpty()) {
        problems.add(Refusal.field("memberId", "subject.unknownMember"));
      }
      if (problems.isEmpty()) {
        subjectNameProblem(sessionId, fullName, position, -1).ifPresent(problems::add);
      }
      if (!problems.isEmpty()) {
        return Outcome.invalid(problems);
      }
      long id = repo.insertSubject(sessionId, row, Names.clean(fullName), Names.clean(position),
          memberId);
      return Outcome.done(repo.subjects(sessionId).stream().filter(s -> s.id() == id)
          .findFirst().orElseThrow());
    });
  }

  /** Same post twice, or a person who is excluded. */
  private Optional<Refusal> subjectNameProblem(long sessionId, String fullName, String position,
      long except) {
    String name = Names.key(fullName);
    String post = Names.key(position);
    if (repo.subjects(sessionId).stream().anyMatch(s -> s.id() != except
        && Names.key(s.fullName()).equals(name) && Names.key(s.position()).equals(post))) {
      return Optional.of(Refusal.field("fullName", "subject.duplicate", Names.clean(fullName),
          Names.clean(position)));
    }
    Optional<Exclusion> excluded = repo.exclusions(sessionId).stream()
        .filter(e -> Names.key(e.fullName()).equals(name)).findFirst();
    return excluded.map(e -> Refusal.field("fullName", "subject.excluded", e.fullName(),
        label("exclusion.reason." + e.reason())));
  }

  @Transactional
  public Outcome<Subject> removeSubject(long sessionId, long subjectId) {
    return inDraft(sessionId, session -> {
      Optional<Subject> subject = repo.subjects(sessionId).stream()
          .filter(s -> s.id() == subjectId).findFirst();
      if (subject.isEmpty()) {
        return Outcome.notFound("subject.notFound");
      }
      repo.deleteSubject(subjectId);
      return Outcome.done(subject.get());
    });
  }

  // ------------------------------------------------------------- exclusions

  @Transactional
  public Outcome<Exclusion> addExclusion(long sessionId, String fullName, String position,
      ExclusionReason reason, String note) {
    return inDraft(sessionId, session -> {
      List<Refusal> problems = new ArrayList<>();
      text("fullName", fullName, Subject.MAX_NAME).ifPresent(problems::add);
      text("position", position, Subject.MAX_POSITION).ifPresent(problems::add);
      if (reason == null) {
        problems.add(Refusal.field("reason", "NotNull"));
      }
      if (note != null && Names.clean(note).length() > Exclusion.MAX_NOTE) {
        problems.add(Refusal.field("note", "Size", "note", Exclusion.MAX_NOTE, 0));
      }
      if (problems.isEmpty()) {
        String name = Names.key(fullName);
        String post = Names.key(position);
        if (repo.subjects(sessionId).stream()
            .anyMatch(s -> Names.key(s.fullName()).equals(name))) {
          problems.add(Refusal.field("fullName", "exclusion.isSubject", Names.clean(fullName)));
        } else if (repo.exclusions(sessionId).stream().anyMatch(e ->
            Names.key(e.fullName()).equals(name) && Names.key(e.position()).equals(post))) {
          problems.add(Refusal.field("fullName", "exclusion.duplicate", Names.clean(fullName)));
        }
      }
      if (!problems.isEmpty()) {
        return Outcome.invalid(problems);
      }
      long id = repo.insertExclusion(sessionId, Names.clean(fullName), Names.clean(position),
          reason, note == null ? "" : Names.clean(note));
      return Outcome.done(repo.exclusions(sessionId).stream().filter(e -> e.id() == id)
          .findFirst().orElseThrow());
    });
  }

  @Transactional
  public Outcome<Exclusion> removeExclusion(long sessionId, long exclusionId) {
    return inDraft(sessionId, session -> {
      Optional<Exclusion> exclusion = repo.exclusions(sessionId).stream()
          .filter(e -> e.id() == exclusionId).findFirst();
      if (exclusion.isEmpty()) {
        return Outcome.notFound("exclusion.notFound");
      }
      repo.deleteExclusion(exclusionId);
      return Outcome.done(exclusion.get());
    });
  }

  // -------------------------------------------------------- site secretaries

  /**
   * Ties a SITE_SECRETARY account to one site of the session (moving it if
   * it was tied to another). Possible until the session is closed; after
   * DRAFT it needs a reason and goes into the correction log.
   */
  @Transactional
  public Outcome<SiteSecretary> assignSiteSecretary(long sessionId, long siteId, String username,
      String reason, String by) {
    return notClosed(sessionId, session -> {
      List<Refusal> problems = new ArrayList<>();
      Optional<Site> site = site(sessionId, siteId);
      if (site.isEmpty()) {
        problems.add(Refusal.field("siteId", "member.unknownSite"));
      }
      Optional<StaffAccount> account = username == null ? Optional.empty()
          : accounts.find(username);
      if (account.isEmpty() || !account.get().enabled()
          || account.get().role() != Role.SITE_SECRETARY) {
        problems.add(Refusal.field("username", "siteSecretary.notSiteSecretary",
            username == null ? "" : username));
      }
      problems.addAll(reasonProblems(session, reason));
      if (!problems.isEmpty()) {
        return Outcome.invalid(problems);
      }
      Optional<SiteSecretary> before = repo.siteSecretary(sessionId, username);
      if (before.isPresent() && before.get().siteId() == siteId) {
        return Outcome.done(before.get());
      }
      repo.assignSiteSecretary(sessionId, siteId, username, by, now());
      if (!session.editable()) {
        repo.insertCorrection(sessionId, now(), by, CorrectionField.SITE_SECRETARY, siteId,
            before.map(b -> siteName(sessionId, b.siteId()) + ": " + username).orElse(""),
            site.get().name() + ": " + username, Names.clean(reason));
      }
      return Outcome.done(repo.siteSecretary(sessionId, username).orElseThrow());
    });
  }

  @Transactional
  public Outcome<SiteSecretary> unassignSiteSecretary(long sessionId, String username,
      String reason, String by) {
    return notClosed(sessionId, session -> {
      Optional<SiteSecretary> before = repo.siteSecretary(sessionId, username);
      if (before.isEmpty()) {
        return Outcome.notFound("siteSecretary.notFound");
      }
      List<Refusal> problems = reasonProblems(session, reason);
      if (!problems.isEmpty()) {
        return Outcome.invalid(problems);
      }
      repo.unassignSiteSecretary(sessionId, username);
      if (!session.editable()) {
        repo.insertCorrection(sessionId, now(), by, CorrectionField.SITE_SECRETARY,
            before.get().siteId(), siteName(sessionId, before.get().siteId()) + ": " + username,
            "", Names.clean(reason));
      }
      return Outcome.done(before.get());
    });
  }

  private String siteName(long sessionId, long siteId) {
    return site(sessionId, siteId).map(Site::name).orElse("#" + siteId);
  }

  private static List<Refusal> reasonProblems(VoteSession session, String reason) {
    if (session.editable()) {
      return List.of();
    }
    String clean = Names.clean(reason);
    if (clean == null || clean.isEmpty()) {
      return List.of(Refusal.field("reason", "correction.reasonRequired"));
    }
    if (clean.length() > Correction.MAX_REASON) {
      return List.of(Refusal.field("reason", "Size", "reason", Correction.MAX_REASON, 0));
    }
    return List.of();
  }

  // ------------------------------------------------------------ corrections

  /** The value a correction would change, for showing it in the form. */
  @Transactional(readOnly = true)
  public Optional<String> currentValue(long sessionId, CorrectionField field, long targetId) {
    Optional<VoteSession> session = repo.find(sessionId);
    if (session.isEmpty()) {
      return Optional.empty();
    }
    SessionDetails d = session.get().details();
    return switch (field) {
      case SESSION_TITLE -> targetId == sessionId ? Optional.of(d.title()) : Optional.empty();
      case SESSION_ORGANISATION ->
          targetId == sessionId ? Optional.of(d.organisation()) : Optional.empty();
      case SESSION_PLACE -> targetId == sessionId ? Optional.of(d.place()) : Optional.empty();
      case MEMBER_NAME -> member(sessionId, targetId).map(Member::fullName);
      case MEMBER_UNIT -> member(sessionId, targetId).map(Member::unit);
      case SUBJECT_NAME -> subject(sessionId, targetId).map(Subject::fullName);
      case SUBJECT_POSITION -> subject(sessionId, targetId).map(Subject::position);
      case SITE_SECRETARY -> Optional.empty();
    };
  }

  private Optional<Subject> subject(long sessionId, long subjectId) {
    return repo.subjects(sessionId).stream().filter(s -> s.id() == subjectId).findFirst();
  }

  /**
   * Corrects a text of a frozen session (a name, unit, position, the title,
   * organisation or place) and logs who, when, what and why. In DRAFT, edit
   * instead.
   */
  @Transactional
  public Outcome<Correction> correct(long sessionId, CorrectionField field, long targetId,
      String newValue, String reason, String by) {
    Optional<VoteSession> found = repo.lock(sessionId);
    if (found.isEmpty()) {
      return Outcome.notFound("session.notFound", sessionId);
    }
    if (found.get().editable()) {
      return Outcome.conflict("correction.notFrozen");
    }
    if (field == CorrectionField.SITE_SECRETARY) {
      return Outcome.invalid(Refusal.field("field", "correction.badField"));
    }
    Optional<String> old = currentValue(sessionId, field, targetId);
    if (old.isEmpty()) {
      return Outcome.notFound("correction.noTarget");
    }
    int max = switch (field) {
      case MEMBER_NAME, SUBJECT_NAME -> Member.MAX_NAME;
      case SUBJECT_POSITION -> Subject.MAX_POSITION;
      default -> SessionDetails.MAX_TEXT;
    };
    List<Refusal> problems = new ArrayList<>();
    text("newValue", newValue, max).ifPresent(problems::add);
    problems.addAll(reasonProblems(found.get(), reason));
    if (problems.isEmpty() && Names.clean(newValue).equals(old.get())) {
      problems.add(Refusal.field("newValue", "correction.unchanged"));
    }
    String value = Names.clean(newValue);
    if (problems.isEmpty()) {
      switch (field) {
        case MEMBER_NAME, MEMBER_UNIT -> {
          Member m = member(sessionId, targetId).orElseThrow();
          String name = field == CorrectionField.MEMBER_NAME ? value : m.fullName();
          String unit = field == CorrectionField.MEMBER_UNIT ? value : m.unit();
          if (personTaken(sessionId, name, unit, targetId)) {
            problems.add(Refusal.field("newValue", "member.duplicate", name, unit));
          }
        }
        case SUBJECT_NAME, SUBJECT_POSITION -> {
          Subject s = subject(sessionId, targetId).orElseThrow();
          String name = field == CorrectionField.SUBJECT_NAME ? value : s.fullName();
          String position = field == CorrectionField.SUBJECT_POSITION ? value : s.position();
          subjectNameProblem(sessionId, name, position, targetId)
              .map(r -> new Refusal("newValue", r.code(), r.args()))
              .ifPresent(problems::add);
        }
        default -> {
          // session texts: nothing else to check
        }
      }
    }
    if (!problems.isEmpty()) {
      return Outcome.invalid(problems);
    }
    switch (field) {
      case SESSION_TITLE, SESSION_ORGANISATION, SESSION_PLACE ->
          repo.updateSessionText(sessionId, field, value);
      case MEMBER_NAME, MEMBER_UNIT -> {
        Member m = member(sessionId, targetId).orElseThrow();
        repo.updateMember(targetId,
            field == CorrectionField.MEMBER_NAME ? value : m.fullName(),
            field == CorrectionField.MEMBER_UNIT ? value : m.unit());
      }
      case SUBJECT_NAME, SUBJECT_POSITION -> {
        Subject s = subject(sessionId, targetId).orElseThrow();
        repo.updateSubject(targetId,
            field == CorrectionField.SUBJECT_NAME ? value : s.fullName(),
            field == CorrectionField.SUBJECT_POSITION ? value : s.position());
      }
      default -> throw new IllegalStateException("unreachable: " + field);
    }
    repo.insertCorrection(sessionId, now(), by, field, targetId, old.get(), value,
        Names.clean(reason));
    List<Correction> log = repo.corrections(sessionId);
    return Outcome.done(log.get(log.size() - 1));
  }

  // ---------------------------------------------------------------- helpers

  private <T> Outcome<T> inDraft(long sessionId, Function<VoteSession, Outcome<T>> change) {
    Optional<VoteSession> session = repo.lock(sessionId);
    if (session.isEmpty()) {
      return Outcome.notFound("session.notFound", sessionId);
    }
    if (!session.get().editable()) {
      return Outcome.conflict("session.frozen", label("status." + session.get().status()));
    }
    return change.apply(session.get());
  }

  private <T> Outcome<T> notClosed(long sessionId, Function<VoteSession, Outcome<T>> change) {
    Optional<VoteSession> session = repo.lock(sessionId);
    if (session.isEmpty()) {
      return Outcome.notFound("session.notFound", sessionId);
    }
    if (session.get().status() == SessionStatus.CLOSED) {
      return Outcome.conflict("session.closed");
    }
    return change.apply(session.get());
  }

  /** Required text of at most {@code max} characters, as Bean Validation would say it. */
  private static Optional<Refusal> text(String field, String value, int max) {
    String clean = Names.clean(value);
    if (clean == null || clean.isEmpty()) {
      return Optional.of(Refusal.field(field, "NotBlank"));
    }
    if (clean.length() > max) {
      return Optional.of(Refusal.field(field, "Size", field, max, 0));
    }
    return Optional.empty();
  }
}
