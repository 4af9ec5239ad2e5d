package vn.tinnhiem.server.counting;

import java.util.List;
import java.util.Objects;
import vn.tinnhiem.server.tally.CountingBase;
import vn.tinnhiem.server.tally.InvalidityMode;
import vn.tinnhiem.server.tally.Preset;
import vn.tinnhiem.server.tally.ResultsInput;
import vn.tinnhiem.server.tally.SubjectCounts;
import vn.tinnhiem.server.tally.Totals;

/**
 * Every raw count of a session, for the results calculator: the session's
 * rules, per site summoned/present/issued/collected, and per subject the
 * level counts with blank and invalid rows. Sites are only ever added up
 * here; results are computed on the totals.
 *
 * @param sessionId    the session
 * @param preset       the rule set (bands' consequence texts)
 * @param base         what percentages are taken against
 * @param invalidity   what a badly marked row spoils
 * @param blankAllowed whether a blank row is valid
 * @param closed       whether counting is closed (the figures are final)
 * @param sites        per site, in site order
 * @param subjects     per subject, in ballot order
 */
public record CountSheet(long sessionId, Preset preset, CountingBase base,
    InvalidityMode invalidity, boolean blankAllowed, boolean closed, List<SiteBallots> sites,
    List<SubjectCount> subjects) {

  public CountSheet {
    Objects.requireNonNull(preset, "preset");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(invalidity, "invalidity");
    sites = List.copyOf(sites);
    subjects = List.copyOf(subjects);
  }

  /** All summoned members (the MEMBERS base). */
  public int summoned() {
    return sites.stream().mapToInt(SiteBallots::summoned).sum();
  }

  public int present() {
    return sites.stream().mapToInt(SiteBallots::present).sum();
  }

  /** Ballots issued, over all sites (the ISSUED base). */
  public int issued() {
    return sites.stream().mapToInt(SiteBallots::issued).sum();
  }

  /** Ballots collected, over all sites (the COLLECTED base). */
  public int collected() {
    return sites.stream().mapToInt(SiteBallots::collected).sum();
  }

  /**
   * Ballots invalid as a whole: under {@link InvalidityMode#WHOLE_BALLOT} the
   * invalid count that every subject shares (checked before closing; the
   * first entered subject's until then), otherwise 0. A results calculator
   * that keeps wholly invalid ballots apart takes this, and per subject
   * {@link #rowInvalid(SubjectCount)}.
   */
  public int whollyInvalid() {
    if (invalidity != InvalidityMode.WHOLE_BALLOT) {
      return 0;
    }
    return subjects.stream().filter(SubjectCount::entered).mapToInt(SubjectCount::invalid)
        .findFirst().orElse(0);
  }

  /**
   * Rows invalid for this subject alone: its invalid count under
   * {@link InvalidityMode#PER_ROW}, 0 under WHOLE_BALLOT (where they are
   * {@link #whollyInvalid()}).
   */
  public int rowInvalid(SubjectCount subject) {
    return invalidity == InvalidityMode.WHOLE_BALLOT ? 0 : subject.invalid();
  }

  /** The results calculator's input: the totals over all sites and each subject's row. */
  public ResultsInput resultsInput() {
    Totals totals = new Totals(summoned(), present(), issued(), collected(), whollyInvalid());
    return new ResultsInput(preset, base, invalidity, blankAllowed, totals, subjects.stream()
        .map(s -> new SubjectCounts(s.ordinal(), s.fullName(), s.position(), s.high(),
            s.confident(), s.low(), rowInvalid(s), s.blank()))
        .toList());
  }

  /** Whether every site's ballots and every subject's counts are entered. */
  public boolean complete() {
    return sites.stream().allMatch(SiteBallots::recorded)
        && subjects.stream().allMatch(SubjectCount::entered);
  }
}
