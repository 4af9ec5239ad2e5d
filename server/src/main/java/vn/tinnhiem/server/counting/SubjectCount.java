package vn.tinnhiem.server.counting;

import java.util.Objects;

/**
 * The paper count for one subject, over all sites.
 *
 * @param subjectId the subject
 * @param ordinal   row on the ballot
 * @param fullName  name
 * @param position  post voted on
 * @param entered   whether counts have been entered (all zeros until then)
 * @param high      rows marked tín nhiệm cao
 * @param confident rows marked tín nhiệm
 * @param low       rows marked tín nhiệm thấp
 * @param blank     rows left blank, when the session allows it (else 0)
 * @param invalid   rows invalid for this subject; under WHOLE_BALLOT, the invalid ballots
 */
public record SubjectCount(long subjectId, int ordinal, String fullName, String position,
    boolean entered, int high, int confident, int low, int blank, int invalid) {

  public SubjectCount {
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(position, "position");
    if (high < 0 || confident < 0 || low < 0 || blank < 0 || invalid < 0) {
      throw new IllegalArgumentException("negative count for subject " + subjectId);
    }
  }

  /** Rows valid for this subject: the three levels and the blank rows. */
  public int valid() {
    return high + confident + low + blank;
  }

  /** All rows: must equal the ballots collected. */
  public int total() {
    return valid() + invalid;
  }
}
