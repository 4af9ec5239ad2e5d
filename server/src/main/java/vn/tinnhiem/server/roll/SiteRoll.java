package vn.tinnhiem.server.roll;

import java.util.Objects;
import vn.tinnhiem.server.session.Site;

/**
 * One site's roll call.
 *
 * @param site     the site
 * @param summoned members summoned at this site
 * @param present  present: the bare count when {@code counted}, else members marked present
 * @param absent   marked absent (0 when counted)
 * @param excused  marked excused (0 when counted)
 * @param counted  whether the site reported a bare present count instead of marks
 */
public record SiteRoll(Site site, int summoned, int present, int absent, int excused,
    boolean counted) {

  public SiteRoll {
    Objects.requireNonNull(site, "site");
    if (present < 0 || absent < 0 || excused < 0 || present + absent + excused > summoned) {
      throw new IllegalArgumentException("inconsistent roll at site " + site.id());
    }
  }

  /** Members not marked yet (0 when counted). */
  public int unmarked() {
    return counted ? 0 : summoned - present - absent - excused;
  }
}
