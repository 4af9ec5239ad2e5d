package vn.tinnhiem.bench.load;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * The server and election the load server set up (see {@code LoadServer}): its loopback URL and
 * process id, the session, and the voters' private credentials.
 */
public record LoadTarget(URI baseUrl, long serverPid, long sessionId, int voters, int subjects,
    List<String> credentials) {

  public LoadTarget {
    credentials = List.copyOf(credentials);
    if (credentials.size() != voters) {
      throw new IllegalArgumentException(
          "seed has " + voters + " voters but " + credentials.size() + " credentials");
    }
  }

  /** Reads {@code seed/} and {@code server/} of the work folder; refuses a non-loopback URL. */
  public static LoadTarget read(Path workdir) throws IOException {
    Properties seed = properties(workdir.resolve("seed").resolve("seed.properties"));
    Properties server = properties(workdir.resolve("server").resolve("server.properties"));
    long sessionId = Long.parseLong(seed.getProperty("session_id"));
    if (sessionId != Long.parseLong(server.getProperty("session_id"))) {
      throw new IllegalArgumentException("the server serves another session than the seed's");
    }
    List<String> credentials = Files.readAllLines(
        workdir.resolve("seed").resolve("credentials.txt"), StandardCharsets.US_ASCII).stream()
        .filter(line -> !line.isBlank()).toList();
    return new LoadTarget(Loopback.require(server.getProperty("base_url")),
        Long.parseLong(server.getProperty("pid")), sessionId,
        Integer.parseInt(seed.getProperty("voters")), Integer.parseInt(seed.getProperty("subjects")),
        credentials);
  }

  public URI uri(String path) {
    return baseUrl.resolve("/api/sessions/" + sessionId + path);
  }

  /** Never the credentials: they are secrets, even in a bench. */
  @Override
  public String toString() {
    return "LoadTarget[" + baseUrl + ", session " + sessionId + ", " + voters + " voters, "
        + subjects + " subjects]";
  }

  private static Properties properties(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p;
  }
}
