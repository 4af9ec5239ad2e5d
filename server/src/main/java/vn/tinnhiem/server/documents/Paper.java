package vn.tinnhiem.server.documents;

import java.util.Arrays;
import java.util.Optional;

/**
 * The papers of a session that are one file each, by their file name (Vietnamese without
 * diacritics, as a secretary would name them). Per-site roll-call sheets and per-subject
 * notices are addressed apart.
 */
public enum Paper {
  BALLOT("phieu-lay-phieu-tin-nhiem", false),
  BINDING_BALLOT("phieu-bo-phieu-tin-nhiem", false),
  SUBJECTS("danh-sach-nguoi-duoc-lay-phieu", false),
  COUNTING_MINUTES("bien-ban-kiem-phieu", true),
  CONFERENCE_MINUTES("bien-ban-hoi-nghi", true),
  REPORT("bao-cao-ket-qua", true),
  SEALING("bien-ban-niem-phong", true);

  private final String slug;
  private final boolean afterCount;

  Paper(String slug, boolean afterCount) {
    this.slug = slug;
    this.afterCount = afterCount;
  }

  public String slug() {
    return slug;
  }

  /** Whether it reports the count, so exists only once counting is closed. */
  public boolean afterCount() {
    return afterCount;
  }

  /** Message key of its name on the documents page. */
  public String messageKey() {
    return "documents.paper." + name();
  }

  public static Optional<Paper> bySlug(String slug) {
    return Arrays.stream(values()).filter(p -> p.slug.equals(slug)).findFirst();
  }

  Doc build(ConferenceRecord r) {
    return switch (this) {
      case BALLOT -> BallotForm.build(r, BallotForm.Kind.CONFIDENCE);
      case BINDING_BALLOT -> BallotForm.build(r, BallotForm.Kind.BINDING);
      case SUBJECTS -> Lists.subjects(r);
      case COUNTING_MINUTES -> CountingMinutes.build(r);
      case CONFERENCE_MINUTES -> ConferenceMinutes.build(r);
      case REPORT -> ResultsReport.build(r);
      case SEALING -> SealingRecord.build(r);
    };
  }
}
