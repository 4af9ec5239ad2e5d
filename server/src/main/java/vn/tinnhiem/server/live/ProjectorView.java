package vn.tinnhiem.server.live;

import java.util.List;
import java.util.Objects;

/**
 * What the projector shows at one moment, ready to render (percentages already in the
 * viewer's language).
 *
 * @param title        the session's title
 * @param organisation the body holding the vote
 * @param status       the session's status name, e.g. {@code OPEN}
 * @param sites        roll call per site
 * @param summoned     summoned over all sites
 * @param present      present over all sites
 * @param required     the fewest present that reach the quorum
 * @param reached      whether the quorum holds
 * @param turnout      ballots per site while voting and after; empty before
 * @param results      one row per subject once results are announced; empty before
 * @param baseKey      message key of the percentages' base column
 * @param updatedAt    the time of this view, in the conference's zone
 */
public record ProjectorView(String title, String organisation, String status,
    List<SiteLine> sites, int summoned, int present, int required, boolean reached,
    List<TurnoutLine> turnout, List<ResultLine> results, String baseKey, String updatedAt) {

  public ProjectorView {
    Objects.requireNonNull(title, "title");
    sites = List.copyOf(sites);
    turnout = List.copyOf(turnout);
    results = List.copyOf(results);
  }

  public int missing() {
    return Math.max(0, required - present);
  }

  public int issued() {
    return turnout.stream().mapToInt(TurnoutLine::issued).sum();
  }

  public int collected() {
    return turnout.stream().mapToInt(TurnoutLine::collected).sum();
  }

  /** One site's roll call. */
  public record SiteLine(long siteId, String name, int summoned, int present) {}

  /**
   * One site's ballots: issued and collected (paper, once recorded) or slips and votes cast
   * (electronic, live).
   */
  public record TurnoutLine(String name, int present, boolean recorded, int issued,
      int collected, boolean electronic) {}

  /** One subject's announced result. */
  public record ResultLine(int ordinal, String fullName, String position, long high,
      long confident, long low, String highPercent, String confidentPercent,
      String lowPercent, String bandKey, String bandCss) {}
}
