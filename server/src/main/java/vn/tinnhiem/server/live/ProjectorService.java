package vn.tinnhiem.server.live;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tinnhiem.server.counting.CountingService;
import vn.tinnhiem.server.history.SessionResults;
import vn.tinnhiem.server.roll.Quorum;
import vn.tinnhiem.server.roll.RollCall;
import vn.tinnhiem.server.roll.RollService;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.SessionStatus;
import vn.tinnhiem.server.session.VoteSession;
import vn.tinnhiem.server.system.ConferenceTime;
import vn.tinnhiem.server.tally.Results;

/**
 * Builds the projector's view from the features that own the figures. Per-site turnout is
 * attendance and ballots handed out, never votes; results are only the merged, announced ones.
 */
@Service
public class ProjectorService {

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final SessionService sessions;
  private final RollService roll;
  private final CountingService counting;
  private final SessionResults results;
  private final ConferenceTime time;
  private final Clock clock;

  ProjectorService(SessionService sessions, RollService roll, CountingService counting,
      SessionResults results, ConferenceTime time, Clock clock) {
    this.sessions = sessions;
    this.roll = roll;
    this.counting = counting;
    this.results = results;
    this.time = time;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Optional<ProjectorView> view(long sessionId, Locale locale) {
    Optional<VoteSession> found = sessions.find(sessionId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    VoteSession session = found.get();
    RollCall call = roll.rollCall(sessionId);
    Quorum quorum = roll.opening(sessionId)
        .map(o -> o.quorum()).orElse(call.quorum());
    List<ProjectorView.SiteLine> sites = call.sites().stream()
        .map(s -> new ProjectorView.SiteLine(s.site().id(), s.site().name(), s.summoned(),
            s.present()))
        .toList();
    List<ProjectorView.TurnoutLine> turnout = List.of();
    if (session.status().compareTo(SessionStatus.VOTING) >= 0) {
      turnout = counting.sheet(sessionId).map(sheet -> sheet.sites().stream()
          .map(b -> new ProjectorView.TurnoutLine(b.siteName(), b.present(), b.recorded(),
              b.issued(), b.collected(), b.electronic()))
          .toList()).orElse(List.of());
    }
    Optional<Results> announced = results.announced(sessionId);
    List<ProjectorView.ResultLine> lines = announced.map(r -> r.subjects().stream()
        .map(s -> new ProjectorView.ResultLine(s.order(), s.fullName(), s.position(),
            s.counts().high(), s.counts().confident(), s.counts().low(),
            s.high().formatPercent(locale), s.confident().formatPercent(locale),
            s.low().formatPercent(locale), s.band().messageKey(), s.band().cssClass()))
        .toList()).orElse(List.of());
    String baseKey = announced.map(r -> r.input().base().columnKey())
        .orElse(session.details().base().columnKey());
    return Optional.of(new ProjectorView(session.details().title(),
        session.details().organisation(), session.status().name(), sites, quorum.summoned(),
        quorum.present(), quorum.required(), quorum.reached(), turnout, lines, baseKey,
        CLOCK.format(OffsetDateTime.now(clock).atZoneSameInstant(time.zone()))));
  }
}
