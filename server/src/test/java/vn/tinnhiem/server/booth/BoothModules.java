package vn.tinnhiem.server.booth;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Where the booth's JavaScript modules and the test harness files are on disk. */
public final class BoothModules {
  private BoothModules() {}

  /** The directory of static/js/booth as the build copied it (target/classes). */
  static Path moduleDir() {
    return resource("/static/js/booth/ballot.js").getParent();
  }

  /** A file under src/test/resources/booth. */
  static Path testFile(String name) {
    return resource("/booth/" + name);
  }

  /** A classpath resource as a file (the test classpath is on disk). */
  public static Path resource(String name) {
    URL url = BoothModules.class.getResource(name);
    if (url == null) {
      throw new IllegalStateException(name + " is not on the test classpath");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
