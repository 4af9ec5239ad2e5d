package vn.tinnhiem.server.counting;

import static vn.tinnhiem.server.system.Refusal.label;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tinnhiem.server.counting.CountingRepository.Ballots;
import vn.tinnhiem.server.counting.CountingRepository.Closure;
import vn.tinnhiem.server.counting.CountingRepository.Counts;
import vn.tinnhiem.server.roll.RollCall;
import vn.tinnhiem.server.roll.RollService;
import vn.tinnhiem.server.roll.SiteRoll;
import vn.tinnhiem.server.roll.VotingOpening;
import vn.tinnhiem.server.tally.InvalidityMode;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.SessionStatus;
import vn.tinnhiem.server.session.Site;
import vn.tinnhiem.server.session.Subject;
import vn.tinnhiem.server.session.VoteSession;
import vn.tinnhiem.server.system.Outcome;
import vn.tinnhiem.server.system.Refusal;

/**
 * The count: ballots per site while voting and counting, the paper counts
 * per subject while counting, and closing once everything adds up:
 * per site {@code collected ≤ issued ≤ present}; per subject
 * {@code high + confident + low + blank + invalid = collected} (blank only
 * where allowed); under WHOLE_BALLOT the same invalid count for every subject.
 */
@Service
public class CountingService {

  private final SessionService sessions;
  private final RollService roll;
  private final CountingRepository repo;
  private final ElectronicTally electronic;
  private final Clock clock;

  CountingService(SessionService sessions, RollService roll, CountingRepository repo,
      ElectronicTally electronic, Clock clock) {
    this.sessions = sessions;
    this.roll = roll;
    this.repo = repo;
    this.electronic = electronic;
    this.clock = clock;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }

  // ------------------------------------------------------------------ reads

  /** Every raw count of the session as it stands; empty when there is no such session. */
  @Transactional(readOnly = true)
  public Optional<CountSheet> sheet(long sessionId) {
    return sessions.find(sessionId).map(this::sheet);
  }

  private CountSheet sheet(VoteSession session) {
    long id = session.id();
    Map<Long, Integer> present = presentBySite(id);
    Map<Long, Integer> summoned = summonedBySite(id);
    Map<Long, Ballots> ballots = repo.ballots(id);
    Map<Long, ElectronicTally.SiteTally> electronicSites = electronic.sites(id);
    List<SiteBallots> sites = new ArrayList<>();
    for (Site site : sessions.sites(id)) {
      ElectronicTally.SiteTally e = electronicSites.get(site.id());
      Ballots b = ballots.get(site.id());
      sites.add(e != null
          ? new SiteBallots(site.id(), site.name(), summoned.getOrDefault(site.id(), 0),
              present.getOrDefault(site.id(), 0), true, e.issued(), e.cast(), true)
          : new SiteBallots(site.id(), site.name(), summoned.getOrDefault(site.id(), 0),
              present.getOrDefault(site.id(), 0), b != null, b == null ? 0 : b.issued(),
              b == null ? 0 : b.collected(), false));
    }
    boolean paperSites = sites.stream().anyMatch(s -> !s.electronic());
    Optional<Map<Long, ElectronicTally.Levels>> decrypted = electronicSites.isEmpty()
        ? Optional.of(Map.of()) : electronic.subjects(id);
    Map<Long, Counts> counts = repo.counts(id);
    List<SubjectCount> subjects = new ArrayList<>();
    for (Subject s : sessions.subjects(id)) {
      Counts paper = counts.get(s.id());
      boolean entered = (paper != null || !paperSites) && decrypted.isPresent();
      if (!entered) {
        subjects.add(new SubjectCount(s.id(), s.ordinal(), s.fullName(), s.position(), false,
            0, 0, 0, 0, 0));
        continue;
      }
      Counts p = paper == null ? new Counts(0, 0, 0, 0, 0) : paper;
      ElectronicTally.Levels e = decrypted.get().getOrDefault(s.id(),
          new ElectronicTally.Levels(0, 0, 0, 0));
      subjects.add(new SubjectCount(s.id(), s.ordinal(), s.fullName(), s.position(), true,
          p.high() + e.high(), p.confident() + e.confident(), p.low() + e.low(),
          p.blank() + e.blank(), p.invalid()));
    }
    var d = session.details();
    return new CountSheet(id, d.preset(), d.base(), d.invalidity(), d.blankAllowed(),
        session.status() == SessionStatus.CLOSED, sites, subjects);
  }

  /** Present per site when voting opened (the roll call as it stands before that). */
  private Map<Long, Integer> presentBySite(long sessionId) {
    Optional<VotingOpening> opening = roll.opening(sessionId);
    if (opening.isPresent()) {
      return opening.get().presentBySite();
    }
    return roll.rollCall(sessionId).sites().stream()
        .collect(Collectors.toMap(r -> r.site().id(), SiteRoll::present));
  }

  private Map<Long, Integer> summonedBySite(long sessionId) {
    RollCall call = roll.rollCall(sessionId);
    return call.sites().stream().collect(Collectors.toMap(r -> r.site().id(),
        SiteRoll::summoned));
  }

  /** What stands between the count and its closing; empty when it may close. */
  @Transactional(readOnly = true)
  public List<Refusal> problems(long sessionId) {
    return sessions.find(sessionId).map(s -> problems(sheet(s))).orElse(List.of());
  }

  private List<Refusal> problems(CountSheet sheet) {
    List<Refusal> problems = new ArrayList<>();
    boolean electronicSites = sheet.sites().stream().anyMatch(SiteBallots::electronic);
    if (electronicSites && electronic.subjects(sheet.sessionId()).isEmpty()) {
      problems.add(Refusal.of("counting.electronicPending"));
    }
    for (SiteBallots site : sheet.sites()) {
      if (!site.recorded()) {
        problems.add(Refusal.of("counting.siteMissing", site.siteName()));
      } else {
        siteProblem(site.siteName(), site.present(), site.issued(), site.collected())
            .ifPresent(problems::add);
      }
    }
    int collected = sheet.collected();
    Map<Long, DoubleEntry> entries = sheet.sites().stream().allMatch(SiteBallots::electronic)
        ? Map.of() : entries(sheet.sessionId());
    for (SubjectCount s : sheet.subjects()) {
      DoubleEntry pair = entries.get(s.subjectId());
      if (pair != null && pair.state() == DoubleEntry.State.MISMATCH) {
        problems.add(Refusal.of("counting.entryMismatch", s.fullName()));
      } else if (pair != null && pair.state() == DoubleEntry.State.AWAITING_SECOND) {
        problems.add(Refusal.of("counting.secondEntryMissing", s.fullName()));
      } else if (!s.entered()) {
        problems.add(Refusal.of("counting.subjectMissing", s.fullName()));
      } else {
        if (!sheet.blankAllowed() && s.blank() > 0) {
          problems.add(Refusal.of("counting.blankNotAllowed"));
        }
        if (s.total() != collected) {
          problems.add(Refusal.of("counting.sumMismatch", s.fullName(), s.total(), collected));
        }
      }
    }
    if (sheet.invalidity() == InvalidityMode.WHOLE_BALLOT) {
      long distinct = sheet.subjects().stream().filter(SubjectCount::entered)
          .mapToInt(SubjectCount::invalid).distinct().count();
      if (distinct > 1) {
        problems.add(Refusal.of("counting.wholeBallotInvalid"));
      }
    }
    return problems;
  }

  private static Optional<Refusal> siteProblem(String site, int present, int issued,
      int collected) {
    if (issued > present) {
      return Optional.of(Refusal.field("issued", "counting.issuedAbovePresent", issued,
          present, site));
    }
    if (collected > issued) {
      return Optional.of(Refusal.field("collected", "counting.collectedAboveIssued",
          collected, issued, site));
    }
    return Optional.empty();
  }

  /** When counting closed, if it has. */
  @Transactional(readOnly = true)
  public Optional<OffsetDateTime> closedAt(long sessionId) {
    return repo.closure(sessionId).map(Closure::closedAt);
  }

  // ----------------------------------------------------------------- writes

  /** Ballot boxes closed: VOTING to COUNTING. */
  @Transactional
  public Outcome<VoteSession> startCounting(long sessionId, String by) {
    if (electronic.boxOpen(sessionId)) {
      return Outcome.conflict("counting.electronicOpen");
    }
    return sessions.advance(sessionId, SessionStatus.VOTING, by);
  }

  /** Ballots issued and collected at a site, while voting or counting. */
  @Transactional
  public Outcome<SiteBallots> recordBallots(long sessionId, long siteId, int issued,
      int collected, String by) {
    Optional<Refusal> state = inStatus(sessionId, SessionStatus.VOTING, SessionStatus.COUNTING);
    if (state.isPresent()) {
      return new Outcome.Refused<>(Outcome.Kind.CONFLICT, List.of(state.get()));
    }
    Optional<Site> site = sessions.site(sessionId, siteId);
    if (site.isEmpty()) {
      return Outcome.notFound("site.notFound");
    }
    if (electronic.sites(sessionId).containsKey(siteId)) {
      return Outcome.conflict("counting.electronicSite", site.get().name());
    }
    List<Refusal> problems = new ArrayList<>();
    if (issued < 0 || issued > PaperCounts.MAX) {
      problems.add(Refusal.field("issued", "PositiveOrZero"));
    }
    if (collected < 0 || collected > PaperCounts.MAX) {
      problems.add(Refusal.field("collected", "PositiveOrZero"));
    }
    if (problems.isEmpty()) {
      int present = presentBySite(sessionId).getOrDefault(siteId, 0);
      siteProblem(site.get().name(), present, issued, collected).ifPresent(problems::add);
    }
    if (!problems.isEmpty()) {
      return Outcome.invalid(problems);
    }
    repo.saveBallots(sessionId, siteId, new Ballots(issued, collected), by, now());
    return Outcome.done(sheet(sessions.find(sessionId).orElseThrow()).sites().stream()
        .filter(s -> s.siteId() == siteId).findFirst().orElseThrow());
  }

  /**
   * One person's entry of a subject's paper counts, while counting. Every site's ballots must
   * be recorded first, and the rows must add up to the ballots collected. Every entry is logged;
   * the counts are accepted only when two different people have entered the same figures.
   */
  @Transactional
  public Outcome<DoubleEntry> enterCounts(long sessionId, long subjectId, PaperCounts counts,
      String by) {
    Optional<Refusal> state = inStatus(sessionId, SessionStatus.COUNTING);
    if (state.isPresent()) {
      return new Outcome.Refused<>(Outcome.Kind.CONFLICT, List.of(state.get()));
    }
    VoteSession session = sessions.find(sessionId).orElseThrow();
    CountSheet sheet = sheet(session);
    Optional<SubjectCount> subject = sheet.subjects().stream()
        .filter(s -> s.subjectId() == subjectId).findFirst();
    if (subject.isEmpty()) {
      return Outcome.notFound("subject.notFound");
    }
    List<String> missing = sheet.sites().stream().filter(s -> !s.recorded())
        .map(SiteBallots::siteName).toList();
    if (!missing.isEmpty()) {
      return Outcome.conflict("counting.ballotsFirst", String.join(", ", missing));
    }
    List<Refusal> problems = new ArrayList<>();
    if (!sheet.blankAllowed() && counts.blank() > 0) {
      problems.add(Refusal.field("blank", "counting.blankNotAllowed"));
    }
    int paperCollected = sheet.sites().stream().filter(s -> !s.electronic())
        .mapToInt(SiteBallots::collected).sum();
    if (sheet.sites().stream().allMatch(SiteBallots::electronic)) {
      return Outcome.conflict("counting.noPaperSites");
    }
    if (counts.total() != paperCollected) {
      problems.add(Refusal.of("counting.sumMismatch", subject.get().fullName(), counts.total(),
          paperCollected));
    }
    if (!problems.isEmpty()) {
      return Outcome.invalid(problems);
    }
    Counts typed = new Counts(counts.high(), counts.confident(), counts.low(), counts.blank(),
        counts.invalid());
    repo.insertEntry(sessionId, subjectId, typed, by, now());
    DoubleEntry pair = entries(sessionId).get(subjectId);
    if (pair.state() == DoubleEntry.State.AGREED) {
      repo.saveCounts(sessionId, subjectId, typed, by, now());
    } else {
      // a new entry that disagrees takes back what was accepted until the two agree again
      repo.deleteCounts(subjectId);
    }
    return Outcome.done(pair);
  }

  /** Per subject id, where its double entry stands (every subject of the session). */
  @Transactional(readOnly = true)
  public Map<Long, DoubleEntry> entries(long sessionId) {
    Map<Long, List<CountEntry>> bySubject = repo.entries(sessionId).stream()
        .collect(Collectors.groupingBy(CountEntry::subjectId));
    Map<Long, DoubleEntry> out = new java.util.LinkedHashMap<>();
    for (Subject s : sessions.subjects(sessionId)) {
      out.put(s.id(), DoubleEntry.of(s.id(), bySubject.getOrDefault(s.id(), List.of())));
    }
    return out;
  }

  /** Every entry of paper counts, in the order made: who typed what, when. */
  @Transactional(readOnly = true)
  public List<CountEntry> entryLog(long sessionId) {
    return repo.entries(sessionId);
  }

  /** This person's latest entry for the subject: their own form shows it again, no one else's. */
  @Transactional(readOnly = true)
  public Optional<PaperCounts> ownEntry(long sessionId, long subjectId, String username) {
    List<CountEntry> mine = repo.entries(sessionId).stream()
        .filter(e -> e.subjectId() == subjectId && e.by().equals(username)).toList();
    return mine.isEmpty() ? Optional.empty()
        : Optional.of(mine.get(mine.size() - 1).counts());
  }

  /** The least number of ballots for a site's own figures to be shown. */
  @Transactional(readOnly = true)
  public int threshold(long sessionId) {
    return repo.threshold(sessionId).orElse(SitePrivacy.DEFAULT_THRESHOLD);
  }

  /** The secretary's threshold for showing a site's own figures, 1 to 100000. */
  @Transactional
  public Outcome<Integer> setThreshold(long sessionId, int threshold, String by) {
    if (sessions.lock(sessionId).isEmpty()) {
      return Outcome.notFound("session.notFound", sessionId);
    }
    if (threshold < 1 || threshold > 100_000) {
      return Outcome.invalid(Refusal.field("threshold", "counting.threshold.range", 100_000));
    }
    repo.saveThreshold(sessionId, threshold, by, now());
    return Outcome.done(threshold);
  }

  /** Which sites' own figures may be shown on pages and documents now. */
  @Transactional(readOnly = true)
  public SitePrivacy privacy(long sessionId) {
    return SitePrivacy.of(threshold(sessionId), sheet(sessionId).map(CountSheet::sites)
        .orElse(List.of()));
  }

  /** Closes the count when everything adds up: COUNTING to CLOSED; the figures are final. */
  @Transactional
  public Outcome<CountSheet> close(long sessionId, String by) {
    Optional<Refusal> state = inStatus(sessionId, SessionStatus.COUNTING);
    if (state.isPresent()) {
      return new Outcome.Refused<>(Outcome.Kind.CONFLICT, List.of(state.get()));
    }
    CountSheet sheet = sheet(sessions.find(sessionId).orElseThrow());
    List<Refusal> problems = problems(sheet);
    if (!problems.isEmpty()) {
      return new Outcome.Refused<>(Outcome.Kind.CONFLICT, problems);
    }
    repo.insertClosure(sessionId, new Closure(now(), by, sheet.issued(), sheet.collected()));
    sessions.advance(sessionId, SessionStatus.COUNTING, by).orElseThrow();
    return Outcome.done(sheet(sessions.find(sessionId).orElseThrow()));
  }

  /** Takes the session's lock; a refusal unless it is in one of these statuses. */
  private Optional<Refusal> inStatus(long sessionId, SessionStatus... allowed) {
    Optional<VoteSession> session = sessions.lock(sessionId);
    if (session.isEmpty()) {
      return Optional.of(Refusal.of("session.notFound", sessionId));
    }
    SessionStatus status = session.get().status();
    for (SessionStatus ok : allowed) {
      if (status == ok) {
        return Optional.empty();
      }
    }
    return Optional.of(Refusal.of("counting.wrongStatus", label("status." + status)));
  }
}
