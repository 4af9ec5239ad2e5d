package vn.tinnhiem.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Points {@code tinnhiem.data-dir} of every test application context at a
 * new, empty directory under {@code target/test-data/}, so tests never see
 * each other's database nor write into the source tree. A test that sets
 * the property itself keeps its own value. Registered in
 * {@code META-INF/spring.factories}.
 */
public class TestDataDirectoryCustomizerFactory implements ContextCustomizerFactory {

  static final String PROPERTY = "tinnhiem.data-dir";

  private static final Path RUN = createRunDirectory();
  private static final AtomicInteger CONTEXTS = new AtomicInteger();

  @Override
  public ContextCustomizer createContextCustomizer(
      Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
    return new FreshDataDirectory();
  }

  /** Stateless, so equal contexts stay cached and share one directory. */
  private record FreshDataDirectory() implements ContextCustomizer {
    @Override
    public void customizeContext(
        ConfigurableApplicationContext context, MergedContextConfiguration config) {
      Path dir = RUN.resolve("context-" + CONTEXTS.incrementAndGet());
      MapPropertySource source =
          new MapPropertySource("tinnhiemTestDataDir", Map.of(PROPERTY, dir.toString()));
      MutablePropertySources sources = context.getEnvironment().getPropertySources();
      String inlined = TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME;
      if (sources.contains(inlined)) {
        sources.addAfter(inlined, source);
      } else {
        sources.addFirst(source);
      }
    }
  }

  private static Path createRunDirectory() {
    try {
      Path parent = Files.createDirectories(Path.of("target", "test-data"));
      Path run = Files.createTempDirectory(parent, "run-").toAbsolutePath();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(run)));
      return run;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Best effort: whatever stays behind is under target/ and goes with `mvn clean`. */
  private static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // ignore: see above
    }
  }
}
