package vn.tinnhiem.server.counting;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which sites' own figures (ballots issued and collected) may be shown: only a site with at
 * least {@code threshold} ballots collected, so a small site's votes are never revealed. When
 * exactly one site is held back, the smallest shown site is held back too, or the totals would
 * give the hidden one away.
 *
 * @param threshold the least number of ballots for a site's figures to be shown
 * @param hidden    ids of the sites whose figures are not shown
 */
public record SitePrivacy(int threshold, Set<Long> hidden) {

  /** The default the secretary may change. */
  public static final int DEFAULT_THRESHOLD = 10;

  public SitePrivacy {
    if (threshold < 1) {
      throw new IllegalArgumentException("threshold must be at least 1");
    }
    hidden = Set.copyOf(hidden);
  }

  /** The sites to hold back on this sheet. */
  public static SitePrivacy of(int threshold, List<SiteBallots> sites) {
    Set<Long> hidden = new HashSet<>();
    for (SiteBallots s : sites) {
      if (s.collected() < threshold) {
        hidden.add(s.siteId());
      }
    }
    if (hidden.size() == 1 && sites.size() > 1) {
      sites.stream().filter(s -> !hidden.contains(s.siteId()))
          .min(Comparator.comparingInt(SiteBallots::collected))
          .ifPresent(s -> hidden.add(s.siteId()));
    }
    return new SitePrivacy(threshold, hidden);
  }

  public boolean shown(long siteId) {
    return !hidden.contains(siteId);
  }

  public boolean anyHidden() {
    return !hidden.isEmpty();
  }

  /** A site's figure as printed: the number, or "—" when held back. */
  public String figure(long siteId, int value) {
    return shown(siteId) ? String.valueOf(value) : HIDDEN;
  }

  /** What a held-back figure prints as. */
  public static final String HIDDEN = "—";

  /** The site's collected count when shown. */
  public Optional<Integer> collected(SiteBallots site) {
    return shown(site.siteId()) ? Optional.of(site.collected()) : Optional.empty();
  }
}
