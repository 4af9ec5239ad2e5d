package vn.tinnhiem.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.tinnhiem.crypto.archive.Archive;
import vn.tinnhiem.crypto.archive.Event;
import vn.tinnhiem.crypto.archive.EventType;
import vn.tinnhiem.crypto.election.Election;
import vn.tinnhiem.crypto.election.ElectionJson;
import vn.tinnhiem.crypto.json.JsonFormatException;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.tally.EncryptedTally;
import vn.tinnhiem.crypto.tally.SizedEncryptedTally;
import vn.tinnhiem.crypto.trustee.PartialDecryption;
import vn.tinnhiem.crypto.trustee.Trustees;

/**
 * What the offline trustee commands need from an archive: election, trustees, encrypted tally
 * and the partial decryptions so far. Read without verifying; run {@code verify} for that.
 */
record ArchiveTally(Election election, Trustees trustees, SizedEncryptedTally sized,
    EncryptedTally tally, Map<Integer, PartialDecryption> partials) {

  static ArchiveTally of(Archive a) {
    Election election = null;
    Trustees trustees = null;
    SizedEncryptedTally sized = null;
    EncryptedTally tally = null;
    Map<Integer, PartialDecryption> partials = new LinkedHashMap<>();
    for (Event e : a.events()) {
      if (e.type() == EventType.Setup) {
        var setup = JsonParser.parse(data(a, e.payload())).asObject();
        election = ElectionJson.fromBytes(data(a, setup.get("election").asString()));
        trustees = Trustees.parse(data(a, setup.get("trustees").asString()), election.group());
      } else if (e.type() == EventType.EncryptedTally && election != null) {
        sized = SizedEncryptedTally.fromJson(JsonParser.parse(data(a, e.payload())));
        tally = EncryptedTally.fromJson(JsonParser.parse(data(a, sized.encryptedTally())),
            election.group());
      } else if (e.type() == EventType.PartialDecryption && election != null) {
        var owned = JsonParser.parse(data(a, e.payload())).asObject();
        partials.put(owned.get("owner").asInt(), PartialDecryption.parse(
            data(a, owned.get("payload").asString()), election.group()));
      }
    }
    if (election == null || tally == null) {
      throw new JsonFormatException("the archive has no encrypted tally yet");
    }
    return new ArchiveTally(election, trustees, sized, tally, partials);
  }

  private static byte[] data(Archive a, String hash) {
    return a.data(hash).orElseThrow(() -> new JsonFormatException("missing member " + hash));
  }
}
