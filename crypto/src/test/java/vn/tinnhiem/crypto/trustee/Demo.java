package vn.tinnhiem.crypto.trustee;

import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.tinnhiem.crypto.Resources;
import vn.tinnhiem.crypto.archive.Archive;
import vn.tinnhiem.crypto.archive.ArchiveReader;
import vn.tinnhiem.crypto.archive.Event;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonParser;

/**
 * The belenios-tool 2.0 threshold demo copied into test resources: one Single key (trustee 1)
 * and a 2-of-3 Pedersen board (trustees 2, 3, 4), three voters, members 1 and 2 and the Single
 * key decrypted. Throwaway test keys. The trustees' files are under {@code trustee/demo/}, the
 * archive is {@code archive/threshold-demo.bel}.
 */
final class Demo {
  static final String[] MEMBERS = {
      "40d80167465a409e88b85e5c7d72dd1b5d73ff658713ab81cf95675bbeab60ac",
      "955ae4ec1a1a73e274207863fa62e3e72e392c0d512691f6bc44fdafcfe11681",
      "ebfd4c549d08011c0bbd7af92c342baeb8e5b1253fdbfa2fcd71e45058ae3ca0"};
  static final String SINGLE_ID = "FD7C886F";
  static final String ELECTION = "773015251c29446b32571e6f3dc1d2acbead2991f596678f1df8bbf0bbee5d9f";
  static final String TRUSTEES = "9851bd7011d912f671a1e807da70a434886fda33885aa603fe39a1cdca795162";

  /** The same election's archive, shared with the archive tests. */
  private static final Archive ARCHIVE =
      ArchiveReader.readAll(Resources.bytes("archive/threshold-demo.bel"));

  private Demo() {}

  static byte[] bytes(String name) {
    return Resources.bytes("trustee/demo/" + name);
  }

  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  static byte[] member(String hash) {
    return ARCHIVE.data(hash).orElseThrow(() ->
        new IllegalStateException("no data member " + hash + " in the demo archive"));
  }

  static Json memberJson(String hash) {
    return JsonParser.parse(member(hash));
  }

  /** The archive's events in order. */
  static List<Json.JObject> events() {
    return ARCHIVE.events().stream().map(Event::toJsonValue).toList();
  }
}
