package vn.tinnhiem.server.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import vn.tinnhiem.server.roll.SiteRoll;
import vn.tinnhiem.server.session.Subject;
import vn.tinnhiem.server.system.Outcome;
import vn.tinnhiem.server.tally.Preset;

/**
 * Every paper of a session, as PDF, DOCX or XLSX. Papers that report the count exist only
 * once counting is closed; the binding-vote ballot only under Nghị quyết 96.
 */
@Service
public class DocumentService {

  /** The results and roll-call spreadsheets, by file name without extension. */
  public static final String RESULTS_XLSX = "ket-qua";
  public static final String ROLL_CALL_XLSX = "diem-danh";

  private final ConferenceRecords records;

  DocumentService(ConferenceRecords records) {
    this.records = records;
  }

  /** Why a paper cannot be made for this session now; empty when it can. */
  static Optional<String> unavailable(ConferenceRecord r, Paper paper) {
    if (paper.afterCount() && !r.sheet().closed()) {
      return Optional.of("documents.afterCount");
    }
    if (paper == Paper.BINDING_BALLOT && r.session().details().preset() != Preset.NQ96) {
      return Optional.of("documents.bindingOnlyNq96");
    }
    return Optional.empty();
  }

  private Outcome<Rendered> with(long sessionId, Function<ConferenceRecord, Outcome<Rendered>> f) {
    return records.read(sessionId).map(f)
        .orElseGet(() -> Outcome.notFound("session.notFound", sessionId));
  }

  public Outcome<Rendered> paper(long sessionId, Paper paper, Format format) {
    if (format == Format.XLSX) {
      return Outcome.notFound("documents.noSuchFormat");
    }
    return with(sessionId, r -> paper(r, paper, format));
  }

  static Outcome<Rendered> paper(ConferenceRecord r, Paper paper, Format format) {
    Optional<String> why = unavailable(r, paper);
    if (why.isPresent()) {
      return Outcome.conflict(why.get());
    }
    return Outcome.done(new Rendered(paper.slug() + "." + format.extension(), format,
        format.render(paper.build(r))));
  }

  public Outcome<Rendered> rollCall(long sessionId, long siteId, Format format) {
    return with(sessionId, r -> rollCall(r, siteId, format));
  }

  static Outcome<Rendered> rollCall(ConferenceRecord r, long siteId, Format format) {
    Optional<SiteRoll> site = r.rollCall().sites().stream()
        .filter(s -> s.site().id() == siteId).findFirst();
    if (site.isEmpty() || format == Format.XLSX) {
      return Outcome.notFound("site.notFound");
    }
    return Outcome.done(new Rendered("diem-danh-" + site.get().site().ordinal() + "."
        + format.extension(), format, format.render(Lists.rollCall(r, siteId))));
  }

  public Outcome<Rendered> notice(long sessionId, long subjectId, Format format) {
    return with(sessionId, r -> notice(r, subjectId, format));
  }

  static Outcome<Rendered> notice(ConferenceRecord r, long subjectId, Format format) {
    Optional<Subject> subject = r.subjects().stream().filter(s -> s.id() == subjectId)
        .findFirst();
    if (subject.isEmpty() || format == Format.XLSX) {
      return Outcome.notFound("subject.notFound");
    }
    if (!r.sheet().closed()) {
      return Outcome.conflict("documents.afterCount");
    }
    return PersonalNotice.build(r, subject.get().ordinal())
        .<Outcome<Rendered>>map(doc -> Outcome.done(new Rendered("thong-bao-"
            + subject.get().ordinal() + "." + format.extension(), format, format.render(doc))))
        .orElseGet(() -> Outcome.conflict("documents.noResults"));
  }

  /** The results ({@link #RESULTS_XLSX}) or the roll call ({@link #ROLL_CALL_XLSX}). */
  public Outcome<Rendered> spreadsheet(long sessionId, String name) {
    return with(sessionId, r -> spreadsheet(r, name));
  }

  static Outcome<Rendered> spreadsheet(ConferenceRecord r, String name) {
    if (name.equals(ROLL_CALL_XLSX)) {
      return Outcome.done(new Rendered(name + ".xlsx", Format.XLSX, Spreadsheets.rollCall(r)));
    }
    if (name.equals(RESULTS_XLSX)) {
      if (!r.sheet().closed()) {
        return Outcome.conflict("documents.afterCount");
      }
      return Outcome.done(new Rendered(name + ".xlsx", Format.XLSX, Spreadsheets.results(r)));
    }
    return Outcome.notFound("documents.notFound");
  }

  /**
   * The steps of "all documents": each makes one file. Read once, so every file shows the same
   * figures.
   */
  List<Function<ConferenceRecord, Outcome<Rendered>>> allSteps(ConferenceRecord r) {
    List<Function<ConferenceRecord, Outcome<Rendered>>> steps = new ArrayList<>();
    for (Paper p : Paper.values()) {
      if (unavailable(r, p).isEmpty()) {
        for (Format f : List.of(Format.PDF, Format.DOCX)) {
          steps.add(x -> paper(x, p, f));
        }
      }
    }
    for (SiteRoll site : r.rollCall().sites()) {
      for (Format f : List.of(Format.PDF, Format.DOCX)) {
        steps.add(x -> rollCall(x, site.site().id(), f));
      }
    }
    if (r.sheet().closed()) {
      for (Subject s : r.subjects()) {
        for (Format f : List.of(Format.PDF, Format.DOCX)) {
          steps.add(x -> notice(x, s.id(), f));
        }
      }
      steps.add(x -> spreadsheet(x, RESULTS_XLSX));
    }
    steps.add(x -> spreadsheet(x, ROLL_CALL_XLSX));
    return steps;
  }

  Optional<ConferenceRecord> read(long sessionId) {
    return records.read(sessionId);
  }
}
