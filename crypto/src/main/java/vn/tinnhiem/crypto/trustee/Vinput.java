package vn.tinnhiem.crypto.trustee;

import java.util.List;
import java.util.Objects;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.json.JsonWriter;

/**
 * vinput (4.6.5), routed to member j in step 4: j's own sent polynomial, the shares
 * secret(P_1)_j … secret(P_m)_j addressed to j, and every member's signed coefexps.
 */
public record Vinput(String polynomial, List<String> secrets, List<SignedMessage> coefexps) {
  public Vinput {
    Objects.requireNonNull(polynomial, "polynomial");
    secrets = List.copyOf(secrets);
    coefexps = List.copyOf(coefexps);
  }

  public Json toJson() {
    return Json.obj("polynomial", Json.str(polynomial), "secrets", Wire.strings(secrets),
        "coefexps", Json.array(coefexps.stream().map(SignedMessage::toJson).toList()));
  }

  public static Vinput fromJson(Json json, Group group) {
    Json.JObject o = json.asObject().onlyKeys("polynomial", "secrets", "coefexps");
    return new Vinput(o.get("polynomial").asString(), o.get("secrets").asList(Json::asString),
        o.get("coefexps").asList(j -> SignedMessage.fromJson(j, group)));
  }

  public String write() {
    return JsonWriter.write(toJson());
  }

  public static Vinput parse(String json, Group group) {
    return fromJson(JsonParser.parse(json), group);
  }
}
