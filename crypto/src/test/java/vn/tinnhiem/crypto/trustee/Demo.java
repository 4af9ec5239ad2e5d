package vn.tinnhiem.crypto.trustee;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonParser;

/**
 * The belenios-tool 2.0 threshold demo copied into test resources: one Single key (trustee 1)
 * and a 2-of-3 Pedersen board (trustees 2, 3, 4), three voters, members 1 and 2 and the Single
 * key decrypted. Throwaway test keys.
 */
final class Demo {
  static final String[] MEMBERS = {
      "40d80167465a409e88b85e5c7d72dd1b5d73ff658713ab81cf95675bbeab60ac",
      "955ae4ec1a1a73e274207863fa62e3e72e392c0d512691f6bc44fdafcfe11681",
      "ebfd4c549d08011c0bbd7af92c342baeb8e5b1253fdbfa2fcd71e45058ae3ca0"};
  static final String SINGLE_ID = "FD7C886F";
  static final String ELECTION = "773015251c29446b32571e6f3dc1d2acbead2991f596678f1df8bbf0bbee5d9f";
  static final String TRUSTEES = "9851bd7011d912f671a1e807da70a434886fda33885aa603fe39a1cdca795162";

  private Demo() {}

  static byte[] bytes(String name) {
    try (InputStream in = Demo.class.getResourceAsStream("/trustee/demo/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  static byte[] member(String hash) {
    return bytes("archive/" + hash + ".data.json");
  }

  static Json memberJson(String hash) {
    return JsonParser.parse(member(hash));
  }

  /** The archive's events (every {@code *.event.json} member), ordered by height. */
  static List<Json.JObject> events() {
    try (Stream<Path> files = Files.list(Path.of(Demo.class.getResource("/trustee/demo/archive")
        .toURI()))) {
      List<Json.JObject> out = new ArrayList<>();
      for (Path p : files.filter(f -> f.toString().endsWith(".event.json")).toList()) {
        out.add(JsonParser.parse(Files.readAllBytes(p)).asObject());
      }
      out.sort(Comparator.comparingInt(e -> e.get("height").asInt()));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
