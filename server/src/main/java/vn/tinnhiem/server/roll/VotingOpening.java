package vn.tinnhiem.server.roll;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The record of voting being opened: the moment, who, and the roll call
 * that met the quorum then. The roll call is frozen from that moment.
 *
 * @param sessionId      the session
 * @param openedAt       when
 * @param openedBy       who (username)
 * @param quorum         summoned and present over all sites
 * @param presentBySite  present per site id
 * @param summonedBySite summoned per site id
 */
public record VotingOpening(long sessionId, OffsetDateTime openedAt, String openedBy,
    Quorum quorum, Map<Long, Integer> presentBySite, Map<Long, Integer> summonedBySite) {

  public VotingOpening {
    Objects.requireNonNull(openedAt, "openedAt");
    Objects.requireNonNull(openedBy, "openedBy");
    Objects.requireNonNull(quorum, "quorum");
    presentBySite = Map.copyOf(presentBySite);
    summonedBySite = Map.copyOf(summonedBySite);
    if (!quorum.reached()) {
      throw new IllegalArgumentException("voting opened without quorum");
    }
  }

  /** Sites in no particular order; callers order them by the session's sites. */
  public List<Long> siteIds() {
    return List.copyOf(presentBySite.keySet());
  }
}
