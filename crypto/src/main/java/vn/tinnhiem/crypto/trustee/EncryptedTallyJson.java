package vn.tinnhiem.crypto.trustee;

import java.util.List;
import vn.tinnhiem.crypto.group.Ciphertext;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.json.Json;

/**
 * Wire form of an encrypted tally (4.16): per question, per answer {@code {"alpha","beta"}},
 * both checked to be group elements on reading.
 */
public final class EncryptedTallyJson {
  private EncryptedTallyJson() {}

  public static List<List<Ciphertext>> fromJson(Json json, Group group) {
    return json.asList(row -> row.asList(c -> ciphertext(c, group)));
  }

  public static Json toJson(List<List<Ciphertext>> tally) {
    return Json.array(tally.stream()
        .map(row -> Json.array(row.stream().map(EncryptedTallyJson::ciphertext).toList()))
        .toList());
  }

  public static Ciphertext ciphertext(Json json, Group group) {
    Json.JObject o = json.asObject().onlyKeys("alpha", "beta");
    return new Ciphertext(group.parseElement(o.get("alpha").asString()),
        group.parseElement(o.get("beta").asString()));
  }

  public static Json ciphertext(Ciphertext c) {
    return Json.obj("alpha", Json.num(c.alpha()), "beta", Json.num(c.beta()));
  }
}
