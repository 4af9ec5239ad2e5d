package vn.tinnhiem.crypto.trustee;

import java.util.Objects;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.json.JsonWriter;

/**
 * voutput (4.6.6), member j's answer in step 5: its decryption key S_j sent to itself (this
 * string becomes the {@code .dkey} file) and the verification key g^{S_j} with its pok.
 */
public record Voutput(String privateKey, TrusteePublicKey publicKey) {
  public Voutput {
    Objects.requireNonNull(privateKey, "privateKey");
    Objects.requireNonNull(publicKey, "publicKey");
  }

  public Json toJson() {
    return Json.obj("private_key", Json.str(privateKey), "public_key", publicKey.toJson());
  }

  public static Voutput fromJson(Json json, Group group) {
    Json.JObject o = json.asObject().onlyKeys("private_key", "public_key");
    return new Voutput(o.get("private_key").asString(),
        TrusteePublicKey.fromJson(o.get("public_key"), group));
  }

  public String write() {
    return JsonWriter.write(toJson());
  }

  public static Voutput parse(String json, Group group) {
    return fromJson(JsonParser.parse(json), group);
  }
}
