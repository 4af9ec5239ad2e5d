package vn.tinnhiem.server.ceremony;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tinnhiem.server.account.AccountUser;
import vn.tinnhiem.server.roll.Mark;
import vn.tinnhiem.server.roll.RollService;
import vn.tinnhiem.server.session.Member;
import vn.tinnhiem.server.session.SessionAccess;
import vn.tinnhiem.server.session.SessionService;
import vn.tinnhiem.server.session.VoteSession;
import vn.tinnhiem.server.system.Access;
import vn.tinnhiem.server.system.Forms;
import vn.tinnhiem.server.system.Outcome;

/** The counting board page: who is on it, and electing members. */
@Controller
@RequestMapping("/sessions/{id}/board")
class CountingBoardController {

  static class ElectForm {
    @NotNull
    private Long memberId;

    @NotNull
    private BoardRole role = BoardRole.MEMBER;

    public Long getMemberId() {
      return memberId;
    }

    public void setMemberId(Long memberId) {
      this.memberId = memberId;
    }

    public BoardRole getRole() {
      return role;
    }

    public void setRole(BoardRole role) {
      this.role = role;
    }
  }

  private final CountingBoardService boards;
  private final SessionService sessions;
  private final RollService roll;
  private final SessionAccess access;

  CountingBoardController(CountingBoardService boards, SessionService sessions,
      RollService roll, SessionAccess access) {
    this.boards = boards;
    this.sessions = sessions;
    this.roll = roll;
    this.access = access;
  }

  @GetMapping
  @PreAuthorize(Access.READ)
  String board(@AuthenticationPrincipal AccountUser user, @PathVariable long id, Model model) {
    VoteSession session = access.readable(user, id);
    model.addAttribute("form", new ElectForm());
    return page(session, model);
  }

  private String page(VoteSession session, Model model) {
    long id = session.id();
    List<BoardMember> board = boards.board(id);
    Set<Long> onBoard = board.stream().map(b -> b.member().id()).collect(Collectors.toSet());
    List<Member> candidates = sessions.members(id).stream()
        .filter(m -> !onBoard.contains(m.id()))
        .filter(m -> !sessions.isSubject(id, m.id()))
        .filter(m -> roll.markOf(id, m.id()).map(mark -> mark == Mark.PRESENT).orElse(true))
        .toList();
    model.addAttribute("s", session);
    model.addAttribute("board", board);
    model.addAttribute("candidates", candidates);
    model.addAttribute("roles", BoardRole.values());
    model.addAttribute("usual", board.size() >= CountingBoardService.USUAL_MIN
        && board.size() <= CountingBoardService.USUAL_MAX);
    model.addAttribute("siteNames", sessions.sites(id).stream()
        .collect(Collectors.toMap(s -> s.id(), s -> s.name())));
    return "ceremony/board";
  }

  @PostMapping
  @PreAuthorize(Access.SECRETARY)
  String elect(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @Valid @ModelAttribute("form") ElectForm form, BindingResult result,
      HttpServletResponse response, Model model, RedirectAttributes redirect) {
    VoteSession session = access.readable(user, id);
    if (result.hasErrors()) {
      Forms.invalid(response);
      return page(session, model);
    }
    var outcome = boards.elect(id, form.getMemberId(), form.getRole(), user.getUsername());
    if (outcome instanceof Outcome.Refused<BoardMember> refused) {
      Forms.reject(result, refused, response);
      return page(session, model);
    }
    redirect.addFlashAttribute("notice", "board.elected");
    return "redirect:/sessions/" + id + "/board";
  }

  @PostMapping("/{memberId}/remove")
  @PreAuthorize(Access.SECRETARY)
  String remove(@AuthenticationPrincipal AccountUser user, @PathVariable long id,
      @PathVariable long memberId, RedirectAttributes redirect) {
    access.readable(user, id);
    var outcome = boards.remove(id, memberId);
    if (outcome instanceof Outcome.Refused<BoardMember> refused) {
      redirect.addFlashAttribute("refusals", refused.refusals());
    } else {
      redirect.addFlashAttribute("notice", "board.removed");
    }
    return "redirect:/sessions/" + id + "/board";
  }
}
