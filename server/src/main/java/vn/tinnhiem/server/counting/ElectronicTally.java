package vn.tinnhiem.server.counting;

import java.util.Map;
import java.util.Optional;

/**
 * The electronic vote as the count sees it (implemented by feature {@code voting}): sites that
 * voted electronically count their slips as ballots issued and their voters as ballots
 * collected, and the decrypted counts join the paper counts of the other sites. Per-site
 * electronic counts do not exist: the tally is decrypted for all sites together.
 */
public interface ElectronicTally {

  /** Per site id that voted electronically (the box was opened): slips issued, voters who cast. */
  Map<Long, SiteTally> sites(long sessionId);

  /** Decrypted counts per subject id, once the result is on the board. */
  Optional<Map<Long, Levels>> subjects(long sessionId);

  /** Whether the electronic ballot box is open now (counting must wait for it to close). */
  boolean boxOpen(long sessionId);

  /** A site's electronic figures. */
  record SiteTally(int issued, int cast) {}

  /** One subject's decrypted counts. */
  record Levels(int high, int confident, int low, int blank) {}
}
