package vn.tinnhiem.server.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;
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
 * Writes a {@link Doc} as an editable DOCX with Apache POI: A4, the same margins as the PDF,
 * Times New Roman, table heads marked to repeat, the running head and page number from page 2.
 */
final class DocxRenderer {

  /** A4 in twentieths of a point, and the margins: left 30 mm, right 15 mm, 20 mm top/bottom. */
  private static final int PAGE_W = 11906;
  private static final int PAGE_H = 16838;
  private static final int LEFT = 1701;
  private static final int RIGHT = 850;
  private static final int TOP_BOTTOM = 1134;
  private static final int TEXT_W = PAGE_W - LEFT - RIGHT;

  private DocxRenderer() {}

  static byte[] render(Doc doc) {
    try (XWPFDocument docx = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      docx.getProperties().getCoreProperties().setTitle(doc.title());
      docx.getProperties().getCoreProperties().setCreator("tinnhiem");
      page(docx, doc.runningHead());
      boolean breakBefore = false;
      for (Block block : doc.blocks()) {
        if (block instanceof PageBreak) {
          breakBefore = true;
          continue;
        }
        if (breakBefore) {
          docx.createParagraph().createRun().addBreak(BreakType.PAGE);
          breakBefore = false;
        }
        if (block instanceof Header h) {
          header(docx, h);
        } else if (block instanceof Para p) {
          paragraph(docx.createParagraph(), p);
        } else if (block instanceof Table t) {
          table(docx, t);
        } else if (block instanceof Signatures s) {
          signatures(docx, s);
        }
      }
      docx.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void page(XWPFDocument docx, String runningHead) {
    CTSectPr sect = docx.getDocument().getBody().isSetSectPr()
        ? docx.getDocument().getBody().getSectPr()
        : docx.getDocument().getBody().addNewSectPr();
    var size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_W));
    size.setH(BigInteger.valueOf(PAGE_H));
    var margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    margins.setLeft(BigInteger.valueOf(LEFT));
    margins.setRight(BigInteger.valueOf(RIGHT));
    margins.setTop(BigInteger.valueOf(TOP_BOTTOM));
    margins.setBottom(BigInteger.valueOf(TOP_BOTTOM));
    margins.setHeader(BigInteger.valueOf(567));
    margins.setFooter(BigInteger.valueOf(567));
    // The first page has its own (empty) header: the running head starts on page 2.
    docx.createHeader(HeaderFooterType.FIRST).createParagraph();
    XWPFHeader header = docx.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph head = header.createParagraph();
    head.setAlignment(ParagraphAlignment.LEFT);
    run(head, new Span(runningHead.isEmpty() ? "" : runningHead + "    ", false, true, false),
        Fonts.SMALL);
    run(head, Span.plain("Trang "), Fonts.SMALL);
    head.getCTP().addNewFldSimple().setInstr("PAGE");
    XWPFFooter footer = docx.createFooter(HeaderFooterType.FIRST);
    footer.createParagraph();
  }

  private static ParagraphAlignment align(Align align) {
    return switch (align) {
      case LEFT -> ParagraphAlignment.LEFT;
      case CENTER -> ParagraphAlignment.CENTER;
      case RIGHT -> ParagraphAlignment.RIGHT;
      case JUSTIFY -> ParagraphAlignment.BOTH;
    };
  }

  private static XWPFRun run(XWPFParagraph p, Span span, float size) {
    XWPFRun run = p.createRun();
    run.setText(span.text());
    run.setBold(span.bold());
    run.setItalic(span.italic());
    if (span.underline()) {
      run.setUnderline(UnderlinePatterns.SINGLE);
    }
    run.setFontFamily(Fonts.DOCX_FAMILY);
    run.setFontSize((double) size);
    return run;
  }

  private static void paragraph(XWPFParagraph target, Para p) {
    target.setAlignment(align(p.align()));
    target.setSpacingBefore(Math.round(p.spaceBefore() * 20));
    target.setSpacingAfter(0);
    if (p.indent()) {
      target.setIndentationFirstLine(567);
    }
    for (Span s : p.spans()) {
      run(target, s, p.size());
    }
  }

  private static void centred(XWPFParagraph p, Span span, float size) {
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setSpacingAfter(0);
    run(p, span, size);
  }

  private static XWPFTable newTable(XWPFDocument docx, float[] weights, boolean borders) {
    return newTable(docx, weights, borders, 100);
  }

  private static XWPFTable newTable(XWPFDocument docx, float[] weights, boolean borders,
      float percent) {
    int textWidth = Math.round(TEXT_W * percent / 100);
    XWPFTable table = docx.createTable();
    table.removeRow(0);
    CTTblPr pr = table.getCTTbl().getTblPr() != null ? table.getCTTbl().getTblPr()
        : table.getCTTbl().addNewTblPr();
    CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
    width.setType(STTblWidth.DXA);
    width.setW(BigInteger.valueOf(textWidth));
    pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
    if (percent < 100) {
      table.setTableAlignment(org.apache.poi.xwpf.usermodel.TableRowAlign.RIGHT);
    }
    CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
        : table.getCTTbl().addNewTblGrid();
    for (int w : twips(weights, textWidth)) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
    if (!borders) {
      table.setTopBorder(XWPFBorderType.NONE, 0, 0, "auto");
      table.setBottomBorder(XWPFBorderType.NONE, 0, 0, "auto");
      table.setLeftBorder(XWPFBorderType.NONE, 0, 0, "auto");
      table.setRightBorder(XWPFBorderType.NONE, 0, 0, "auto");
      table.setInsideHBorder(XWPFBorderType.NONE, 0, 0, "auto");
      table.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");
    }
    return table;
  }

  private static int[] twips(float[] weights) {
    return twips(weights, TEXT_W);
  }

  private static int[] twips(float[] weights, int total) {
    float sum = 0;
    for (float w : weights) {
      sum += w;
    }
    int[] out = new int[weights.length];
    for (int i = 0; i < weights.length; i++) {
      out[i] = Math.round(total * weights[i] / sum);
    }
    return out;
  }

  private static XWPFTableCell addCell(XWPFTableRow row, int width, int gridSpan) {
    XWPFTableCell cell = row.addNewTableCell();
    CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr()
        : cell.getCTTc().addNewTcPr();
    CTTblWidth w = pr.addNewTcW();
    w.setType(STTblWidth.DXA);
    w.setW(BigInteger.valueOf(width));
    if (gridSpan > 1) {
      pr.addNewGridSpan().setVal(BigInteger.valueOf(gridSpan));
    }
    pr.addNewVAlign().setVal(STVerticalJc.CENTER);
    return cell;
  }

  private static XWPFParagraph firstParagraph(XWPFTableCell cell) {
    return cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
  }

  private static void header(XWPFDocument docx, Header h) {
    XWPFTable table = newTable(docx, new float[] {40, 60}, false);
    XWPFTableRow row = table.insertNewTableRow(0);
    int[] widths = twips(new float[] {40, 60});
    List<List<Span>> columns = List.of(h.left(), h.right());
    for (int i = 0; i < 2; i++) {
      XWPFTableCell cell = addCell(row, widths[i], 1);
      boolean first = true;
      for (Span line : columns.get(i)) {
        XWPFParagraph p = first ? firstParagraph(cell) : cell.addParagraph();
        first = false;
        centred(p, line, Fonts.HEADER);
      }
    }
  }

  /**
   * Places cells on the grid row by row: a cell under another's rowspan becomes a
   * "continue" cell of the merge, as Word wants it.
   */
  private static void table(XWPFDocument docx, Table t) {
    float[] weights = new float[t.columns().size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = t.columns().get(i).weight();
    }
    int[] widths = twips(weights, Math.round(TEXT_W * t.width() / 100));
    XWPFTable table = newTable(docx, weights, true, t.width());
    List<List<Cell>> rows = new ArrayList<>(t.head());
    rows.addAll(t.body());
    int[] covered = new int[weights.length];
    int[] coveredSpan = new int[weights.length];
    for (int r = 0; r < rows.size(); r++) {
      boolean head = r < t.head().size();
      XWPFTableRow row = table.insertNewTableRow(r);
      row.setCantSplitRow(true);
      if (head) {
        row.setRepeatHeader(true);
      } else if (t.rowHeight() > 0) {
        row.setHeight(Math.round(t.rowHeight() * 20));
      }
      int col = 0;
      var cells = rows.get(r).iterator();
      while (col < weights.length) {
        if (covered[col] > 0) {
          int span = coveredSpan[col];
          XWPFTableCell cont = addCell(row, sum(widths, col, span), span);
          cont.getCTTc().getTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
          firstParagraph(cont);
          covered[col]--;
          col += span;
          continue;
        }
        if (!cells.hasNext()) {
          firstParagraph(addCell(row, widths[col], 1));
          col++;
          continue;
        }
        Cell c = cells.next();
        int span = Math.min(c.colspan(), weights.length - col);
        XWPFTableCell cell = addCell(row, sum(widths, col, span), span);
        if (c.rowspan() > 1) {
          cell.getCTTc().getTcPr().addNewVMerge().setVal(STMerge.RESTART);
          covered[col] = c.rowspan() - 1;
          coveredSpan[col] = span;
        }
        XWPFParagraph p = firstParagraph(cell);
        Align align = head ? Align.CENTER
            : c.align() != null ? c.align() : t.columns().get(col).align();
        p.setAlignment(align(align));
        p.setSpacingAfter(0);
        run(p, new Span(c.text(), c.bold() || head, false, false), t.size());
        col += span;
      }
    }
  }

  private static int sum(int[] widths, int from, int span) {
    int total = 0;
    for (int i = from; i < from + span && i < widths.length; i++) {
      total += widths[i];
    }
    return total;
  }

  private static void signatures(XWPFDocument docx, Signatures s) {
    docx.createParagraph();
    float[] weights = new float[s.perRow()];
    java.util.Arrays.fill(weights, 1);
    int[] widths = twips(weights);
    XWPFTable table = newTable(docx, weights, false);
    int rowIndex = 0;
    for (int i = 0; i < s.signatures().size(); i += s.perRow()) {
      XWPFTableRow row = table.insertNewTableRow(rowIndex++);
      row.setCantSplitRow(true);
      for (int j = 0; j < s.perRow(); j++) {
        XWPFTableCell cell = addCell(row, widths[j], 1);
        XWPFParagraph p = firstParagraph(cell);
        if (i + j >= s.signatures().size()) {
          continue;
        }
        Signature sig = s.signatures().get(i + j);
        boolean first = true;
        for (String line : sig.caption()) {
          centred(first ? p : cell.addParagraph(), Span.bold(line), Fonts.BODY);
          first = false;
        }
        if (sig.blank()) {
          continue;
        }
        centred(first ? p : cell.addParagraph(), Span.italic("(Ký, ghi rõ họ tên)"),
            Fonts.SMALL);
        XWPFParagraph name = cell.addParagraph();
        name.setSpacingBefore(1300);
        centred(name, Span.bold(sig.name()), Fonts.BODY);
        cell.addParagraph().setSpacingAfter(200);
      }
    }
  }
}
