package vn.tinnhiem.crypto.trustee;

import java.util.List;
import java.util.Objects;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.json.JsonWriter;

/**
 * polynomial (4.6.4), what member i sends in step 3: its own coefficients sent to itself, the
 * share f_i(j) sent to each member j, and the signed commitments g^{a_ik}. The sent parts stay
 * the exact strings received (serialised encrypted_msg).
 */
public record Polynomial(String polynomial, List<String> secrets, SignedMessage coefexps) {
  public Polynomial {
    Objects.requireNonNull(polynomial, "polynomial");
    secrets = List.copyOf(secrets);
    Objects.requireNonNull(coefexps, "coefexps");
  }

  public Json toJson() {
    return Json.obj("polynomial", Json.str(polynomial), "secrets", Wire.strings(secrets),
        "coefexps", coefexps.toJson());
  }

  public static Polynomial fromJson(Json json, Group group) {
    Json.JObject o = json.asObject().onlyKeys("polynomial", "secrets", "coefexps");
    return new Polynomial(o.get("polynomial").asString(), o.get("secrets").asList(Json::asString),
        SignedMessage.fromJson(o.get("coefexps"), group));
  }

  public String write() {
    return JsonWriter.write(toJson());
  }

  public static Polynomial parse(String json, Group group) {
    return fromJson(JsonParser.parse(json), group);
  }
}
