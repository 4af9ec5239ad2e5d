package vn.tinnhiem.server.counting;

import java.util.Objects;

/**
 * One site's figures for the count.
 *
 * @param siteId    the site
 * @param siteName  its name
 * @param summoned  summoned at the site
 * @param present   present when voting opened
 * @param recorded  whether issued and collected have been entered
 * @param issued    ballots issued (0 until recorded)
 * @param collected ballots collected (0 until recorded)
 * @param electronic whether the site voted electronically: issued are its credential slips,
 *                   collected its voters who cast, both from the public board
 */
public record SiteBallots(long siteId, String siteName, int summoned, int present,
    boolean recorded, int issued, int collected, boolean electronic) {

  public SiteBallots {
    Objects.requireNonNull(siteName, "siteName");
    if (summoned < 0 || present < 0 || issued < 0 || collected < 0) {
      throw new IllegalArgumentException("negative count at site " + siteId);
    }
    if (!recorded && (issued != 0 || collected != 0)) {
      throw new IllegalArgumentException("counts of a site not recorded");
    }
  }
}
