package vn.tinnhiem.crypto.trustee;

import java.math.BigInteger;
import java.util.Objects;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonFormatException;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.json.JsonWriter;

/**
 * encrypted_msg (4.6.1): alpha = g^r, beta = ek^r·g^s and data, the lower-case hex of AES-CCM
 * ciphertext ‖ 8-byte tag. On the wire it is itself serialised into a string.
 */
public record EncryptedMessage(BigInteger alpha, BigInteger beta, String data) {
  public EncryptedMessage {
    Objects.requireNonNull(alpha, "alpha");
    Objects.requireNonNull(beta, "beta");
    Objects.requireNonNull(data, "data");
  }

  public Json toJson() {
    return Json.obj("alpha", Json.num(alpha), "beta", Json.num(beta), "data", Json.str(data));
  }

  public static EncryptedMessage fromJson(Json json, Group group) {
    Json.JObject o = json.asObject().onlyKeys("alpha", "beta", "data");
    String data = o.get("data").asString();
    if (data.length() % 2 != 0 || !data.chars().allMatch(EncryptedMessage::isHexDigit)) {
      throw new JsonFormatException("encrypted data is not hexadecimal");
    }
    return new EncryptedMessage(group.parseElement(o.get("alpha").asString()),
        group.parseElement(o.get("beta").asString()), data);
  }

  public String write() {
    return JsonWriter.write(toJson());
  }

  public static EncryptedMessage parse(String json, Group group) {
    return fromJson(JsonParser.parse(json), group);
  }

  private static boolean isHexDigit(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
