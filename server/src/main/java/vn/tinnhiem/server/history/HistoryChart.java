package vn.tinnhiem.server.history;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The three levels of a person's announced rounds over time, as a small SVG drawn on the
 * server: no script, no chart library, the same picture in every browser and in print.
 * Every text in it is escaped.
 */
final class HistoryChart {

  static final int WIDTH = 720;
  static final int HEIGHT = 320;
  private static final int LEFT = 56;
  private static final int RIGHT = 24;
  private static final int TOP = 24;
  private static final int BOTTOM = 64;
  static final String[] COLOURS = {"#1d6b2f", "#2b5c9e", "#a3212b"};
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private HistoryChart() {}

  /**
   * @param rounds  announced rounds, oldest first
   * @param labels  the three level names, then the chart's title
   */
  static String svg(List<Round> rounds, String[] labels) {
    StringBuilder s = new StringBuilder(4096);
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH)
        .append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"")
        .append(HEIGHT).append("\" role=\"img\" aria-label=\"").append(escape(labels[3]))
        .append("\" font-family=\"sans-serif\" font-size=\"12\">");
    s.append("<title>").append(escape(labels[3])).append("</title>");
    s.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"")
        .append(HEIGHT).append("\" fill=\"#ffffff\"/>");
    int plotHeight = HEIGHT - TOP - BOTTOM;
    for (int pct = 0; pct <= 100; pct += 25) {
      int y = TOP + plotHeight - plotHeight * pct / 100;
      s.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(y).append("\" x2=\"")
          .append(WIDTH - RIGHT).append("\" y2=\"").append(y)
          .append("\" stroke=\"#d0d0d6\" stroke-width=\"1\"/>");
      s.append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(y + 4)
          .append("\" text-anchor=\"end\" fill=\"#555\">").append(pct).append("%</text>");
    }
    int n = rounds.size();
    for (int i = 0; i < n; i++) {
      s.append("<text x=\"").append(x(i, n)).append("\" y=\"").append(HEIGHT - BOTTOM + 18)
          .append("\" text-anchor=\"middle\" fill=\"#555\">")
          .append(escape(DATE.format(rounds.get(i).heldOn()))).append("</text>");
    }
    for (int level = 0; level < 3; level++) {
      StringBuilder points = new StringBuilder();
      for (int i = 0; i < n; i++) {
        BigDecimal pct = rounds.get(i).percents()[level];
        int y = y(pct, plotHeight);
        points.append(points.isEmpty() ? "" : " ").append(x(i, n)).append(',').append(y);
        s.append("<circle cx=\"").append(x(i, n)).append("\" cy=\"").append(y)
            .append("\" r=\"4\" fill=\"").append(COLOURS[level]).append("\"><title>")
            .append(escape(labels[level] + ": " + pct.toPlainString() + "%"))
            .append("</title></circle>");
      }
      if (n > 1) {
        s.append("<polyline fill=\"none\" stroke-width=\"2.5\" stroke=\"")
            .append(COLOURS[level]).append("\" points=\"").append(points).append("\"/>");
      }
      int lx = LEFT + level * 200;
      s.append("<rect x=\"").append(lx).append("\" y=\"").append(HEIGHT - 24)
          .append("\" width=\"14\" height=\"14\" fill=\"").append(COLOURS[level]).append("\"/>");
      s.append("<text x=\"").append(lx + 20).append("\" y=\"").append(HEIGHT - 12)
          .append("\" fill=\"#222\">").append(escape(labels[level])).append("</text>");
    }
    return s.append("</svg>").toString();
  }

  private static int x(int i, int n) {
    int width = WIDTH - LEFT - RIGHT;
    return n == 1 ? LEFT + width / 2 : LEFT + 20 + (width - 40) * i / (n - 1);
  }

  private static int y(BigDecimal pct, int plotHeight) {
    double share = Math.max(0, Math.min(100, pct.doubleValue())) / 100; // drawing only
    return TOP + plotHeight - (int) Math.round(plotHeight * share);
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
