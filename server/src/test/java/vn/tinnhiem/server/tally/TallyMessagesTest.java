package vn.tinnhiem.server.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every key the results use exists in Vietnamese and English, and problems read well in both. */
class TallyMessagesTest {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private static List<String> keys() {
    List<String> keys = new ArrayList<>();
    for (Preset preset : Preset.values()) {
      keys.add(preset.messageKey());
      keys.add(preset.nationalHeaderKey() + ".line1");
      for (Band band : Band.values()) {
        keys.add(preset.consequenceKey(band));
      }
    }
    for (Band band : Band.values()) {
      keys.add(band.messageKey());
    }
    for (CountingBase base : CountingBase.values()) {
      keys.add(base.messageKey());
      keys.add(base.columnKey());
    }
    for (InvalidityMode mode : InvalidityMode.values()) {
      keys.add(mode.messageKey());
    }
    for (Inconsistency.Kind kind : Inconsistency.Kind.values()) {
      keys.add(new Inconsistency(kind, 0, List.of()).messageKey());
    }
    return keys;
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle("i18n/tally", locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  @Test
  void everyKeyHasAVietnameseAndAnEnglishText() {
    ResourceBundle vi = bundle(Locale.ROOT);
    ResourceBundle en = bundle(Locale.ENGLISH);
    for (String key : keys()) {
      assertThat(vi.getString(key)).as("vi %s", key).isNotBlank();
      assertThat(en.getString(key)).as("en %s", key).isNotBlank();
      assertThat(en.getString(key)).as("en %s differs", key).isNotEqualTo(vi.getString(key));
    }
    assertThat(vi.keySet()).isEqualTo(en.keySet());
  }

  @Test
  void vietnameseTextsCarryTheirDiacritics() {
    ResourceBundle vi = bundle(Locale.ROOT);
    assertThat(vi.getString("tally.base.MEMBERS.column"))
        .isEqualTo("% trên tổng số đại biểu được triệu tập");
    assertThat(vi.getString("tally.band.TWO_THIRDS_OR_MORE"))
        .isEqualTo("Tín nhiệm thấp từ 2/3 trở lên");
    assertThat(vi.getString("tally.consequence.QD96.TWO_THIRDS_OR_MORE"))
        .isEqualTo("Cấp có thẩm quyền cho thôi giữ chức vụ mà không chờ hết nhiệm kỳ.");
  }

  @Test
  void describesProblemsInTheUsersLanguage() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasenames("i18n/tally");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    TallyService service = new TallyService(source);
    ResultsInput input = ResultsInput.withDefaults(Preset.QD96, new Totals(9, 8, 8, 8),
        List.of(new SubjectCounts(1, "Nguyễn Văn A", "Bí thư", 5, 3, 1)));

    List<Inconsistency> problems = service.check(input);

    assertThat(service.describe(problems, VIETNAMESE)).containsExactly(
        "TT 1, Nguyễn Văn A: tín nhiệm cao 5 + tín nhiệm 3 + tín nhiệm thấp 1 + không hợp lệ 0"
            + " + để trống 0 = 9, nhưng phải bằng số phiếu thu vào (8).");
    assertThat(service.describe(problems, Locale.ENGLISH))
        .containsExactly(problems.get(0).englishMessage());
  }
}
