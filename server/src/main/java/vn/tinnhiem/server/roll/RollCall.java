package vn.tinnhiem.server.roll;

import java.util.List;

/**
 * The roll call of a session across all its sites.
 *
 * @param sessionId the session
 * @param sites     each site, in site order
 */
public record RollCall(long sessionId, List<SiteRoll> sites) {

  public RollCall {
    sites = List.copyOf(sites);
  }

  public int summoned() {
    return sites.stream().mapToInt(SiteRoll::summoned).sum();
  }

  public int present() {
    return sites.stream().mapToInt(SiteRoll::present).sum();
  }

  public Quorum quorum() {
    return new Quorum(summoned(), present());
  }
}
