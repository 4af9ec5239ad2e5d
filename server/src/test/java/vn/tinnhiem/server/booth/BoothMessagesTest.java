package vn.tinnhiem.server.booth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The slips and booth pages speak Vietnamese and English with the same keys, none missing. */
class BoothMessagesTest {
  private static final Pattern KEY = Pattern.compile("#\\{((?:booth|slips)\\.[A-Za-z0-9.]+)}");

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle("i18n/booth", locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  @Test
  void vietnameseAndEnglishHaveTheSameKeys() {
    assertThat(bundle(Locale.ENGLISH).keySet()).isEqualTo(bundle(Locale.ROOT).keySet());
  }

  @Test
  void everyKeyTheTemplatesUseExistsInBothLanguages() throws IOException {
    int found = 0;
    for (String template : new String[] {"booth/booth.html", "slips/slips.html"}) {
      String html;
      try (InputStream in = getClass().getResourceAsStream("/templates/" + template)) {
        html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      Matcher m = KEY.matcher(html);
      while (m.find()) {
        found++;
        for (Locale locale : new Locale[] {Locale.ROOT, Locale.ENGLISH}) {
          assertThat(bundle(locale).getString(m.group(1))).as("%s %s", locale, m.group(1))
              .isNotBlank();
        }
      }
    }
    assertThat(found).isGreaterThan(50);
  }
}
