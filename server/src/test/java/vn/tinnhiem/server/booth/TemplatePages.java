package vn.tinnhiem.server.booth;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The application's Thymeleaf templates rendered outside Spring MVC, with the application's
 * message bundles, so browser tests can open a page before (or without) its controller.
 * Context-relative links come out as if the application ran at the root.
 */
final class TemplatePages {
  private final SpringTemplateEngine engine = new SpringTemplateEngine();

  TemplatePages() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    engine.setTemplateResolver(resolver);
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    // As spring.messages.* in application.properties.
    messages.setBasenames("messages", "i18n/tally", "i18n/voting", "i18n/trustee", "i18n/booth");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    engine.setTemplateEngineMessageSource(messages);
    engine.setLinkBuilder(new StandardLinkBuilder() {
      @Override
      protected String computeContextPath(IExpressionContext context, String base,
          Map<String, Object> parameters) {
        return "";
      }
    });
  }

  /** The page as the application would send it for this model and language. */
  String render(String template, Map<String, Object> model, Locale locale) {
    return engine.process(template, new Context(locale, model));
  }
}
