package vn.tinnhiem.server.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The chart escapes what it prints and draws no line for a single round. */
class HistoryChartTest {

  @Test
  void escapesLabelsAndDrawsNothingButAxesWithoutRounds() {
    String svg = HistoryChart.svg(List.of(), new String[] {"<b>", "&", "\"", "<script>x</script>"});
    assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;").contains("&amp;")
        .doesNotContain("<polyline");
  }
}
