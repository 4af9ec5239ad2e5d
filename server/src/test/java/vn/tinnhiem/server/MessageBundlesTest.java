package vn.tinnhiem.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.tinnhiem.server.account.Role;
import vn.tinnhiem.server.ceremony.BoardRole;
import vn.tinnhiem.server.preparation.Deadline;
import vn.tinnhiem.server.preparation.Milestone;
import vn.tinnhiem.server.roll.Mark;
import vn.tinnhiem.server.session.CorrectionField;
import vn.tinnhiem.server.session.ExclusionReason;
import vn.tinnhiem.server.session.SessionStatus;
import vn.tinnhiem.server.tally.CountingBase;
import vn.tinnhiem.server.tally.InvalidityMode;
import vn.tinnhiem.server.tally.Preset;
import vn.tinnhiem.server.voting.ElectionState;

/**
 * Every text exists in Vietnamese and in English: each bundle named in
 * {@code spring.messages.basename} has the same keys in both languages with the same
 * placeholders; every key a template names (literally, or as a prefix plus an enum constant)
 * and every message code the Java code refuses or notifies with exists.
 */
class MessageBundlesTest {

  private static final PathMatchingResourcePatternResolver RESOURCES =
      new PathMatchingResourcePatternResolver();

  /** Prefixes templates build keys from, and the enums whose constants complete them. */
  private static final Map<String, List<String>> DYNAMIC = new LinkedHashMap<>();

  static {
    DYNAMIC.put("base.", names(CountingBase.values()));
    DYNAMIC.put("board.role.", names(BoardRole.values()));
    DYNAMIC.put("correction.field.", names(CorrectionField.values()));
    DYNAMIC.put("counting.invalid.hint.", names(InvalidityMode.values()));
    DYNAMIC.put("exclusion.reason.", names(ExclusionReason.values()));
    DYNAMIC.put("invalidity.", names(InvalidityMode.values()));
    DYNAMIC.put("preparation.milestone.", names(Milestone.values()));
    DYNAMIC.put("preset.", names(Preset.values()));
    DYNAMIC.put("role.", names(Role.values()));
    DYNAMIC.put("roll.mark.", names(Mark.values()));
    DYNAMIC.put("status.", names(SessionStatus.values()));
    DYNAMIC.put("voting.state.", names(ElectionState.values()));
    DYNAMIC.put("counting.entry.state.",
        names(vn.tinnhiem.server.counting.DoubleEntry.State.values()));
    // The trustee page lists its steps and script texts in the template itself.
    List<String> steps = List.of("certificate", "public-key", "wait-certificates", "polynomial",
        "wait-polynomials", "voutput", "wait-voutputs", "keys-done", "decrypt", "decrypted",
        "done", "unknown");
    DYNAMIC.put("trustee.step.", steps.stream()
        .flatMap(step -> java.util.stream.Stream.of(step + ".title", step + ".text")).toList());
    DYNAMIC.put("trustee.js.", List.of("working", "keyfile", "sending", "sent",
        "passphraseShort", "passphraseMismatch", "chooseFile", "wrong-passphrase",
        "wrong-trustee", "wrong-election", "wrong-mode", "not-key-file", "unsupported-version",
        "wrongKey", "checkFailed", "network", "server", "failed", "fileName"));
  }

  /**
   * Keys whose languages order their arguments differently on purpose (a date written
   * "ngày … tháng … năm …" in Vietnamese and as one formatted date in English).
   */
  private static final Set<String> OWN_PLACEHOLDERS = Set.of("tally.results.placeDate");

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  private static List<String> basenames() throws IOException {
    Properties app = load(RESOURCES.getResource("classpath:application.properties"));
    return Arrays.stream(app.getProperty("spring.messages.basename").split(","))
        .map(String::strip).toList();
  }

  private static Properties load(Resource resource) {
    Properties p = new Properties();
    try (InputStream in = resource.getInputStream()) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(resource.getDescription(), e);
    }
    return p;
  }

  private static Properties bundle(String basename, String suffix) {
    Resource r = RESOURCES.getResource("classpath:" + basename + suffix + ".properties");
    assertThat(r.exists()).as("%s%s.properties exists", basename, suffix).isTrue();
    return load(r);
  }

  /** All keys of all bundles, in one language. */
  private static Set<String> allKeys(String suffix) throws IOException {
    Set<String> keys = new TreeSet<>();
    for (String b : basenames()) {
      bundle(b, suffix).stringPropertyNames().forEach(keys::add);
    }
    return keys;
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = Pattern.compile("\\{(\\d+)[^}]*}").matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Test
  void everyBundleHasTheSameKeysAndPlaceholdersInBothLanguages() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String b : basenames()) {
      Properties vi = bundle(b, "");
      Properties en = bundle(b, "_en");
      for (String key : vi.stringPropertyNames()) {
        if (!en.containsKey(key)) {
          problems.add(b + "_en lacks " + key);
        } else if (!OWN_PLACEHOLDERS.contains(key) && !placeholders(vi.getProperty(key)).equals(
            placeholders(en.getProperty(key)))) {
          problems.add(b + ": " + key + " has other placeholders in English");
        }
        if (vi.getProperty(key).isBlank() != en.getProperty(key, "").isBlank()) {
          problems.add(b + ": " + key + " is empty in one language only");
        }
      }
      for (String key : en.stringPropertyNames()) {
        if (!vi.containsKey(key)) {
          problems.add(b + " (Vietnamese) lacks " + key);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void noKeyIsDefinedInTwoBundles() throws IOException {
    Map<String, String> owner = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (String b : basenames()) {
      for (String key : bundle(b, "").stringPropertyNames()) {
        String before = owner.putIfAbsent(key, b);
        if (before != null) {
          problems.add(key + " in " + before + " and " + b);
        }
      }
    }
    assertThat(problems).as("the first bundle would silently win").isEmpty();
  }

  @Test
  void everyKeyTheTemplatesNameExistsInBothLanguages() throws IOException {
    Set<String> vi = allKeys("");
    Set<String> en = allKeys("_en");
    Set<String> named = new TreeSet<>();
    Set<String> unknownPrefixes = new TreeSet<>();
    Pattern literal = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)[}(]");
    Pattern prefixed = Pattern.compile("#\\{'([A-Za-z0-9_.]+)'\\s*\\+");
    for (Resource template : RESOURCES.getResources("classpath*:templates/**/*.html")) {
      String html = new String(template.getContentAsByteArray(), StandardCharsets.UTF_8);
      Matcher m = literal.matcher(html);
      while (m.find()) {
        named.add(m.group(1));
      }
      Matcher p = prefixed.matcher(html);
      while (p.find()) {
        List<String> constants = DYNAMIC.get(p.group(1));
        if (constants == null) {
          unknownPrefixes.add(p.group(1) + " in " + template.getFilename());
        } else {
          constants.forEach(c -> named.add(p.group(1) + c));
        }
      }
    }
    // keys templates build with th:with, from enums
    for (Deadline.State state : Deadline.State.values()) {
      named.add("preparation.state." + state);
      named.add("preparation.state." + state + ".pending");
    }
    assertThat(unknownPrefixes).as("dynamic keys: add their enum to DYNAMIC").isEmpty();
    assertThat(named).as("template keys missing in Vietnamese").allMatch(vi::contains);
    assertThat(named).as("template keys missing in English").allMatch(en::contains);
    assertThat(named).hasSizeGreaterThan(300);
  }

  @Test
  void everyCodeTheJavaCodeRefusesOrNotifiesWithExists() throws IOException {
    Set<String> vi = allKeys("");
    Set<String> en = allKeys("_en");
    List<Pattern> patterns = List.of(
        Pattern.compile("Refusal\\.of\\(\\s*\"([^\"]+)\"\\s*[,)]"),
        Pattern.compile("Refusal\\.field\\(\\s*\"[^\"]*\",\\s*\"([^\"]+)\"\\s*[,)]"),
        Pattern.compile("Outcome\\.(?:conflict|notFound)\\(\\s*\"([^\"]+)\"\\s*[,)]"),
        Pattern.compile("\\blabel\\(\"([^\"]+)\"\\)"),
        Pattern.compile("addFlashAttribute\\(\\s*\"notice\",\\s*\"([^\"]+)\""));
    Set<String> codes = new TreeSet<>();
    Path sources = Path.of("src/main/java");
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String java = Files.readString(file);
        for (Pattern pattern : patterns) {
          Matcher m = pattern.matcher(java);
          while (m.find()) {
            codes.add(m.group(1));
          }
        }
      }
    }
    assertThat(codes).hasSizeGreaterThan(50);
    assertThat(codes).as("codes missing in Vietnamese").allMatch(vi::contains);
    assertThat(codes).as("codes missing in English").allMatch(en::contains);
  }
}
