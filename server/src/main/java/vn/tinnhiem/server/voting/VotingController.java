package vn.tinnhiem.server.voting;

import java.util.List;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.server.account.AccountUser;
import vn.tinnhiem.server.ceremony.CountingBoardService;
import vn.tinnhiem.server.session.SessionAccess;
import vn.tinnhiem.server.session.VoteSession;
import vn.tinnhiem.server.system.Access;
import vn.tinnhiem.server.system.Outcome;

/**
 * The secretary's page of the electronic vote: start the key ceremony and hand out the
 * trustees' links, follow the slips per site, open and close the ballot box.
 */
@Controller
@RequestMapping("/sessions/{id}/voting")
class VotingController {

  private final SessionAccess access;
  private final VotingQueries queries;
  private final KeyCeremony ceremony;
  private final BallotBox box;
  private final CredentialIssue issue;
  private final CountingBoardService board;

  VotingController(SessionAccess access, VotingQueries queries, KeyCeremony ceremony,
      BallotBox box, CredentialIssue issue, CountingBoardService board) {
    this.access = access;
    this.queries = queries;
    this.ceremony = ceremony;
    this.box = box;
    this.issue = issue;
    this.board = board;
  }

  @GetMapping
  @PreAuthorize(Access.READ)
  String overview(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      Model model) {
    return page(access.readable(user, id), model);
  }

  private String page(VoteSession session, Model model) {
    model.addAttribute("s", session);
    model.addAttribute("voting", queries.overview(session.id()).orElse(null));
    int n = board.board(session.id()).size();
    model.addAttribute("boardSize", n);
    model.addAttribute("defaultThreshold", n / 2 + 1);
    model.addAttribute("groups", List.of(Group.BELENIOS_2048.name(), Group.RFC_3526_2048.name()));
    return "voting/overview";
  }

  /** Starts the ceremony; the links are shown on this answer only, never stored in clear. */
  @PostMapping("/ceremony")
  @PreAuthorize(Access.SECRETARY)
  String start(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @RequestParam(required = false) Integer threshold,
      @RequestParam(required = false) String group, HttpServletResponse response,
      Model model) {
    VoteSession session = access.readable(user, id);
    Outcome<List<TrusteeLink>> outcome = ceremony.start(id, threshold, group,
        user.getUsername());
    return linksOrRefusal(session, outcome, response, model);
  }

  @PostMapping("/trustees/{index}/link")
  @PreAuthorize(Access.SECRETARY)
  String reissue(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @PathVariable int index, HttpServletResponse response, Model model) {
    VoteSession session = access.readable(user, id);
    return linksOrRefusal(session, ceremony.reissue(id, index).map(List::of), response, model);
  }

  private String linksOrRefusal(VoteSession session, Outcome<List<TrusteeLink>> outcome,
      HttpServletResponse response, Model model) {
    if (outcome instanceof Outcome.Refused<List<TrusteeLink>> refused) {
      response.setStatus(refused.kind().httpStatus());
      model.addAttribute("refusals", refused.refusals());
    } else {
      model.addAttribute("links", outcome.orElseThrow());
    }
    // Not a redirect: the links must not sit in a flash attribute in the HTTP session.
    response.setHeader("Cache-Control", "no-store");
    return page(session, model);
  }

  @PostMapping("/open")
  @PreAuthorize(Access.SECRETARY)
  String open(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      HttpServletResponse response, Model model, RedirectAttributes redirect) {
    VoteSession session = access.readable(user, id);
    return afterAction(session, box.open(id), "voting.opened", response, model, redirect);
  }

  @PostMapping("/close")
  @PreAuthorize(Access.END_VOTING)
  String close(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      HttpServletResponse response, Model model, RedirectAttributes redirect) {
    VoteSession session = access.readable(user, id);
    return afterAction(session, box.close(id), "voting.closed", response, model, redirect);
  }

  @PostMapping("/sites/{siteId}/void")
  @PreAuthorize(Access.SECRETARY)
  String voidSite(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @PathVariable long siteId, HttpServletResponse response, Model model,
      RedirectAttributes redirect) {
    VoteSession session = access.readable(user, id);
    return afterAction(session, issue.voidSite(id, siteId, user.getUsername()),
        "voting.voided", response, model, redirect);
  }

  private String afterAction(VoteSession session, Outcome<?> outcome, String notice,
      HttpServletResponse response, Model model, RedirectAttributes redirect) {
    if (outcome instanceof Outcome.Refused<?> refused) {
      response.setStatus(refused.kind().httpStatus());
      model.addAttribute("refusals", refused.refusals());
      return page(session, model);
    }
    redirect.addFlashAttribute("notice", notice);
    return "redirect:/sessions/" + session.id() + "/voting";
  }
}
