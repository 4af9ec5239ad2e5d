package vn.tinnhiem.server.voting;

import java.util.List;

/**
 * A session's electronic vote at a glance, for the secretary's page and the public board.
 *
 * @param state       where the election is
 * @param uuid        the election's uuid
 * @param group       the group's name
 * @param threshold   k
 * @param trustees    the counting board as trustees, in index order
 * @param sites       per site: present, credentials issued, voters who cast
 * @param ballots     Ballot events on the board (revotes included)
 * @param fingerprint the election's fingerprint once the key is fixed, else null
 * @param publicKey   the election public key (decimal) once fixed, else null
 */
public record VotingOverview(ElectionState state, String uuid, String group, int threshold,
    List<TrusteeProgress> trustees, List<SiteProgress> sites, int ballots, String fingerprint,
    String publicKey) {

  public VotingOverview {
    trustees = List.copyOf(trustees);
    sites = List.copyOf(sites);
  }

  /** A trustee's name and how far they are. */
  public record TrusteeProgress(int index, String name, boolean keyDone, boolean decrypted) {}

  /** A site's slips and turnout. */
  public record SiteProgress(long siteId, String name, int present, int issued, int voted) {}

  public boolean pedersen() {
    return trustees.size() > 1;
  }

  public int issued() {
    return sites.stream().mapToInt(SiteProgress::issued).sum();
  }

  public int voted() {
    return sites.stream().mapToInt(SiteProgress::voted).sum();
  }
}
