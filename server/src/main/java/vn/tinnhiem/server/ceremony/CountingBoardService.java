package vn.tinnhiem.server.ceremony;

import static vn.tinnhiem.server.system.Refusal.label;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tinnhiem.server.roll.Mark;
import vn.tinnhiem.server.roll.RollService;
import vn.tinnhiem.server.roll.VotingPrecondition;
import vn.tinnhiem.server.session.Member;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.SessionStatus;
import vn.tinnhiem.server.session.VoteSession;
import vn.tinnhiem.server.system.Outcome;
import vn.tinnhiem.server.system.Refusal;

/**
 * Electing the counting board while the conference is OPEN (after the
 * roll call starts, before ballots are issued). A board member is a
 * summoned member, not voted on, not marked absent or excused; the board
 * has one head. Opening the vote requires such a board.
 */
@Service
public class CountingBoardService implements VotingPrecondition {

  /** The usual size is 3 to 5; more than this is surely a mistake. */
  public static final int MAX_SIZE = 15;
  public static final int USUAL_MIN = 3;
  public static final int USUAL_MAX = 5;

  private final SessionService sessions;
  private final RollService roll;
  private final BoardRepository repo;
  private final Clock clock;

  CountingBoardService(SessionService sessions, RollService roll, BoardRepository repo,
      Clock clock) {
    this.sessions = sessions;
    this.roll = roll;
    this.repo = repo;
    this.clock = clock;
  }

  /** The board, in the order elected. */
  @Transactional(readOnly = true)
  public List<BoardMember> board(long sessionId) {
    Map<Long, Member> members = sessions.members(sessionId).stream()
        .collect(Collectors.toMap(Member::id, Function.identity()));
    return repo.board(sessionId).stream()
        .map(r -> new BoardMember(members.get(r.memberId()), r.role(), r.electedAt()))
        .toList();
  }

  /** Records that the conference elected this member to the board. */
  @Transactional
  public Outcome<BoardMember> elect(long sessionId, long memberId, BoardRole role, String by) {
    Optional<Refusal> state = electionOpen(sessionId);
    if (state.isPresent()) {
      return new Outcome.Refused<>(Outcome.Kind.CONFLICT, List.of(state.get()));
    }
    List<Refusal> problems = new ArrayList<>();
    Optional<Member> member = sessions.member(sessionId, memberId);
    List<BoardMember> board = board(sessionId);
    if (member.isEmpty()) {
      problems.add(Refusal.field("memberId", "board.unknownMember"));
    } else {
      String name = member.get().fullName();
      if (board.stream().anyMatch(b -> b.member().id() == memberId)) {
        problems.add(Refusal.field("memberId", "board.already", name));
      }
      if (sessions.isSubject(sessionId, memberId)) {
        problems.add(Refusal.field("memberId", "board.isSubject", name));
      }
      Optional<Mark> mark = roll.markOf(sessionId, memberId);
      if (mark.isPresent() && mark.get() != Mark.PRESENT) {
        problems.add(Refusal.field("memberId", "board.notPresent", name,
            label("roll.mark." + mark.get())));
      }
    }
    if (role == null) {
      problems.add(Refusal.field("role", "NotNull"));
    } else if (role == BoardRole.HEAD && board.stream().anyMatch(b -> b.role() == BoardRole.HEAD)) {
      problems.add(Refusal.field("role", "board.headTaken"));
    }
    if (board.size() >= MAX_SIZE) {
      problems.add(Refusal.of("board.full", MAX_SIZE));
    }
    if (!problems.isEmpty()) {
      return Outcome.invalid(problems);
    }
    repo.insert(sessionId, memberId, role, by,
        OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
    return Outcome.done(board(sessionId).stream().filter(b -> b.member().id() == memberId)
        .findFirst().orElseThrow());
  }

  @Transactional
  public Outcome<BoardMember> remove(long sessionId, long memberId) {
    Optional<Refusal> state = electionOpen(sessionId);
    if (state.isPresent()) {
      return new Outcome.Refused<>(Outcome.Kind.CONFLICT, List.of(state.get()));
    }
    Optional<BoardMember> member = board(sessionId).stream()
        .filter(b -> b.member().id() == memberId).findFirst();
    if (member.isEmpty()) {
      return Outcome.notFound("board.notMember");
    }
    repo.delete(sessionId, memberId);
    return Outcome.done(member.get());
  }

  /** Takes the session's lock; a refusal unless the board may be elected now. */
  private Optional<Refusal> electionOpen(long sessionId) {
    Optional<VoteSession> session = sessions.lock(sessionId);
    if (session.isEmpty()) {
      return Optional.of(Refusal.of("session.notFound", sessionId));
    }
    if (session.get().status() != SessionStatus.OPEN) {
      return Optional.of(Refusal.of("board.notOpen", label("status." + session.get().status())));
    }
    return Optional.empty();
  }

  /** Ballots are issued by the board: it must exist, with a head. */
  @Override
  public List<Refusal> check(long sessionId) {
    List<BoardMember> board = board(sessionId);
    if (board.isEmpty()) {
      return List.of(Refusal.of("board.notElected"));
    }
    if (board.stream().noneMatch(b -> b.role() == BoardRole.HEAD)) {
      return List.of(Refusal.of("board.noHead"));
    }
    return List.of();
  }
}
