package vn.tinnhiem.server.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public home page: what tinnhiem is. */
@Controller
class HomeController {

  @GetMapping("/")
  String home() {
    return "home";
  }
}
