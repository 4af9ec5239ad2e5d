package vn.tinnhiem.crypto.trustee;

import java.math.BigInteger;
import java.util.Objects;
import vn.tinnhiem.crypto.Check;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.json.JsonWriter;
import vn.tinnhiem.crypto.proof.Proof;
import vn.tinnhiem.crypto.proof.ProofJson;
import vn.tinnhiem.crypto.proof.Schnorr;

/**
 * trustee_public_key (4.5): X = g^x with a proof of knowledge of x. Wire form
 * {@code {"pok":{…},"public_key":"…"}}, then an optional {@code "name"} (Belenios 2.0 allows it;
 * belenios-tool leaves it out).
 *
 * @param name null when absent
 */
public record TrusteePublicKey(BigInteger publicKey, Proof pok, String name) {
  public TrusteePublicKey {
    Objects.requireNonNull(publicKey, "publicKey");
    Objects.requireNonNull(pok, "pok");
  }

  public TrusteePublicKey(BigInteger publicKey, Proof pok) {
    this(publicKey, pok, null);
  }

  /** Builds the public key of {@code x} and proves knowledge of it. */
  public static TrusteePublicKey prove(Group group, BigInteger x) {
    return new TrusteePublicKey(group.gPow(x), Schnorr.provePok(group, x));
  }

  /** The key is a group element and the pok, SHA256(pok|G|X|A), verifies. */
  public boolean isValid(Group group) {
    return group.isElement(publicKey) && Schnorr.verifyPok(group, publicKey, pok);
  }

  public Check check(Group group, String step) {
    if (!group.isElement(publicKey)) {
      return Check.fail(step, "public key is not a group element");
    }
    return Schnorr.verifyPok(group, publicKey, pok) ? Check.pass(step)
        : Check.fail(step, "proof of knowledge of the private key does not verify");
  }

  public Json toJson() {
    return Json.obj("pok", ProofJson.toJson(pok), "public_key", Json.num(publicKey), "name",
        name == null ? null : Json.str(name));
  }

  public static TrusteePublicKey fromJson(Json json, Group group) {
    Json.JObject o = json.asObject().onlyKeys("pok", "public_key", "name");
    return new TrusteePublicKey(group.parseElement(o.get("public_key").asString()),
        ProofJson.fromJson(o.get("pok"), group), o.has("name") ? o.get("name").asString() : null);
  }

  public String write() {
    return JsonWriter.write(toJson());
  }

  public static TrusteePublicKey parse(String json, Group group) {
    return fromJson(JsonParser.parse(json), group);
  }
}
