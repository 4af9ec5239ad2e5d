package vn.tinnhiem.server.voting;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tinnhiem.crypto.verify.Progress;
import vn.tinnhiem.crypto.verify.Verdict;
import vn.tinnhiem.crypto.verify.Verifier;
import vn.tinnhiem.server.roll.RollService;
import vn.tinnhiem.server.roll.VotingOpening;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.voting.VotingOverview.SiteProgress;
import vn.tinnhiem.server.voting.VotingOverview.TrusteeProgress;

/** Read-only views of a session's electronic vote: overview, tracking codes, archive. */
@Service
public class VotingQueries {

  private final SessionService sessions;
  private final RollService roll;
  private final ElectionRepository elections;
  private final CredentialRepository credentials;
  private final BallotRepository ballots;
  private final PublicBoard board;

  VotingQueries(SessionService sessions, RollService roll, ElectionRepository elections,
      CredentialRepository credentials, BallotRepository ballots, PublicBoard board) {
    this.sessions = sessions;
    this.roll = roll;
    this.elections = elections;
    this.credentials = credentials;
    this.ballots = ballots;
    this.board = board;
  }

  @Transactional(readOnly = true)
  public Optional<VotingOverview> overview(long sessionId) {
    Optional<ElectionRecord> found = elections.find(sessionId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ElectionRecord e = found.get();
    List<TrusteeProgress> trustees = elections.trustees(sessionId).stream()
        .map(t -> new TrusteeProgress(t.index(),
            sessions.member(sessionId, t.memberId()).orElseThrow().fullName(),
            e.pedersen() ? t.voutput() != null : t.publicKey() != null,
            t.partialDecryption() != null))
        .toList();
    Map<Long, Integer> present = roll.opening(sessionId).map(VotingOpening::presentBySite)
        .orElse(Map.of());
    Map<Long, Integer> issued = credentials.issuedBySite(sessionId);
    Map<Long, Integer> voted = ballots.votersBySite(sessionId);
    List<SiteProgress> sites = sessions.sites(sessionId).stream()
        .map(s -> new SiteProgress(s.id(), s.name(), present.getOrDefault(s.id(), 0),
            issued.getOrDefault(s.id(), 0), voted.getOrDefault(s.id(), 0)))
        .toList();
    String publicKey = e.election().map(x -> x.publicKey().toString()).orElse(null);
    return Optional.of(new VotingOverview(e.state(), e.uuid(), e.group().name(), e.threshold(),
        trustees, sites, ballots.trackingCodes(sessionId).size(), e.fingerprint(), publicKey));
  }

  /** The election exactly as on the board, once the box is open. */
  @Transactional(readOnly = true)
  public Optional<byte[]> electionJson(long sessionId) {
    return elections.find(sessionId)
        .filter(e -> e.state().compareTo(ElectionState.OPEN) >= 0)
        .map(ElectionRecord::electionJson);
  }

  @Transactional(readOnly = true)
  public List<String> trackingCodes(long sessionId) {
    return ballots.trackingCodes(sessionId);
  }

  /** Whether there is a board to download (the box has been opened). */
  @Transactional(readOnly = true)
  public boolean hasBoard(long sessionId) {
    return elections.find(sessionId).map(e -> e.boardTimestamp() != null).orElse(false);
  }

  /** Writes the Belenios archive of the board as it stands now. */
  @Transactional(readOnly = true)
  public void writeArchive(long sessionId, OutputStream out) throws IOException {
    ElectionRecord e = elections.find(sessionId).orElseThrow();
    board.export(sessionId, e.boardTimestamp(), out);
  }

  /**
   * Checks the board as anyone checking its archive would (hash chain, setup, every ballot's
   * proofs, tally, decryptions, result): the first failure, or empty when it holds or there is
   * no board yet. Written to a temporary file first, so a large board is not held twice.
   */
  @Transactional(readOnly = true)
  public Optional<Verdict.Failure> boardFailure(long sessionId, Progress progress)
      throws IOException {
    if (!hasBoard(sessionId)) {
      return Optional.empty();
    }
    Path file = Files.createTempFile("tinnhiem-board-" + sessionId + "-", ".bel");
    try {
      try (OutputStream out = Files.newOutputStream(file)) {
        writeArchive(sessionId, out);
      }
      Verdict verdict = Verifier.verify(file, progress);
      return verdict.valid() ? Optional.empty() : Optional.of(verdict.failure());
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
