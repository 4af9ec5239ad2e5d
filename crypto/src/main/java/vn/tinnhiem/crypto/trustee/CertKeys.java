package vn.tinnhiem.crypto.trustee;

import java.math.BigInteger;
import java.util.Objects;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.json.JsonWriter;

/** cert_keys (4.6.2): a trustee's verification key g^sk and encryption key g^dk. */
public record CertKeys(BigInteger verification, BigInteger encryption) {
  public CertKeys {
    Objects.requireNonNull(verification, "verification");
    Objects.requireNonNull(encryption, "encryption");
  }

  /** The serialised form that a certificate signs. */
  public String write() {
    return JsonWriter.write(Json.obj("verification", Json.num(verification), "encryption",
        Json.num(encryption)));
  }

  public static CertKeys parse(String message, Group group) {
    Json.JObject o = JsonParser.parse(message).asObject().onlyKeys("verification", "encryption");
    return new CertKeys(group.parseElement(o.get("verification").asString()),
        group.parseElement(o.get("encryption").asString()));
  }

  /** The keys a certificate carries (its signature is not checked here). */
  public static CertKeys of(SignedMessage cert, Group group) {
    return parse(cert.message(), group);
  }
}
