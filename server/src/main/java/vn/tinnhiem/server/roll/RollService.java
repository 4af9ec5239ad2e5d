package vn.tinnhiem.server.roll;

import static vn.tinnhiem.server.system.Refusal.label;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tinnhiem.server.session.Member;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.SessionStatus;
import vn.tinnhiem.server.session.Site;
import vn.tinnhiem.server.session.VoteSession;
import vn.tinnhiem.server.system.Outcome;
import vn.tinnhiem.server.system.Refusal;
import vn.tinnhiem.server.system.SessionChanged;

/**
 * Roll call while the session is OPEN, and opening the vote through the
 * quorum gate. Every write takes the session's lock, so the roll call that
 * opens the vote is exactly the one recorded.
 */
@Service
public class RollService {

  private final SessionService sessions;
  private final RollRepository repo;
  /** Looked up when used: features that add a precondition also call this service. */
  private final ObjectProvider<VotingPrecondition> preconditions;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  RollService(SessionService sessions, RollRepository repo,
      ObjectProvider<VotingPrecondition> preconditions, Clock clock,
      ApplicationEventPublisher events) {
    this.events = events;
    this.sessions = sessions;
    this.repo = repo;
    this.preconditions = preconditions;
    this.clock = clock;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }

  /** The roll call as it stands, over all sites. */
  @Transactional(readOnly = true)
  public RollCall rollCall(long sessionId) {
    List<Member> members = sessions.members(sessionId);
    Map<Long, Mark> marks = repo.marks(sessionId);
    Map<Long, Integer> counts = repo.siteCounts(sessionId);
    List<SiteRoll> sites = new ArrayList<>();
    for (Site site : sessions.sites(sessionId)) {
      List<Member> here = members.stream().filter(m -> m.siteId() == site.id()).toList();
      Integer count = counts.get(site.id());
      if (count != null) {
        sites.add(new SiteRoll(site, here.size(), count, 0, 0, true));
      } else {
        int present = 0;
        int absent = 0;
        int excused = 0;
        for (Member m : here) {
          Mark mark = marks.get(m.id());
          if (mark == Mark.PRESENT) {
            present++;
          } else if (mark == Mark.ABSENT) {
            absent++;
          } else if (mark == Mark.EXCUSED) {
            excused++;
          }
        }
        sites.add(new SiteRoll(site, here.size(), present, absent, excused, false));
      }
    }
    return new RollCall(sessionId, sites);
  }

  /** The members of a site with their marks, in list order. */
  @Transactional(readOnly = true)
  public List<MemberMark> marks(long sessionId, long siteId) {
    Map<Long, Mark> marks = repo.marks(sessionId);
    return sessions.membersAt(sessionId, siteId).stream()
        .map(m -> new MemberMark(m, marks.get(m.id())))
        .toList();
  }

  /** A member's mark, if marked. */
  @Transactional(readOnly = true)
  public Optional<Mark> markOf(long sessionId, long memberId) {
    return Optional.ofNullable(repo.marks(sessionId).get(memberId));
  }

  /**
   * Records marks at one site. The site then counts by marks (a bare count
   * it had is dropped). Members not in {@code marks} keep their mark.
   */
  @Transactional
  public Outcome<SiteRoll> mark(long sessionId, long siteId, Map<Long, Mark> marks, String by) {
    Optional<Refusal> state = rollCallOpen(sessionId);
    if (state.isPresent()) {
      return new Outcome.Refused<>(Outcome.Kind.CONFLICT, List.of(state.get()));
    }
    if (sessions.site(sessionId, siteId).isEmpty()) {
      return Outcome.notFound("site.notFound");
    }
    List<Long> here = sessions.membersAt(sessionId, siteId).stream().map(Member::id).toList();
    List<Refusal> problems = new ArrayList<>();
    for (Map.Entry<Long, Mark> entry : marks.entrySet()) {
      if (!here.contains(entry.getKey())) {
        problems.add(Refusal.of("roll.memberNotAtSite", entry.getKey()));
      } else if (entry.getValue() == null) {
        problems.add(Refusal.of("roll.noMark"));
      }
    }
    if (!problems.isEmpty()) {
      return Outcome.invalid(problems);
    }
    OffsetDateTime at = now();
    marks.forEach((member, mark) -> repo.saveMark(sessionId, member, mark, by, at));
    repo.deleteSiteCount(siteId);
    events.publishEvent(new SessionChanged(sessionId, "roll"));
    return Outcome.done(siteRoll(sessionId, siteId));
  }

  /** Marks every member of the site present who is not marked yet. */
  @Transactional
  public Outcome<SiteRoll> markRestPresent(long sessionId, long siteId, String by) {
    Map<Long, Mark> rest = new HashMap<>();
    for (MemberMark mm : marks(sessionId, siteId)) {
      if (mm.mark() == null) {
        rest.put(mm.member().id(), Mark.PRESENT);
      }
    }
    return mark(sessionId, siteId, rest, by);
  }

  /**
   * Records a bare present count for a site, instead of marks: at most the
   * number summoned there.
   */
  @Transactional
  public Outcome<SiteRoll> count(long sessionId, long siteId, int present, String by) {
    Optional<Refusal> state = rollCallOpen(sessionId);
    if (state.isPresent()) {
      return new Outcome.Refused<>(Outcome.Kind.CONFLICT, List.of(state.get()));
    }
    Optional<Site> site = sessions.site(sessionId, siteId);
    if (site.isEmpty()) {
      return Outcome.notFound("site.notFound");
    }
    int summoned = sessions.membersAt(sessionId, siteId).size();
    if (present < 0) {
      return Outcome.invalid(Refusal.field("present", "PositiveOrZero"));
    }
    if (present > summoned) {
      return Outcome.invalid(Refusal.field("present", "roll.aboveSummoned", present, summoned,
          site.get().name()));
    }
    repo.saveSiteCount(sessionId, siteId, present, by, now());
    events.publishEvent(new SessionChanged(sessionId, "roll"));
    return Outcome.done(siteRoll(sessionId, siteId));
  }

  private SiteRoll siteRoll(long sessionId, long siteId) {
    return rollCall(sessionId).sites().stream().filter(s -> s.site().id() == siteId)
        .findFirst().orElseThrow();
  }

  /** Takes the session's lock; a refusal unless the roll call is running. */
  private Optional<Refusal> rollCallOpen(long sessionId) {
    Optional<VoteSession> session = sessions.lock(sessionId);
    if (session.isEmpty()) {
      return Optional.of(Refusal.of("session.notFound", sessionId));
    }
    SessionStatus status = session.get().status();
    if (status != SessionStatus.OPEN) {
      return Optional.of(Refusal.of("roll.notOpen", label("status." + status)));
    }
    return Optional.empty();
  }

  /**
   * Opens the vote: the quorum must hold over all sites and every other
   * {@link VotingPrecondition} too. Records the moment and the counts, and
   * moves the session to VOTING; the roll call is frozen from then on.
   */
  @Transactional
  public Outcome<VotingOpening> openVoting(long sessionId, String by) {
    Optional<VoteSession> session = sessions.lock(sessionId);
    if (session.isEmpty()) {
      return Outcome.notFound("session.notFound", sessionId);
    }
    if (session.get().status() != SessionStatus.OPEN) {
      return Outcome.conflict("session.wrongStatus", label("status." + session.get().status()),
          label("status.OPEN"));
    }
    RollCall roll = rollCall(sessionId);
    Quorum quorum = roll.quorum();
    List<Refusal> problems = new ArrayList<>();
    if (!quorum.reached()) {
      problems.add(Refusal.of("roll.noQuorum", quorum.present(), quorum.summoned(),
          quorum.required()));
    }
    for (VotingPrecondition precondition : preconditions.orderedStream().toList()) {
      problems.addAll(precondition.check(sessionId));
    }
    if (!problems.isEmpty()) {
      return new Outcome.Refused<>(Outcome.Kind.CONFLICT, problems);
    }
    Map<Long, Integer> present = new HashMap<>();
    Map<Long, Integer> summoned = new HashMap<>();
    for (SiteRoll site : roll.sites()) {
      present.put(site.site().id(), site.present());
      summoned.put(site.site().id(), site.summoned());
    }
    VotingOpening opening = new VotingOpening(sessionId, now(), by, quorum, present, summoned);
    repo.insertOpening(opening);
    sessions.advance(sessionId, SessionStatus.OPEN, by).orElseThrow();
    return Outcome.done(repo.opening(sessionId).orElseThrow());
  }

  /** The record of the vote's opening, once it has opened. */
  @Transactional(readOnly = true)
  public Optional<VotingOpening> opening(long sessionId) {
    return repo.opening(sessionId);
  }
}
