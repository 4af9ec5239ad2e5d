package vn.tinnhiem.server.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads generated PDFs back with PDFBox: text per page, page count, fonts, and a page rendered
 * to PNG in {@code target/documents/} (to look at) with the checks a secretary would make of
 * it: not blank, nothing printed into the margins.
 */
final class Pdfs {

  static final Path OUT = Path.of("target", "documents");

  private Pdfs() {}

  static int pages(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return doc.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of page {@code page} (from 1), or of all pages when 0, white space as one space. */
  static String text(byte[] pdf, int page) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      if (page > 0) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
      }
      // one space for every run of white space: table cells wrap their words
      return stripper.getText(doc).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(byte[] pdf) {
    return text(pdf, 0);
  }

  /** Every font is embedded (a font file in its descriptor). */
  static boolean fontsEmbedded(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (var page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          var font = page.getResources().getFont(name);
          if (!font.isEmbedded()) {
            return false;
          }
        }
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Renders the page (from 1) at 72 dpi to {@code target/documents/NAME-pPAGE.png} and checks
   * it: some ink on the page, and none in the outer 8 mm on every side (a table running off the
   * page would leave some there).
   */
  static Path renderAndCheck(byte[] pdf, int page, String name) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page - 1, 72);
      Files.createDirectories(OUT);
      Files.write(OUT.resolve(name + ".pdf"), pdf);
      Path file = OUT.resolve(name + "-p" + page + ".png");
      ImageIO.write(image, "png", file.toFile());
      int margin = Math.round(8 / 25.4f * 72);
      int ink = 0;
      int outside = 0;
      for (int y = 0; y < image.getHeight(); y++) {
        for (int x = 0; x < image.getWidth(); x++) {
          int rgb = image.getRGB(x, y);
          int dark = 255 - Math.min((rgb >> 16) & 0xff, Math.min((rgb >> 8) & 0xff, rgb & 0xff));
          if (dark > 96) {
            ink++;
            if (x < margin || y < margin || x >= image.getWidth() - margin
                || y >= image.getHeight() - margin) {
              outside++;
            }
          }
        }
      }
      assertThat(ink).as("%s page %d is not blank", name, page).isGreaterThan(500);
      assertThat(outside).as("%s page %d: ink in the outer margin", name, page).isZero();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
