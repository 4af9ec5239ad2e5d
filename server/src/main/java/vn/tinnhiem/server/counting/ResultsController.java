package vn.tinnhiem.server.counting;

import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.tinnhiem.server.account.AccountUser;
import vn.tinnhiem.server.session.SessionAccess;
import vn.tinnhiem.server.session.SessionDetails;
import vn.tinnhiem.server.session.VoteSession;
import vn.tinnhiem.server.system.Access;
import vn.tinnhiem.server.tally.ResultsHeading;
import vn.tinnhiem.server.tally.ResultsInput;
import vn.tinnhiem.server.tally.TallyService;

/**
 * A session's results page: the counting sheet as the results calculator's input. Until the
 * count is closed the page says the figures are provisional.
 */
@Controller
class ResultsController {

  private final CountingService counting;
  private final SessionAccess access;
  private final TallyService tally;

  ResultsController(CountingService counting, SessionAccess access, TallyService tally) {
    this.counting = counting;
    this.access = access;
    this.tally = tally;
  }

  @GetMapping("/sessions/{id}/results")
  @PreAuthorize(Access.READ)
  String results(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      Locale locale, Model model) {
    VoteSession session = access.readable(user, id);
    CountSheet sheet = counting.sheet(id).orElseThrow();
    SessionDetails d = session.details();
    ResultsHeading heading = new ResultsHeading(d.organisation(), d.title(), d.place(),
        d.heldOn());
    model.addAttribute("s", session);
    model.addAttribute("view", tally.view(heading, input(sheet), locale));
    model.addAttribute("demo", false);
    model.addAttribute("provisional", !sheet.closed());
    return "tally/results";
  }

  static ResultsInput input(CountSheet sheet) {
    return sheet.resultsInput();
  }
}
