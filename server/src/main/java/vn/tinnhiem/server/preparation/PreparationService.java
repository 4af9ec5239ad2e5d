package vn.tinnhiem.server.preparation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import vn.tinnhiem.server.account.AccountService;
import vn.tinnhiem.server.account.Role;
import vn.tinnhiem.server.links.SecretLinks;
import vn.tinnhiem.server.session.Member;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.Subject;
import vn.tinnhiem.server.session.VoteSession;
import vn.tinnhiem.server.system.ConferenceTime;
import vn.tinnhiem.server.system.Names;
import vn.tinnhiem.server.system.Outcome;
import vn.tinnhiem.server.system.Refusal;

/**
 * The preparation of a session: its timeline, dossiers, questions and the participants'
 * accounts. Every read takes a {@link Viewer} and gives only what that viewer may see.
 */
@Service
public class PreparationService {

  static final Duration INVITATION_LIFETIME = Duration.ofDays(14);
  static final int MIN_PASSWORD = 10;
  static final int MAX_PASSWORD = 128;

  private final PreparationRepository repo;
  private final SessionService sessions;
  private final AccountService accounts;
  private final ConferenceTime time;
  private final Clock clock;

  PreparationService(PreparationRepository repo, SessionService sessions,
      AccountService accounts, ConferenceTime time, Clock clock) {
    this.repo = repo;
    this.sessions = sessions;
    this.accounts = accounts;
    this.time = time;
    this.clock = clock;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }

  private LocalDate today() {
    return time.today(clock);
  }

  // ---------------------------------------------------------------- viewers

  /**
   * The viewer for this account in the session: staff as themselves, a participant as the
   * member or subject they are there; empty for a participant of other sessions only.
   */
  @Transactional(readOnly = true)
  public Optional<Viewer> viewer(String username, Role role, long sessionId) {
    if (role != Role.PARTICIPANT) {
      return Optional.of(new Viewer(username, role, Set.of(), Set.of()));
    }
    Set<Long> members = new HashSet<>();
    Set<Long> subjects = new HashSet<>();
    for (Participation p : repo.participations(username)) {
      if (p.sessionId() == sessionId) {
        if (p.memberId() != null) {
          members.add(p.memberId());
        }
        if (p.subjectId() != null) {
          subjects.add(p.subjectId());
        }
      }
    }
    if (members.isEmpty() && subjects.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Viewer(username, role, members, subjects));
  }

  @Transactional(readOnly = true)
  public List<Participation> participations(String username) {
    return repo.participations(username);
  }

  // --------------------------------------------------------------- timeline

  @Transactional(readOnly = true)
  public Offsets offsets(long sessionId) {
    return repo.offsets(sessionId).orElse(Offsets.DEFAULT);
  }

  /** The deadlines as they stand today, with what is still owed. */
  @Transactional(readOnly = true)
  public List<Deadline> timeline(long sessionId) {
    VoteSession session = sessions.find(sessionId).orElseThrow();
    List<Dossier> dossiers = repo.dossiers(sessionId);
    int without = (int) sessions.subjects(sessionId).stream()
        .filter(s -> dossiers.stream().noneMatch(d -> d.subjectId() == s.id())).count();
    int unanswered = (int) repo.questions(sessionId).stream().filter(q -> !q.answered())
        .count();
    return Deadline.of(offsets(sessionId), session.details().heldOn(), today(), without,
        unanswered);
  }

  @Transactional
  public Outcome<Offsets> setOffsets(long sessionId, Offsets offsets, String by) {
    if (sessions.find(sessionId).isEmpty()) {
      return Outcome.notFound("session.notFound", sessionId);
    }
    List<Refusal> problems = offsets.problems();
    if (!problems.isEmpty()) {
      return Outcome.invalid(problems);
    }
    repo.saveOffsets(sessionId, offsets, by, now());
    return Outcome.done(offsets);
  }

  /** Whether the dossiers have been sent to the voters (the release day has come). */
  @Transactional(readOnly = true)
  public boolean released(long sessionId) {
    VoteSession session = sessions.find(sessionId).orElseThrow();
    LocalDate release = offsets(sessionId).date(Milestone.DOSSIER_RELEASE,
        session.details().heldOn());
    return !today().isBefore(release);
  }

  // --------------------------------------------------------------- dossiers

  /** The dossiers this viewer may read. */
  @Transactional(readOnly = true)
  public List<Dossier> dossiers(long sessionId, Viewer viewer) {
    boolean released = released(sessionId);
    return repo.dossiers(sessionId).stream()
        .filter(d -> mayRead(d, viewer, released)).toList();
  }

  private static boolean mayRead(Dossier d, Viewer viewer, boolean released) {
    return viewer.organiser() || viewer.isSubject(d.subjectId())
        || (released && viewer.readsReleased());
  }

  /** Adds a file to a subject's dossier: the organisers, or the subject themself. */
  @Transactional
  public Outcome<Dossier> upload(long sessionId, long subjectId, String fileName, byte[] bytes,
      Viewer viewer) {
    Optional<Subject> subject = subject(sessionId, subjectId);
    if (subject.isEmpty()) {
      return Outcome.notFound("subject.notFound");
    }
    if (!viewer.organiser() && !viewer.isSubject(subjectId)) {
      return Outcome.conflict("preparation.dossier.notYours");
    }
    if (bytes == null || bytes.length == 0) {
      return Outcome.invalid(Refusal.field("file", "preparation.dossier.empty"));
    }
    if (bytes.length > Files.MAX_BYTES) {
      return Outcome.invalid(Refusal.field("file", "preparation.dossier.tooLarge",
          Files.MAX_BYTES / (1024 * 1024)));
    }
    Optional<String> type = Files.type(bytes);
    if (type.isEmpty()) {
      return Outcome.invalid(Refusal.field("file", "preparation.dossier.badType"));
    }
    long id = repo.insertDossier(sessionId, subjectId, Files.cleanName(fileName, type.get()),
        type.get(), bytes, SecretLinks.sha256Hex(bytes), viewer.username(), now());
    return Outcome.done(repo.dossier(sessionId, id).orElseThrow());
  }

  /** A file's bytes for this viewer, and the download logged; empty when not theirs to read. */
  @Transactional
  public Optional<DossierFile> download(long sessionId, long dossierId, Viewer viewer) {
    Optional<Dossier> dossier = repo.dossier(sessionId, dossierId)
        .filter(d -> mayRead(d, viewer, released(sessionId)));
    dossier.ifPresent(d -> repo.logDownload(d.id(), viewer.username(), now()));
    return dossier.map(d -> new DossierFile(d, repo.bytes(d.id())));
  }

  /** A dossier file with its bytes. */
  public record DossierFile(Dossier dossier, byte[] bytes) {}

  @Transactional
  public Outcome<Dossier> remove(long sessionId, long dossierId, Viewer viewer) {
    Optional<Dossier> dossier = repo.dossier(sessionId, dossierId);
    if (dossier.isEmpty()) {
      return Outcome.notFound("preparation.dossier.notFound");
    }
    if (!viewer.organiser()) {
      return Outcome.conflict("preparation.dossier.notYours");
    }
    repo.deleteDossier(dossierId);
    return Outcome.done(dossier.get());
  }

  /** Who downloaded what, newest first: for the organisers. */
  @Transactional(readOnly = true)
  public List<PreparationRepository.Download> downloads(long sessionId) {
    return repo.downloads(sessionId);
  }

  // -------------------------------------------------------------- questions

  /**
   * The questions this viewer may read: organisers all, with askers; voters and observers all;
   * a subject the questions to them. The asker of an anonymous question is hidden from all
   * but the organisers and the asker.
   */
  @Transactional(readOnly = true)
  public List<Question> questions(long sessionId, Viewer viewer) {
    List<Question> out = new ArrayList<>();
    for (Question q : repo.questions(sessionId)) {
      if (viewer.organiser()) {
        out.add(q);
      } else if (viewer.readsReleased() || viewer.isSubject(q.subjectId())) {
        boolean own = q.askedBy().equals(viewer.username());
        out.add(q.anonymous() && !own ? q.withoutAsker() : q);
      }
    }
    return out;
  }

  /** A voter asks a subject to clarify something. */
  @Transactional
  public Outcome<Question> ask(long sessionId, long subjectId, String text, boolean anonymous,
      Viewer viewer) {
    if (!viewer.voter()) {
      return Outcome.conflict("preparation.question.votersOnly");
    }
    Optional<Subject> subject = subject(sessionId, subjectId);
    if (subject.isEmpty()) {
      return Outcome.invalid(Refusal.field("subjectId", "subject.notFound"));
    }
    if (viewer.isSubject(subjectId)) {
      return Outcome.invalid(Refusal.field("subjectId", "preparation.question.self"));
    }
    String clean = text == null ? "" : text.replace("\r\n", "\n").strip();
    if (clean.isEmpty()) {
      return Outcome.invalid(Refusal.field("text", "NotBlank"));
    }
    if (clean.length() > Question.MAX_QUESTION) {
      return Outcome.invalid(Refusal.field("text", "Size", "text", Question.MAX_QUESTION, 0));
    }
    String name = viewer.memberIds().stream().findFirst()
        .flatMap(m -> sessions.member(sessionId, m)).map(Member::fullName)
        .orElse(viewer.username());
    long id = repo.insertQuestion(sessionId, subjectId, viewer.username(), name, anonymous,
        clean, now());
    return Outcome.done(repo.question(sessionId, id).orElseThrow());
  }

  /** The subject answers a question put to them (again to correct it). */
  @Transactional
  public Outcome<Question> answer(long sessionId, long questionId, String text, Viewer viewer) {
    Optional<Question> question = repo.question(sessionId, questionId);
    if (question.isEmpty()) {
      return Outcome.notFound("preparation.question.notFound");
    }
    if (!viewer.isSubject(question.get().subjectId())) {
      return Outcome.conflict("preparation.answer.subjectOnly");
    }
    String clean = text == null ? "" : text.replace("\r\n", "\n").strip();
    if (clean.isEmpty()) {
      return Outcome.invalid(Refusal.field("answer", "NotBlank"));
    }
    if (clean.length() > Question.MAX_ANSWER) {
      return Outcome.invalid(Refusal.field("answer", "Size", "answer", Question.MAX_ANSWER, 0));
    }
    repo.answer(questionId, clean, viewer.username(), now());
    return Outcome.done(repo.question(sessionId, questionId).orElseThrow());
  }

  // ------------------------------------------------------------ invitations

  @Transactional(readOnly = true)
  public List<Invitation> invitations(long sessionId) {
    return repo.invitations(sessionId);
  }

  @Transactional(readOnly = true)
  public List<Participation> participants(long sessionId) {
    return repo.participants(sessionId);
  }

  /**
   * A one-time link for a summoned member ({@code memberId}) or a subject ({@code subjectId}),
   * valid for {@link #INVITATION_LIFETIME}; an earlier unused link for them stops working.
   * The token is returned once and never stored.
   */
  @Transactional
  public Outcome<String> invite(long sessionId, Long memberId, Long subjectId, String by) {
    if (sessions.find(sessionId).isEmpty()) {
      return Outcome.notFound("session.notFound", sessionId);
    }
    if ((memberId == null) == (subjectId == null)) {
      return Outcome.invalid(Refusal.of("preparation.invite.whom"));
    }
    if (memberId != null && sessions.member(sessionId, memberId).isEmpty()) {
      return Outcome.notFound("member.notFound");
    }
    if (subjectId != null && subject(sessionId, subjectId).isEmpty()) {
      return Outcome.notFound("subject.notFound");
    }
    boolean joined = repo.participants(sessionId).stream().anyMatch(p ->
        (memberId != null && memberId.equals(p.memberId()))
            || (subjectId != null && subjectId.equals(p.subjectId())));
    if (joined) {
      return Outcome.conflict("preparation.invite.joined");
    }
    repo.withdrawInvitations(sessionId, memberId, subjectId);
    String token = SecretLinks.generate();
    OffsetDateTime at = now();
    repo.insertInvitation(SecretLinks.hash(token), sessionId, memberId, subjectId, by, at,
        at.plus(INVITATION_LIFETIME));
    return Outcome.done(token);
  }

  /** Who an invitation is for, if the link is valid (unused, not expired). */
  @Transactional(readOnly = true)
  public Optional<Invitee> invitee(String token) {
    return validInvitation(token).map(this::invitee);
  }

  /**
   * An invitation as its page shows it.
   *
   * @param sessionId the session
   * @param title     the session's title
   * @param fullName  the person invited
   * @param asSubject whether they are invited as a subject (else as a summoned member)
   */
  public record Invitee(long sessionId, String title, String fullName, boolean asSubject) {}

  private Invitee invitee(Invitation i) {
    VoteSession s = sessions.find(i.sessionId()).orElseThrow();
    String name = i.memberId() != null
        ? sessions.member(i.sessionId(), i.memberId()).map(Member::fullName).orElse("")
        : subject(i.sessionId(), i.subjectId()).map(Subject::fullName).orElse("");
    return new Invitee(s.id(), s.details().title(), name, i.subjectId() != null);
  }

  private Optional<Invitation> validInvitation(String token) {
    if (!SecretLinks.wellFormed(token)) {
      return Optional.empty();
    }
    return repo.invitation(SecretLinks.hash(token))
        .filter(i -> !i.used() && i.expiresAt().isAfter(now()));
  }

  /**
   * Uses an invitation: creates the participant account {@code username} with the password
   * its owner chose, or, when {@code signedIn} names a participant account already, adds
   * this session to it. A subject who is also a summoned member joins as both.
   */
  @Transactional
  public Outcome<Participation> accept(String token, String signedIn, String username,
      String password, String repeat) {
    Optional<Invitation> found = validInvitation(token);
    if (found.isEmpty()) {
      return Outcome.notFound("preparation.invite.invalid");
    }
    Invitation invitation = found.get();
    Invitee invitee = invitee(invitation);
    String account = signedIn;
    if (account == null) {
      List<Refusal> problems = new ArrayList<>();
      String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
      if (!AccountService.validUsername(name)) {
        problems.add(Refusal.field("username", "preparation.invite.badUsername"));
      } else if (accounts.find(name).isPresent()) {
        problems.add(Refusal.field("username", "preparation.invite.taken", name));
      }
      if (password == null || password.length() < MIN_PASSWORD
          || password.length() > MAX_PASSWORD) {
        problems.add(Refusal.field("password", "preparation.invite.badPassword", MIN_PASSWORD,
            MAX_PASSWORD));
      } else if (!password.equals(repeat)) {
        problems.add(Refusal.field("repeat", "preparation.invite.repeat"));
      }
      if (!problems.isEmpty()) {
        return Outcome.invalid(problems);
      }
      account = name;
    }
    if (!repo.useInvitation(invitation.tokenHash(), account, now())) {
      return Outcome.notFound("preparation.invite.invalid"); // used meanwhile: nothing written
    }
    if (signedIn == null && !accounts.register(account, password, Role.PARTICIPANT,
        Names.clean(invitee.fullName()))) {
      // taken between the check and now: undo the use of the invitation too
      TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
      return Outcome.invalid(Refusal.field("username", "preparation.invite.taken", account));
    }
    long sessionId = invitation.sessionId();
    List<Participation> taken = repo.participants(sessionId);
    Long memberId = invitation.memberId();
    if (invitation.subjectId() != null) {
      repo.insertParticipant(account, sessionId, null, invitation.subjectId(), now());
      memberId = subject(sessionId, invitation.subjectId()).map(Subject::memberId).orElse(null);
    }
    Long member = memberId;
    if (member != null && taken.stream().noneMatch(p -> member.equals(p.memberId()))) {
      repo.insertParticipant(account, sessionId, member, null, now());
    }
    return Outcome.done(new Participation(account, sessionId, invitation.memberId(),
        invitation.subjectId()));
  }

  private Optional<Subject> subject(long sessionId, long subjectId) {
    return sessions.subjects(sessionId).stream().filter(s -> s.id() == subjectId).findFirst();
  }
}
