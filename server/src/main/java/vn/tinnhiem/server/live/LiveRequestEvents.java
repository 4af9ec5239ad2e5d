package vn.tinnhiem.server.live;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.tinnhiem.server.system.SessionChanged;

/**
 * Turnout changes made by features that do not publish {@link SessionChanged} themselves yet:
 * a ballot cast in the booth, ballots issued and collected entered for a paper site. A
 * successful request there publishes the event (it has committed by then). Once those
 * services publish it, this goes.
 */
@Configuration(proxyBeanMethods = false)
class LiveRequestEvents implements WebMvcConfigurer, HandlerInterceptor {

  private final ApplicationEventPublisher events;

  LiveRequestEvents(ApplicationEventPublisher events) {
    this.events = events;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this)
        .addPathPatterns("/api/sessions/*/ballots", "/sessions/*/counting/sites/*");
  }

  @Override
  public void afterCompletion(HttpServletRequest request, HttpServletResponse response,
      Object handler, Exception ex) {
    if (ex != null || !"POST".equals(request.getMethod()) || response.getStatus() >= 400) {
      return;
    }
    Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    if (variables instanceof Map<?, ?> map) {
      Object id = map.containsKey("id") ? map.get("id") : map.get("sessionId");
      try {
        events.publishEvent(new SessionChanged(Long.parseLong(String.valueOf(id)), "ballots"));
      } catch (NumberFormatException e) {
        // not a session of ours: nothing changed
      }
    }
  }
}
