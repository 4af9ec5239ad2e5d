package vn.tinnhiem.server.news;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tinnhiem.server.account.AccountUser;
import vn.tinnhiem.server.system.Access;
import vn.tinnhiem.server.system.Forms;
import vn.tinnhiem.server.system.Outcome;

/** The secretary's side of the news: drafts, editing, the photo, publishing. */
@Controller
class NewsDraftController {

  private final NewsService news;

  NewsDraftController(NewsService news) {
    this.news = news;
  }

  @GetMapping("/news/drafts")
  @PreAuthorize(Access.SECRETARY)
  String drafts(Model model) {
    model.addAttribute("items", news.all());
    return "news/drafts";
  }

  @PostMapping("/news/drafts")
  @PreAuthorize(Access.SECRETARY)
  String draft(@AuthenticationPrincipal AccountUser user,
      @RequestParam(required = false) Long sessionId, Locale locale,
      RedirectAttributes redirect) {
    if (sessionId == null) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
    Outcome<NewsItem> outcome = news.draftFromSession(sessionId, user.getUsername(), locale);
    if (outcome instanceof Outcome.Refused<NewsItem> refused) {
      throw new ResponseStatusException(HttpStatus.valueOf(refused.kind().httpStatus()));
    }
    redirect.addFlashAttribute("notice", "news.drafted");
    return "redirect:/news/drafts/" + outcome.orElseThrow().id();
  }

  @GetMapping("/news/drafts/{id}")
  @PreAuthorize(Access.SECRETARY)
  String edit(@PathVariable long id, Model model) {
    NewsItem item = item(id);
    model.addAttribute("form", NewsForm.of(item));
    return page(item, model);
  }

  private String page(NewsItem item, Model model) {
    model.addAttribute("item", item);
    return "news/edit";
  }

  private NewsItem item(long id) {
    return news.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  @PostMapping("/news/drafts/{id}")
  @PreAuthorize(Access.SECRETARY)
  String save(@PathVariable long id, @ModelAttribute("form") NewsForm form,
      BindingResult result, HttpServletResponse response, Model model,
      RedirectAttributes redirect) {
    NewsItem item = item(id);
    if (result.hasErrors()) {
      Forms.invalid(response);
      return page(item, model); // what was typed stays in the form
    }
    Outcome<NewsItem> outcome = news.update(id, form.getTitle(), form.getDate(), form.getBody(),
        form.getCaption());
    if (outcome instanceof Outcome.Refused<NewsItem> refused) {
      Forms.reject(result, refused, response);
      return page(item, model);
    }
    redirect.addFlashAttribute("notice", "news.saved");
    return "redirect:/news/drafts/" + id;
  }

  @PostMapping("/news/drafts/{id}/photo")
  @PreAuthorize(Access.SECRETARY)
  String photo(@PathVariable long id, @RequestParam(required = false) MultipartFile photo,
      HttpServletResponse response, Model model, RedirectAttributes redirect)
      throws IOException {
    NewsItem item = item(id);
    byte[] bytes = photo == null ? new byte[0]
        : photo.getSize() > Photos.MAX_BYTES ? new byte[Photos.MAX_BYTES + 1] : photo.getBytes();
    Outcome<NewsItem> outcome = news.setPhoto(id, bytes);
    if (outcome instanceof Outcome.Refused<NewsItem> refused) {
      response.setStatus(refused.kind().httpStatus());
      model.addAttribute("refusals", refused.refusals());
      model.addAttribute("form", NewsForm.of(item));
      return page(item, model);
    }
    redirect.addFlashAttribute("notice", "news.photo.saved");
    return "redirect:/news/drafts/" + id;
  }

  @PostMapping("/news/drafts/{id}/publish")
  @PreAuthorize(Access.SECRETARY)
  String publish(@PathVariable long id, RedirectAttributes redirect) {
    item(id);
    news.publish(id, true).orElseThrow();
    redirect.addFlashAttribute("notice", "news.published");
    return "redirect:/news/drafts/" + id;
  }

  @PostMapping("/news/drafts/{id}/unpublish")
  @PreAuthorize(Access.SECRETARY)
  String unpublish(@PathVariable long id, RedirectAttributes redirect) {
    item(id);
    news.publish(id, false).orElseThrow();
    redirect.addFlashAttribute("notice", "news.unpublished");
    return "redirect:/news/drafts/" + id;
  }
}
