package vn.tinnhiem.server.live;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the live part of the projector page outside any request, with the same fragment the
 * page itself includes, so the first view and every pushed view look the same.
 */
@Component
class ProjectorRenderer {

  static final String TEMPLATE = "projector/live";
  static final String FRAGMENT = "live";

  private final ITemplateEngine templates;
  private final ProjectorService projector;

  ProjectorRenderer(ITemplateEngine templates, ProjectorService projector) {
    this.templates = templates;
    this.projector = projector;
  }

  /** The fragment's HTML on one line (an SSE data line), or empty if the session is gone. */
  Optional<String> render(long sessionId, Locale locale) {
    return projector.view(sessionId, locale).map(view -> {
      String html = templates.process(TEMPLATE, Set.of(FRAGMENT),
          new Context(locale, Map.of("p", view)));
      return html.replaceAll("\\s*\\R\\s*", " ").strip();
    });
  }
}
