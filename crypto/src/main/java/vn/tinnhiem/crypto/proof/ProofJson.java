package vn.tinnhiem.crypto.proof;

import java.util.List;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.json.Json;

/** Wire form of proofs: {@code {"challenge":"…","response":"…"}}, decimal strings. */
public final class ProofJson {
  private ProofJson() {}

  public static Json toJson(Proof p) {
    return Json.obj("challenge", Json.num(p.challenge()), "response", Json.num(p.response()));
  }

  public static Json toJson(List<Proof> proofs) {
    return Json.array(proofs.stream().map(ProofJson::toJson).toList());
  }

  public static Proof fromJson(Json json, Group group) {
    Json.JObject o = json.asObject().onlyKeys("challenge", "response");
    return new Proof(group.parseExponent(o.get("challenge").asString()),
        group.parseExponent(o.get("response").asString()));
  }

  public static List<Proof> listFromJson(Json json, Group group) {
    return json.asList(j -> fromJson(j, group));
  }
}
