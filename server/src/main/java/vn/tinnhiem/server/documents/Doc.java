package vn.tinnhiem.server.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A document as a list of blocks, written the same way to PDF ({@link PdfRenderer}) and DOCX
 * ({@link DocxRenderer}), so the two formats never say different things.
 *
 * @param title       the file's title (PDF metadata, DOCX core properties)
 * @param runningHead printed at the top of every page after the first (the ballot's header
 *                    repeated), or empty
 * @param blocks      the content, in order
 */
public record Doc(String title, String runningHead, List<Block> blocks) {

  public Doc {
    Objects.requireNonNull(title, "title");
    runningHead = runningHead == null ? "" : runningHead;
    blocks = List.copyOf(blocks);
  }

  /** One piece of a document. */
  public sealed interface Block permits Header, Para, Table, Signatures, PageBreak {}

  /** Horizontal alignment. */
  public enum Align { LEFT, CENTER, RIGHT, JUSTIFY }

  /** A piece of text with its style. */
  public record Span(String text, boolean bold, boolean italic, boolean underline) {
    public Span {
      Objects.requireNonNull(text, "text");
    }

    public static Span plain(String text) {
      return new Span(text, false, false, false);
    }

    public static Span bold(String text) {
      return new Span(text, true, false, false);
    }

    public static Span italic(String text) {
      return new Span(text, false, true, false);
    }
  }

  /**
   * The two-column head of a Vietnamese official paper: the body on the left, the national
   * header on the right, each line centred in its column.
   */
  public record Header(List<Span> left, List<Span> right) implements Block {
    public Header {
      left = List.copyOf(left);
      right = List.copyOf(right);
    }
  }

  /**
   * A paragraph.
   *
   * @param size        font size in points
   * @param spaceBefore points above
   * @param indent      whether the first line is indented (body text)
   */
  public record Para(List<Span> spans, Align align, float size, float spaceBefore, boolean indent)
      implements Block {
    public Para {
      spans = List.copyOf(spans);
      Objects.requireNonNull(align, "align");
    }
  }

  /** A table column: relative width and alignment of its body cells. */
  public record Col(float weight, Align align) {}

  /** A table cell; {@code colspan}/{@code rowspan} as in HTML. */
  public record Cell(String text, boolean bold, int colspan, int rowspan, Align align) {
    public Cell {
      Objects.requireNonNull(text, "text");
      if (colspan < 1 || rowspan < 1) {
        throw new IllegalArgumentException("spans start at 1");
      }
    }

    public static Cell of(String text) {
      return new Cell(text, false, 1, 1, null);
    }

    public static Cell head(String text) {
      return new Cell(text, true, 1, 1, Align.CENTER);
    }

    public Cell span(int cols, int rows) {
      return new Cell(text, bold, cols, rows, align);
    }

    public Cell bolded() {
      return new Cell(text, true, colspan, rowspan, align);
    }

    public Cell aligned(Align to) {
      return new Cell(text, bold, colspan, rowspan, to);
    }
  }

  /**
   * A ruled table whose head rows repeat on every page it runs onto.
   *
   * @param rowHeight minimum height of a body row in points (0: as the text needs); the ballot
   *                  uses it so each box is big enough to mark
   * @param size      font size of the cells
   * @param width     percent of the text width; a narrower table sits at the right (a box for
   *                  the counting board's stamp)
   */
  public record Table(List<Col> columns, List<List<Cell>> head, List<List<Cell>> body,
      float rowHeight, float size, float width) implements Block {
    public Table {
      columns = List.copyOf(columns);
      head = head.stream().map(List::copyOf).toList();
      body = body.stream().map(List::copyOf).toList();
      if (width <= 0 || width > 100) {
        throw new IllegalArgumentException("width in percent expected: " + width);
      }
    }

    /** Full width. */
    public Table(List<Col> columns, List<List<Cell>> head, List<List<Cell>> body,
        float rowHeight, float size) {
      this(columns, head, body, rowHeight, size, 100);
    }
  }

  /** One signature: caption lines (e.g. "T/M BAN KIỂM PHIẾU", "TRƯỞNG BAN") and the name. */
  public record Signature(List<String> caption, String name) {
    public Signature {
      caption = List.copyOf(caption);
      name = name == null ? "" : name;
    }

    /** Whether it is an empty place (keeps the other signature to the right). */
    public boolean blank() {
      return caption.stream().allMatch(String::isBlank) && name.isBlank();
    }
  }

  /** Signature blocks, {@code perRow} side by side, with room to sign above each name. */
  public record Signatures(List<Signature> signatures, int perRow) implements Block {
    public Signatures {
      if (perRow < 1) {
        throw new IllegalArgumentException("perRow must be positive");
      }
      // captions padded to the same number of lines, so the names line up across a row
      int lines = signatures.stream().mapToInt(s -> s.caption().size()).max().orElse(0);
      signatures = signatures.stream().map(s -> {
        List<String> caption = new ArrayList<>(s.caption());
        while (caption.size() < lines) {
          caption.add(" ");
        }
        return new Signature(caption, s.name());
      }).toList();
    }
  }

  /** Starts a new page. */
  public record PageBreak() implements Block {}

  /** Builds a document block by block. */
  public static final class Builder {
    private final String title;
    private String runningHead = "";
    private final List<Block> blocks = new ArrayList<>();

    public Builder(String title) {
      this.title = title;
    }

    public Builder runningHead(String text) {
      this.runningHead = text;
      return this;
    }

    public Builder add(Block block) {
      blocks.add(block);
      return this;
    }

    /** Body text, justified, first line indented. */
    public Builder text(Span... spans) {
      return add(new Para(List.of(spans), Align.JUSTIFY, Fonts.BODY, 4, true));
    }

    public Builder text(String text) {
      return text(Span.plain(text));
    }

    /** A line at the given alignment, no indent. */
    public Builder line(Align align, float spaceBefore, Span... spans) {
      return add(new Para(List.of(spans), align, Fonts.BODY, spaceBefore, false));
    }

    /** A bold centred title with optional lines under it. */
    public Builder title(String title, String... under) {
      add(new Para(List.of(Span.bold(title)), Align.CENTER, Fonts.TITLE, 14, false));
      for (String line : under) {
        add(new Para(List.of(Span.bold(line)), Align.CENTER, Fonts.BODY, 2, false));
      }
      return this;
    }

    public Doc build() {
      return new Doc(title, runningHead, blocks);
    }
  }
}
