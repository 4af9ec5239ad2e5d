package vn.tinnhiem.crypto.trustee;

import java.math.BigInteger;
import java.util.Objects;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.json.JsonWriter;
import vn.tinnhiem.crypto.proof.Proof;
import vn.tinnhiem.crypto.proof.ProofJson;
import vn.tinnhiem.crypto.proof.Schnorr;

/**
 * signed_msg (4.6.1): a message string and its Schnorr signature with challenge
 * SHA256(sigmsg|M|A). Certificates and coefexps are signed messages. The message is kept as the
 * exact string that was signed; it is never re-serialised.
 */
public record SignedMessage(String message, Proof signature) {
  public SignedMessage {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(signature, "signature");
  }

  public static SignedMessage sign(Group group, BigInteger signingKey, String message) {
    return new SignedMessage(message, Schnorr.signMessage(group, signingKey, message));
  }

  public boolean verify(Group group, BigInteger verificationKey) {
    return Schnorr.verifyMessage(group, verificationKey, message, signature);
  }

  public Json toJson() {
    return Json.obj("message", Json.str(message), "signature", ProofJson.toJson(signature));
  }

  public static SignedMessage fromJson(Json json, Group group) {
    Json.JObject o = json.asObject().onlyKeys("message", "signature");
    return new SignedMessage(o.get("message").asString(),
        ProofJson.fromJson(o.get("signature"), group));
  }

  /** Compact JSON, as belenios-tool writes it. */
  public String write() {
    return JsonWriter.write(toJson());
  }

  public static SignedMessage parse(String json, Group group) {
    return fromJson(JsonParser.parse(json), group);
  }
}
