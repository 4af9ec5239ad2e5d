package vn.tinnhiem.server.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tinnhiem.server.ceremony.CountingBoardService;
import vn.tinnhiem.server.counting.CountSheet;
import vn.tinnhiem.server.counting.CountingService;
import vn.tinnhiem.server.documents.ConferenceRecord.Electronic;
import vn.tinnhiem.server.roll.MemberMark;
import vn.tinnhiem.server.roll.RollService;
import vn.tinnhiem.server.roll.SiteRoll;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.SessionStatus;
import vn.tinnhiem.server.session.VoteSession;
import vn.tinnhiem.server.system.ConferenceTime;
import vn.tinnhiem.server.system.Outcome;
import vn.tinnhiem.server.system.Refusal;
import vn.tinnhiem.server.tally.Band;
import vn.tinnhiem.server.tally.Preset;
import vn.tinnhiem.server.tally.ResultsCalculator;
import vn.tinnhiem.server.voting.VotingOverview;
import vn.tinnhiem.server.voting.VotingQueries;

/** Reads a session's {@link ConferenceRecord} through the other features' services. */
@Service
public class ConferenceRecords {

  private final SessionService sessions;
  private final RollService roll;
  private final CountingBoardService boards;
  private final CountingService counting;
  private final VotingQueries voting;
  private final SettingsRepository settings;
  private final ConferenceTime time;
  private final Clock clock;
  private final MessageSource messages;

  ConferenceRecords(SessionService sessions, RollService roll, CountingBoardService boards,
      CountingService counting, VotingQueries voting, SettingsRepository settings,
      ConferenceTime time, Clock clock, MessageSource messages) {
    this.messages = messages;
    this.sessions = sessions;
    this.roll = roll;
    this.boards = boards;
    this.counting = counting;
    this.voting = voting;
    this.settings = settings;
    this.time = time;
    this.clock = clock;
  }

  /** The session's record as it stands; empty when there is no such session. */
  @Transactional(readOnly = true)
  public Optional<ConferenceRecord> read(long sessionId) {
    Optional<VoteSession> found = sessions.find(sessionId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    VoteSession session = found.get();
    CountSheet sheet = counting.sheet(sessionId).orElseThrow();
    var rollCall = roll.rollCall(sessionId);
    Map<Long, List<MemberMark>> marks = new LinkedHashMap<>();
    for (SiteRoll site : rollCall.sites()) {
      marks.put(site.site().id(), roll.marks(sessionId, site.site().id()));
    }
    return Optional.of(new ConferenceRecord(session, sessions.subjects(sessionId),
        sessions.exclusions(sessionId), rollCall, marks, roll.opening(sessionId),
        boards.board(sessionId), sheet, counting.privacy(sessionId),
        ResultsCalculator.calculate(sheet.resultsInput()), counting.entryLog(sessionId),
        electronic(sessionId), settings(sessionId),
        sessions.enteredAt(sessionId, SessionStatus.COUNTING),
        sessions.enteredAt(sessionId, SessionStatus.CLOSED), time.zone(),
        consequences(session.details().preset())));
  }

  private Map<Band, String> consequences(Preset preset) {
    Map<Band, String> out = new java.util.EnumMap<>(Band.class);
    for (Band b : Band.values()) {
      out.put(b, messages.getMessage(preset.consequenceKey(b), null, Layout.VI));
    }
    return out;
  }

  private Optional<Electronic> electronic(long sessionId) {
    Optional<VotingOverview> overview = voting.overview(sessionId);
    if (overview.isEmpty() || overview.get().fingerprint() == null) {
      return Optional.empty();
    }
    VotingOverview v = overview.get();
    String hash = voting.hasBoard(sessionId) ? archiveHash(sessionId) : "";
    return Optional.of(new Electronic(v.uuid(), v.fingerprint(), hash, v.ballots(), v.voted(),
        v.trustees().size(), v.threshold(), v.state().name().equals("DECRYPTED")));
  }

  /** SHA-256 of the archive as exported now, so the printed hash matches the file. */
  private String archiveHash(long sessionId) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
        voting.writeArchive(sessionId, out);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Transactional(readOnly = true)
  public DocumentSettings settings(long sessionId) {
    return settings.find(sessionId).orElse(DocumentSettings.empty());
  }

  /** Saves the secretary's settings; texts too long are refused, nothing stored. */
  @Transactional
  public Outcome<DocumentSettings> saveSettings(long sessionId, DocumentSettings s, String by) {
    if (sessions.lock(sessionId).isEmpty()) {
      return Outcome.notFound("session.notFound", sessionId);
    }
    List<Refusal> problems = new java.util.ArrayList<>();
    check(problems, "chair", s.chair(), DocumentSettings.MAX_NAME);
    check(problems, "clerk", s.clerk(), DocumentSettings.MAX_NAME);
    check(problems, "parentBody", s.parentBody(), DocumentSettings.MAX_BODY);
    check(problems, "superior", s.superior(), DocumentSettings.MAX_BODY);
    check(problems, "locality", s.locality(), DocumentSettings.MAX_LOCALITY);
    if (!problems.isEmpty()) {
      return Outcome.invalid(problems);
    }
    settings.save(sessionId, s, by, OffsetDateTime.now(clock).withOffsetSameInstant(
        ZoneOffset.UTC));
    return Outcome.done(s);
  }

  private static void check(List<Refusal> problems, String field, String value, int max) {
    if (value.length() > max) {
      problems.add(Refusal.field(field, "Size", field, max, 0));
    }
  }
}
