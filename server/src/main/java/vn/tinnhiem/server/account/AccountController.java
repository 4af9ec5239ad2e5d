package vn.tinnhiem.server.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and the signed-in user's own page. */
@Controller
class AccountController {

  @GetMapping("/login")
  String login() {
    return "account/login";
  }

  @GetMapping("/account")
  String account(@AuthenticationPrincipal AccountUser user, Model model) {
    model.addAttribute("user", user);
    return "account/account";
  }
}
