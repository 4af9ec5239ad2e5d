package vn.tinnhiem.server.tally;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks that counts add up and computes results, in exact integer arithmetic.
 * Plain Java, no state.
 *
 * <p>Rules (DOMAIN.md):
 * <ul>
 *   <li>{@code collected ≤ issued ≤ present ≤ members}.</li>
 *   <li>Each subject's rows {@code high + confident + low + invalid + blank} equal
 *       {@code collected} under {@link InvalidityMode#PER_ROW}, and
 *       {@code collected − whollyInvalid} under {@link InvalidityMode#WHOLE_BALLOT};
 *       wholly invalid ballots exist only under WHOLE_BALLOT and invalid rows only
 *       under PER_ROW; blank rows only when the session allows them.</li>
 *   <li>A blank row is a valid ballot for that person that chose no level: it is
 *       in {@code valid} (and so in the {@link CountingBase#VALID} base) but in
 *       none of the three levels.</li>
 *   <li>Base {@code B}: members, issued or collected for everyone, or the person's
 *       valid ballots. Band: {@link Band#of(long, long)}; {@code B = 0} gives
 *       {@link Band#NONE} and undefined percentages.</li>
 *   <li>Ranking by the exact share of tín nhiệm cao of {@code B} (with a base
 *       common to all subjects that is the same as by count), most first. Equal
 *       shares get the same rank and the next rank skips ("1, 2, 2, 4"); within a
 *       rank, by TT.</li>
 * </ul>
 */
public final class ResultsCalculator {

  private ResultsCalculator() {}

  /** Every reason the counts do not add up, conference-wide first, then by TT; empty if none. */
  public static List<Inconsistency> check(ResultsInput input) {
    List<Inconsistency> problems = new ArrayList<>();
    Totals t = input.totals();
    if (t.present() > t.members()) {
      problems.add(conferenceWide(Inconsistency.Kind.PRESENT_OVER_MEMBERS,
          t.present(), t.members()));
    }
    if (t.issued() > t.present()) {
      problems.add(conferenceWide(Inconsistency.Kind.ISSUED_OVER_PRESENT,
          t.issued(), t.present()));
    }
    if (t.collected() > t.issued()) {
      problems.add(conferenceWide(Inconsistency.Kind.COLLECTED_OVER_ISSUED,
          t.collected(), t.issued()));
    }
    boolean wholeBallot = input.invalidity() == InvalidityMode.WHOLE_BALLOT;
    if (!wholeBallot && t.whollyInvalid() > 0) {
      problems.add(conferenceWide(Inconsistency.Kind.WHOLLY_INVALID_UNDER_PER_ROW,
          t.whollyInvalid()));
    }
    if (wholeBallot && t.whollyInvalid() > t.collected()) {
      problems.add(conferenceWide(Inconsistency.Kind.WHOLLY_INVALID_OVER_COLLECTED,
          t.whollyInvalid(), t.collected()));
    }
    for (SubjectCounts s : byOrder(input.subjects())) {
      if (wholeBallot && s.invalid() > 0) {
        problems.add(forSubject(Inconsistency.Kind.ROW_INVALID_UNDER_WHOLE_BALLOT, s,
            s.invalid()));
      }
      if (!input.blankAllowed() && s.blank() > 0) {
        problems.add(forSubject(Inconsistency.Kind.BLANK_NOT_ALLOWED, s, s.blank()));
      }
      // A negative expectation was reported above as more wholly invalid than collected.
      if (input.expectedRows() >= 0 && s.rows() != input.expectedRows()) {
        problems.add(forSubject(wholeBallot
                ? Inconsistency.Kind.ROWS_NOT_VALID_BALLOTS
                : Inconsistency.Kind.ROWS_NOT_COLLECTED, s,
            s.high(), s.confident(), s.low(), s.invalid(), s.blank(), s.rows(),
            input.expectedRows()));
      }
    }
    return List.copyOf(problems);
  }

  /** The results, or the reasons from {@link #check} when the counts do not add up. */
  public static Calculation calculate(ResultsInput input) {
    List<Inconsistency> problems = check(input);
    if (!problems.isEmpty()) {
      return new Calculation.Rejected(problems);
    }
    List<SubjectCounts> rows = byOrder(input.subjects());
    List<Share> highShares = rows.stream().map(s -> new Share(s.high(), base(input, s))).toList();
    List<SubjectResult> subjects = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      subjects.add(result(input, rows.get(i), rank(highShares.get(i), highShares)));
    }
    List<SubjectResult> ranking = subjects.stream()
        .sorted(Comparator.comparingInt(SubjectResult::rank)
            .thenComparingInt(SubjectResult::order))
        .toList();
    return new Calculation.Computed(new Results(input, subjects, ranking));
  }

  /** {@code B} for one subject. */
  static long base(ResultsInput input, SubjectCounts subject) {
    Totals t = input.totals();
    return switch (input.base()) {
      case MEMBERS -> t.members();
      case ISSUED -> t.issued();
      case COLLECTED -> t.collected();
      case VALID -> valid(subject);
    };
  }

  private static long valid(SubjectCounts subject) {
    return Math.addExact(subject.levels(), subject.blank());
  }

  private static SubjectResult result(ResultsInput input, SubjectCounts s, int rank) {
    long base = base(input, s);
    long invalid = input.invalidity() == InvalidityMode.WHOLE_BALLOT
        ? input.totals().whollyInvalid()
        : s.invalid();
    Band band = Band.of(s.low(), base);
    return new SubjectResult(s, input.totals(), valid(s), invalid, base,
        new Share(s.high(), base), new Share(s.confident(), base), new Share(s.low(), base),
        band, input.preset().consequenceKey(band), rank);
  }

  /** Competition ranking: one more than the number of strictly greater shares. */
  private static int rank(Share share, List<Share> all) {
    return 1 + (int) all.stream().filter(other -> other.compareTo(share) > 0).count();
  }

  private static List<SubjectCounts> byOrder(List<SubjectCounts> subjects) {
    return subjects.stream().sorted(Comparator.comparingInt(SubjectCounts::order)).toList();
  }

  private static Inconsistency conferenceWide(Inconsistency.Kind kind, Object... args) {
    return new Inconsistency(kind, 0, List.of(args));
  }

  private static Inconsistency forSubject(
      Inconsistency.Kind kind, SubjectCounts subject, Object... counts) {
    List<Object> args = new ArrayList<>();
    args.add(subject.order());
    args.add(subject.fullName());
    args.addAll(List.of(counts));
    return new Inconsistency(kind, subject.order(), args);
  }
}
