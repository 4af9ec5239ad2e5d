package vn.tinnhiem.server.tally;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The Spring face of the results arithmetic: {@link ResultsCalculator} plus
 * messages in the user's language and the page model.
 */
@Service
public class TallyService {

  private final MessageSource messages;

  TallyService(MessageSource messages) {
    this.messages = messages;
  }

  /** See {@link ResultsCalculator#calculate(ResultsInput)}. */
  public Calculation calculate(ResultsInput input) {
    return ResultsCalculator.calculate(input);
  }

  /** See {@link ResultsCalculator#check(ResultsInput)}. */
  public List<Inconsistency> check(ResultsInput input) {
    return ResultsCalculator.check(input);
  }

  /** The inconsistencies as sentences in the given language, e.g. for form errors. */
  public List<String> describe(List<Inconsistency> problems, Locale locale) {
    return problems.stream()
        .map(p -> messages.getMessage(p.messageKey(), p.argsArray(), locale))
        .toList();
  }

  /** The results page model: computed results, or the reasons there are none. */
  public ResultsView view(ResultsHeading heading, ResultsInput input, Locale locale) {
    return ResultsView.of(heading, input, calculate(input), locale);
  }
}
