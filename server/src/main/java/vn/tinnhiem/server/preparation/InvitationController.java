package vn.tinnhiem.server.preparation;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tinnhiem.server.account.AccountUser;
import vn.tinnhiem.server.account.Role;
import vn.tinnhiem.server.system.Outcome;

/**
 * The page a one-time invitation link opens: the invited person chooses a username and a
 * password (or, already signed in as a participant, adds this session to their account).
 * An unknown, used or expired link is a plain 404.
 */
@Controller
class InvitationController {

  private final PreparationService preparation;

  InvitationController(PreparationService preparation) {
    this.preparation = preparation;
  }

  @GetMapping("/invite/{token}")
  String page(@PathVariable String token, @AuthenticationPrincipal AccountUser user,
      Model model) {
    model.addAttribute("invitee", preparation.invitee(token)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    model.addAttribute("token", token);
    model.addAttribute("participant", user != null && user.getRole() == Role.PARTICIPANT);
    model.addAttribute("staffSignedIn", user != null && user.getRole() != Role.PARTICIPANT);
    return "preparation/invite";
  }

  @PostMapping("/invite/{token}")
  String accept(@PathVariable String token, @AuthenticationPrincipal AccountUser user,
      @RequestParam(required = false) String username,
      @RequestParam(required = false) String password,
      @RequestParam(required = false) String repeat, HttpServletResponse response, Model model,
      RedirectAttributes redirect) {
    PreparationService.Invitee invitee = preparation.invitee(token)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    boolean participant = user != null && user.getRole() == Role.PARTICIPANT;
    if (user != null && !participant) {
      // a staff account never becomes a participant: sign out first
      throw new ResponseStatusException(HttpStatus.CONFLICT);
    }
    Outcome<Participation> outcome = preparation.accept(token,
        participant ? user.getUsername() : null, username, password, repeat);
    if (outcome instanceof Outcome.Refused<Participation> refused) {
      response.setStatus(refused.kind().httpStatus());
      model.addAttribute("refusals", refused.refusals());
      model.addAttribute("invitee", invitee);
      model.addAttribute("token", token);
      model.addAttribute("participant", participant);
      model.addAttribute("staffSignedIn", false);
      model.addAttribute("username", username); // passwords are never sent back
      return "preparation/invite";
    }
    if (participant) {
      redirect.addFlashAttribute("notice", "preparation.invite.joined.done");
      return "redirect:/sessions/" + invitee.sessionId() + "/preparation";
    }
    return "redirect:/login?invited";
  }
}
