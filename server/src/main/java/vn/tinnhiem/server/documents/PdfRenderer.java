package vn.tinnhiem.server.documents;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import vn.tinnhiem.server.documents.Doc.Align;
import vn.tinnhiem.server.documents.Doc.Block;
import vn.tinnhiem.server.documents.Doc.Cell;
import vn.tinnhiem.server.documents.Doc.Header;
import vn.tinnhiem.server.documents.Doc.PageBreak;
import vn.tinnhiem.server.documents.Doc.Para;
import vn.tinnhiem.server.documents.Doc.Signature;
import vn.tinnhiem.server.documents.Doc.Signatures;
import vn.tinnhiem.server.documents.Doc.Span;
import vn.tinnhiem.server.documents.Doc.Table;

/**
 * Writes a {@link Doc} as an A4 PDF with OpenPDF: margins of Vietnamese official papers (left
 * 30 mm, right 15 mm, top and bottom 20 mm), fonts embedded, table heads repeated on every
 * page, and from page 2 on the running head and "Trang n/N" at the top.
 */
final class PdfRenderer {

  private static final float MM = 72f / 25.4f;
  private static final float SIGNATURE_ROOM = 62;

  private PdfRenderer() {}

  static byte[] render(Doc doc) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document pdf = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
    try {
      PdfWriter writer = PdfWriter.getInstance(pdf, out);
      writer.setPageEvent(new RunningHead(doc.runningHead()));
      pdf.addTitle(doc.title());
      pdf.addCreator("tinnhiem");
      pdf.open();
      for (Block block : doc.blocks()) {
        if (block instanceof Header h) {
          pdf.add(header(h));
        } else if (block instanceof Para p) {
          pdf.add(paragraph(p));
        } else if (block instanceof Table t) {
          pdf.add(table(t));
        } else if (block instanceof Signatures s) {
          pdf.add(signatures(s));
        } else if (block instanceof PageBreak) {
          pdf.newPage();
        }
      }
      pdf.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("PDF not written: " + doc.title(), e);
    }
    return out.toByteArray();
  }

  private static int align(Align align) {
    return switch (align) {
      case LEFT -> Element.ALIGN_LEFT;
      case CENTER -> Element.ALIGN_CENTER;
      case RIGHT -> Element.ALIGN_RIGHT;
      case JUSTIFY -> Element.ALIGN_JUSTIFIED;
    };
  }

  private static Phrase phrase(List<Span> spans, float size) {
    // the phrase's own font is used for line ends: ours, so no unembedded Helvetica creeps in
    Phrase phrase = new Phrase(size * 1.3f, "", Fonts.pdf(size, false, false, false));
    for (Span s : spans) {
      phrase.add(new Chunk(s.text(), Fonts.pdf(size, s.bold(), s.italic(), s.underline())));
    }
    return phrase;
  }

  private static Paragraph paragraph(Para p) {
    Paragraph paragraph = new Paragraph(phrase(p.spans(), p.size()));
    paragraph.setLeading(p.size() * 1.3f);
    paragraph.setAlignment(align(p.align()));
    paragraph.setSpacingBefore(p.spaceBefore());
    if (p.indent()) {
      paragraph.setFirstLineIndent(10 * MM);
    }
    return paragraph;
  }

  private static PdfPTable header(Header h) throws DocumentException {
    PdfPTable table = new PdfPTable(new float[] {40, 60});
    table.setWidthPercentage(100);
    table.addCell(headerColumn(h.left()));
    table.addCell(headerColumn(h.right()));
    return table;
  }

  private static PdfPCell headerColumn(List<Span> lines) {
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(0);
    for (Span line : lines) {
      Paragraph p = new Paragraph(phrase(List.of(line), Fonts.HEADER));
      p.setAlignment(Element.ALIGN_CENTER);
      p.setLeading(Fonts.HEADER * 1.3f);
      cell.addElement(p);
    }
    return cell;
  }

  private static PdfPTable table(Table t) throws DocumentException {
    float[] widths = new float[t.columns().size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = t.columns().get(i).weight();
    }
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(t.width());
    if (t.width() < 100) {
      table.setHorizontalAlignment(Element.ALIGN_RIGHT);
    }
    table.setSpacingBefore(6);
    table.setSpacingAfter(4);
    table.setHeaderRows(t.head().size());
    for (List<Cell> row : t.head()) {
      for (Cell c : row) {
        table.addCell(cell(c, Align.CENTER, t.size(), 0, true));
      }
    }
    for (List<Cell> row : t.body()) {
      int column = 0;
      for (Cell c : row) {
        Align fallback = t.columns().get(Math.min(column, widths.length - 1)).align();
        table.addCell(cell(c, fallback, t.size(), t.rowHeight(), false));
        column += c.colspan();
      }
    }
    return table;
  }

  private static PdfPCell cell(Cell c, Align fallback, float size, float minHeight,
      boolean head) {
    PdfPCell cell = new PdfPCell(phrase(List.of(new Span(c.text(), c.bold() || head, false,
        false)), size));
    cell.setColspan(c.colspan());
    cell.setRowspan(c.rowspan());
    cell.setHorizontalAlignment(align(c.align() != null ? c.align() : fallback));
    cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
    cell.setPaddingTop(2);
    cell.setPaddingBottom(4);
    cell.setPaddingLeft(3);
    cell.setPaddingRight(3);
    cell.setBorderWidth(0.6f);
    if (minHeight > 0) {
      cell.setMinimumHeight(minHeight);
    }
    return cell;
  }

  private static PdfPTable signatures(Signatures s) throws DocumentException {
    PdfPTable table = new PdfPTable(s.perRow());
    table.setWidthPercentage(100);
    table.setSpacingBefore(12);
    table.setKeepTogether(s.signatures().size() <= s.perRow() * 2);
    for (Signature sig : s.signatures()) {
      PdfPCell cell = new PdfPCell();
      cell.setBorder(Rectangle.NO_BORDER);
      cell.setPaddingBottom(14);
      for (String line : sig.caption()) {
        Paragraph p = new Paragraph(line, Fonts.pdf(Fonts.BODY, true, false, false));
        p.setAlignment(Element.ALIGN_CENTER);
        p.setLeading(Fonts.BODY * 1.25f);
        cell.addElement(p);
      }
      if (!sig.blank()) {
        Paragraph hint = new Paragraph("(Ký, ghi rõ họ tên)",
            Fonts.pdf(Fonts.SMALL, false, true, false));
        hint.setAlignment(Element.ALIGN_CENTER);
        cell.addElement(hint);
      }
      Paragraph name = new Paragraph(sig.name(), Fonts.pdf(Fonts.BODY, true, false, false));
      name.setAlignment(Element.ALIGN_CENTER);
      name.setSpacingBefore(SIGNATURE_ROOM);
      cell.addElement(name);
      table.addCell(cell);
    }
    int rest = (s.perRow() - s.signatures().size() % s.perRow()) % s.perRow();
    for (int i = 0; i < rest; i++) {
      PdfPCell empty = new PdfPCell(phrase(List.of(Span.plain("")), Fonts.BODY));
      empty.setBorder(Rectangle.NO_BORDER);
      table.addCell(empty);
    }
    return table;
  }

  /** From page 2: the running head on the left, "Trang n/N" on the right. */
  private static final class RunningHead extends PdfPageEventHelper {
    private final String text;
    private PdfTemplate total;

    RunningHead(String text) {
      this.text = text;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
      total = writer.getDirectContent().createTemplate(30, 14);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      int page = writer.getPageNumber();
      if (page < 2) {
        return;
      }
      PdfContentByte cb = writer.getDirectContent();
      float y = document.getPageSize().getHeight() - 12 * MM;
      Font font = Fonts.pdf(Fonts.SMALL, false, true, false);
      if (!text.isEmpty()) {
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(text, font),
            document.left(), y, 0);
      }
      String label = "Trang " + page + "/";
      float width = Fonts.regular().getWidthPoint(label, Fonts.SMALL);
      float x = document.right() - width - 14;
      ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
          new Phrase(label, Fonts.pdf(Fonts.SMALL, false, false, false)), x, y, 0);
      cb.addTemplate(total, x + width, y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
      ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
          new Phrase(String.valueOf(writer.getPageNumber() - 1),
              Fonts.pdf(Fonts.SMALL, false, false, false)), 0, 0, 0);
    }
  }
}
