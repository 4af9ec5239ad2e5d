package vn.tinnhiem.crypto.tally;

import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonWriter;

/** Payload of the EncryptedTally event (4.16): counts and the hash of the tally itself. */
public record SizedEncryptedTally(long numTallied, long totalWeight, String encryptedTally) {

  public Json toJson() {
    return Json.obj("num_tallied", Json.count(numTallied),
        "total_weight", Json.count(totalWeight),
        "encrypted_tally", Json.str(encryptedTally));
  }

  public byte[] toBytes() {
    return JsonWriter.writeBytes(toJson());
  }

  public static SizedEncryptedTally fromJson(Json json) {
    Json.JObject o = json.asObject().onlyKeys("num_tallied", "total_weight", "encrypted_tally");
    long n = o.get("num_tallied").asCount();
    long w = o.get("total_weight").asCount();
    return new SizedEncryptedTally(n, w, o.get("encrypted_tally").asString());
  }
}
