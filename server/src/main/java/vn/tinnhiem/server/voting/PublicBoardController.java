package vn.tinnhiem.server.voting;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.tinnhiem.server.counting.CountingService;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.VoteSession;

/**
 * The public board (no login): the election, its trustees, the tracking codes, turnout, the
 * archive to download at any moment, and how to verify it.
 */
@Controller
class PublicBoardController {

  private final SessionService sessions;
  private final VotingQueries queries;
  private final CountingService counting;

  PublicBoardController(SessionService sessions, VotingQueries queries,
      CountingService counting) {
    this.sessions = sessions;
    this.queries = queries;
    this.counting = counting;
  }

  @GetMapping("/board/{id}")
  String page(@PathVariable long id, Model model) {
    VoteSession session = sessions.find(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    VotingOverview overview = queries.overview(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute("s", session);
    model.addAttribute("voting", overview);
    model.addAttribute("trackingCodes", queries.trackingCodes(id));
    model.addAttribute("hasBoard", queries.hasBoard(id));
    // A public page: a small site's own figures are held back, as in every document.
    model.addAttribute("privacy", counting.privacy(id));
    return "voting/board";
  }

  @GetMapping("/board/{id}/archive.bel")
  ResponseEntity<StreamingResponseBody> archive(@PathVariable long id) {
    if (!queries.hasBoard(id)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    String uuid = queries.overview(id).orElseThrow().uuid();
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(uuid + ".bel").build().toString())
        .body(out -> queries.writeArchive(id, out));
  }
}
