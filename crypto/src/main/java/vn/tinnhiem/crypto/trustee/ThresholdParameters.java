package vn.tinnhiem.crypto.trustee;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import vn.tinnhiem.crypto.Check;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonFormatException;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.json.JsonWriter;

/**
 * threshold_parameters (4.6.7), the public result of the ceremony.
 *
 * @param threshold t + 1, the number of members needed to decrypt (belenios-tool's
 *     {@code --threshold})
 */
public record ThresholdParameters(int threshold, List<SignedMessage> certs,
    List<SignedMessage> coefexps, List<TrusteePublicKey> verificationKeys) {
  public ThresholdParameters {
    certs = List.copyOf(certs);
    coefexps = List.copyOf(coefexps);
    verificationKeys = List.copyOf(verificationKeys);
  }

  /** Number of members µ. */
  public int size() {
    return verificationKeys.size();
  }

  /** The sub-key Π_z A_z0: the product of every member's constant commitment. */
  public BigInteger subKey(Group group) {
    BigInteger y = BigInteger.ONE;
    for (SignedMessage c : coefexps) {
      y = group.mul(y, Wire.readRawCoefexps(group, c.message()).get(0));
    }
    return y;
  }

  /**
   * Everything Belenios checks of published parameters: certificates, coefexps signed by their
   * member, every verification key's pok, the threshold equal to the polynomials' length, and
   * each verification key equal to Π_i Π_k A_ik^(j^k).
   */
  public Check check(Group group) {
    return PedersenSetup.checkParameters(group, this);
  }

  public Json toJson() {
    return Json.obj("threshold", Json.integer(threshold),
        "certs", Json.array(certs.stream().map(SignedMessage::toJson).toList()),
        "coefexps", Json.array(coefexps.stream().map(SignedMessage::toJson).toList()),
        "verification_keys",
        Json.array(verificationKeys.stream().map(TrusteePublicKey::toJson).toList()));
  }

  public static ThresholdParameters fromJson(Json json, Group group) {
    Json.JObject o = json.asObject().onlyKeys("threshold", "certs", "coefexps",
        "verification_keys");
    ThresholdParameters p = new ThresholdParameters(o.get("threshold").asInt(),
        o.get("certs").asList(j -> SignedMessage.fromJson(j, group)),
        o.get("coefexps").asList(j -> SignedMessage.fromJson(j, group)),
        o.get("verification_keys").asList(j -> TrusteePublicKey.fromJson(j, group)));
    int n = p.certs.size();
    if (n == 0 || p.coefexps.size() != n || p.verificationKeys.size() != n) {
      throw new JsonFormatException("threshold parameters: certs, coefexps and verification keys"
          + " must be non-empty lists of the same length");
    }
    if (p.threshold < 1 || p.threshold > n) {
      throw new JsonFormatException("threshold parameters: threshold " + p.threshold
          + " not in 1.." + n);
    }
    return p;
  }

  public String write() {
    return JsonWriter.write(toJson());
  }

  public static ThresholdParameters parse(String json, Group group) {
    return fromJson(JsonParser.parse(json), group);
  }
}
