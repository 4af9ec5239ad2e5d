package vn.tinnhiem.server.documents;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Liberation Serif (metric-compatible with Times New Roman, the font of Vietnamese official
 * papers), shipped in the jar and embedded in every PDF so each diacritic renders anywhere.
 * DOCX files name Times New Roman, which the secretary's word processor has.
 */
final class Fonts {

  static final float TITLE = 14;
  static final float BODY = 13;
  /** The letterhead: the national header must fit on one line. */
  static final float HEADER = 12;
  static final float TABLE = 11;
  static final float SMALL = 10;
  /** The DOCX font family. */
  static final String DOCX_FAMILY = "Times New Roman";

  private static final BaseFont REGULAR = load("LiberationSerif-Regular.ttf");
  private static final BaseFont BOLD = load("LiberationSerif-Bold.ttf");
  private static final BaseFont ITALIC = load("LiberationSerif-Italic.ttf");
  private static final BaseFont BOLD_ITALIC = load("LiberationSerif-BoldItalic.ttf");

  private Fonts() {}

  private static BaseFont load(String file) {
    try (InputStream in = Fonts.class.getResourceAsStream("/fonts/" + file)) {
      if (in == null) {
        throw new IllegalStateException("font missing from the jar: " + file);
      }
      return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
          in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Font pdf(float size, boolean bold, boolean italic, boolean underline) {
    BaseFont base = bold ? (italic ? BOLD_ITALIC : BOLD) : (italic ? ITALIC : REGULAR);
    return new Font(base, size, underline ? Font.UNDERLINE : Font.NORMAL);
  }

  static BaseFont regular() {
    return REGULAR;
  }
}
