package vn.tinnhiem.server.counting;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One entry of a subject's paper counts, as logged: who typed which figures and when.
 *
 * @param id        log order
 * @param subjectId the subject
 * @param counts    the figures typed
 * @param by        username of the counting-board member
 * @param at        when
 */
public record CountEntry(long id, long subjectId, PaperCounts counts, String by,
    OffsetDateTime at) {

  public CountEntry {
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
  }
}
