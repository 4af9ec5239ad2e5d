package vn.tinnhiem.server.documents;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.tinnhiem.server.ceremony.BoardMember;
import vn.tinnhiem.server.counting.CountEntry;
import vn.tinnhiem.server.counting.CountSheet;
import vn.tinnhiem.server.counting.SitePrivacy;
import vn.tinnhiem.server.roll.MemberMark;
import vn.tinnhiem.server.roll.RollCall;
import vn.tinnhiem.server.roll.VotingOpening;
import vn.tinnhiem.server.session.Exclusion;
import vn.tinnhiem.server.session.Subject;
import vn.tinnhiem.server.session.VoteSession;
import vn.tinnhiem.server.tally.Band;
import vn.tinnhiem.server.tally.Calculation;

/**
 * Everything the papers of one session print, read once: the set-up, the roll call, the
 * counting board, the count and its results, the electronic vote's fingerprints, and the
 * secretary's settings. The documents only format it.
 *
 * @param session    the session
 * @param subjects   in ballot order
 * @param exclusions people not voted on, and why
 * @param rollCall   per site summoned and present (as it stands, frozen once voting opened)
 * @param marks      per site id, its members with their roll-call marks
 * @param opening    when voting opened, if it has
 * @param board      the counting board in the order elected
 * @param sheet      every raw count
 * @param privacy    which sites' own figures may be printed
 * @param results    the results, or why the counts do not add up
 * @param entries    the log of paper-count entries
 * @param electronic the electronic vote, if the session had one
 * @param settings   chair, clerk, superior, locality
 * @param countingAt when counting started, if it has
 * @param closedAt   when the count closed, if it has
 * @param zone       the conference's time zone
 * @param consequences the preset's consequence text of each band, in Vietnamese
 */
public record ConferenceRecord(VoteSession session, List<Subject> subjects,
    List<Exclusion> exclusions, RollCall rollCall, Map<Long, List<MemberMark>> marks,
    Optional<VotingOpening> opening, List<BoardMember> board, CountSheet sheet,
    SitePrivacy privacy, Calculation results, List<CountEntry> entries,
    Optional<Electronic> electronic, DocumentSettings settings,
    Optional<OffsetDateTime> countingAt, Optional<OffsetDateTime> closedAt, ZoneId zone,
    Map<Band, String> consequences) {

  public ConferenceRecord {
    Objects.requireNonNull(session, "session");
    subjects = List.copyOf(subjects);
    exclusions = List.copyOf(exclusions);
    marks = Map.copyOf(marks);
    board = List.copyOf(board);
    entries = List.copyOf(entries);
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(privacy, "privacy");
    Objects.requireNonNull(results, "results");
    Objects.requireNonNull(settings, "settings");
    consequences = Map.copyOf(consequences);
  }

  /**
   * The electronic vote as the minutes print it.
   *
   * @param uuid        the election's uuid
   * @param fingerprint the election fingerprint (public key fixed)
   * @param archiveHash SHA-256 of the .bel archive as exported now, hex
   * @param ballots     Ballot events on the board
   * @param voters      voters who cast
   * @param trustees    counting-board members holding key shares
   * @param threshold   how many of them are needed to decrypt
   * @param decrypted   whether the result is on the board
   */
  public record Electronic(String uuid, String fingerprint, String archiveHash, int ballots,
      int voters, int trustees, int threshold, boolean decrypted) {}

  public boolean party() {
    return session.details().preset() == vn.tinnhiem.server.tally.Preset.QD96;
  }
}
