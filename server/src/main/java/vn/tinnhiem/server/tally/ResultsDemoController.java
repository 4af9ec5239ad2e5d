package vn.tinnhiem.server.tally;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The results page on placeholder counts ({@link ResultsDemo}), so the page can
 * be seen before sessions and counting exist. Options may be tried in the query:
 * {@code /results/demo?preset=NQ96&base=VALID&invalidity=WHOLE_BALLOT}.
 */
@Controller
class ResultsDemoController {

  private final TallyService tally;

  ResultsDemoController(TallyService tally) {
    this.tally = tally;
  }

  @GetMapping("/results/demo")
  String demo(
      @RequestParam(defaultValue = "QD96") Preset preset,
      @RequestParam(required = false) CountingBase base,
      @RequestParam(defaultValue = "PER_ROW") InvalidityMode invalidity,
      Locale locale, Model model) {
    ResultsInput input = ResultsDemo.input(preset, base, invalidity);
    model.addAttribute("view", tally.view(ResultsDemo.heading(preset), input, locale));
    model.addAttribute("demo", true);
    return "tally/results";
  }
}
