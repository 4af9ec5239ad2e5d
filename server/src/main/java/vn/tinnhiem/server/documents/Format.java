package vn.tinnhiem.server.documents;

import java.util.Locale;
import java.util.Optional;

/** A file format offered for download, with its media type. */
public enum Format {
  PDF("application/pdf"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final String mediaType;

  Format(String mediaType) {
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Format> of(String extension) {
    for (Format f : values()) {
      if (f.extension().equals(extension)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** A document in this format (PDF or DOCX). */
  byte[] render(Doc doc) {
    return switch (this) {
      case PDF -> PdfRenderer.render(doc);
      case DOCX -> DocxRenderer.render(doc);
      case XLSX -> throw new IllegalArgumentException("a document is PDF or DOCX");
    };
  }
}
