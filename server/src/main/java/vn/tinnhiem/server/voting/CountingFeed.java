package vn.tinnhiem.server.voting;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tinnhiem.server.counting.ElectronicTally;

/** The electronic vote's figures for the count (see {@link ElectronicTally}). */
@Component
class CountingFeed implements ElectronicTally {

  private final ElectionRepository elections;
  private final CredentialRepository credentials;
  private final BallotRepository ballots;
  private final ElectronicCountRepository counts;

  CountingFeed(ElectionRepository elections, CredentialRepository credentials,
      BallotRepository ballots, ElectronicCountRepository counts) {
    this.elections = elections;
    this.credentials = credentials;
    this.ballots = ballots;
    this.counts = counts;
  }

  @Override
  @Transactional(readOnly = true)
  public Map<Long, SiteTally> sites(long sessionId) {
    boolean opened = elections.find(sessionId)
        .map(e -> e.state().compareTo(ElectionState.OPEN) >= 0).orElse(false);
    if (!opened) {
      return Map.of();
    }
    Map<Long, Integer> voters = ballots.votersBySite(sessionId);
    Map<Long, SiteTally> out = new HashMap<>();
    credentials.issuedBySite(sessionId).forEach((site, issued) ->
        out.put(site, new SiteTally(issued, voters.getOrDefault(site, 0))));
    return out;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Map<Long, Levels>> subjects(long sessionId) {
    boolean decrypted = elections.find(sessionId)
        .map(e -> e.state() == ElectionState.DECRYPTED).orElse(false);
    if (!decrypted) {
      return Optional.empty();
    }
    Map<Long, Levels> out = new HashMap<>();
    for (ElectronicCountRepository.Row r : counts.counts(sessionId)) {
      out.put(r.subjectId(), new Levels(r.high(), r.confident(), r.low(), r.blank()));
    }
    return Optional.of(out);
  }

  @Override
  @Transactional(readOnly = true)
  public boolean boxOpen(long sessionId) {
    return elections.find(sessionId).map(e -> e.state() == ElectionState.OPEN).orElse(false);
  }
}
