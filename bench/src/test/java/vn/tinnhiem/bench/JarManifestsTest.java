package vn.tinnhiem.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The runnable jars must open java.base/java.math to the cryptography: without that line,
 * {@code java -jar} still works but every ballot check falls back to plain BigInteger, about
 * 2.3 times slower, and nothing else would notice. The jars are packaged before this module
 * is tested in a full build; run alone, a missing jar skips (never under CI).
 */
class JarManifestsTest {

  @ParameterizedTest
  @ValueSource(strings = {"cli/target/tinnhiem.jar", "server/target/tinnhiem-server.jar"})
  void runnableJarsOpenJavaMath(String jar) throws IOException {
    Path path = Path.of("..").resolve(jar);
    if (!Files.isRegularFile(path)) {
      String why = path + " is not built (run the whole build: mvn verify)";
      assertThat(System.getenv("CI")).as(why).isNotEqualTo("true");
      System.out.println("SKIPPED: " + why);
      Assumptions.abort(why);
    }
    try (JarFile file = new JarFile(path.toFile())) {
      assertThat(file.getManifest().getMainAttributes().getValue("Add-Opens"))
          .contains("java.base/java.math");
    }
  }
}
