package vn.tinnhiem.crypto.trustee;

import java.math.BigInteger;
import java.util.List;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonFormatException;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.json.JsonWriter;

/**
 * The small JSON messages that travel serialised inside strings (signed, encrypted or sent over a
 * channel), in the field order of belenios-tool: raw_coefexps, raw_polynomial, secret,
 * partial_decryption_key, channel_msg.
 */
final class Wire {
  private Wire() {}

  static String rawCoefexps(List<BigInteger> coefexps) {
    return JsonWriter.write(Json.obj("coefexps", nums(coefexps)));
  }

  static List<BigInteger> readRawCoefexps(Group group, String message) {
    Json.JObject o = JsonParser.parse(message).asObject().onlyKeys("coefexps");
    List<BigInteger> out = o.get("coefexps").asList(j -> group.parseElement(j.asString()));
    if (out.isEmpty()) {
      throw new JsonFormatException("empty coefexps");
    }
    return out;
  }

  static String rawPolynomial(List<BigInteger> coefficients) {
    return JsonWriter.write(Json.obj("polynomial", nums(coefficients)));
  }

  static List<BigInteger> readRawPolynomial(Group group, String message) {
    Json.JObject o = JsonParser.parse(message).asObject().onlyKeys("polynomial");
    List<BigInteger> out = o.get("polynomial").asList(j -> secretExponent(group, j,
        "polynomial coefficient"));
    if (out.isEmpty()) {
      throw new JsonFormatException("empty polynomial");
    }
    return out;
  }

  static String secret(BigInteger s) {
    return JsonWriter.write(Json.obj("secret", Json.num(s)));
  }

  /**
   * belenios-tool evaluates f(j) as a_0 + (a_1·j mod q) + … without a final reduction, so a
   * share can exceed q; accept it and reduce.
   */
  static BigInteger readSecret(Group group, String message) {
    Json.JObject o = JsonParser.parse(message).asObject().onlyKeys("secret");
    return unreducedExponent(group, o.get("secret").asString(), "secret");
  }

  static String decryptionKey(BigInteger s) {
    return JsonWriter.write(Json.obj("decryption_key", Json.num(s)));
  }

  /** belenios-tool writes the sum of the received shares without reducing it mod q. */
  static BigInteger readDecryptionKey(Group group, String message) {
    Json.JObject o = JsonParser.parse(message).asObject().onlyKeys("decryption_key");
    return unreducedExponent(group, o.get("decryption_key").asString(), "decryption key");
  }

  /** A non-negative decimal a little longer than q at most (a sum of shares), reduced mod q. */
  private static BigInteger unreducedExponent(Group group, String s, String what) {
    if (s.isEmpty() || s.length() > 1000 || !s.chars().allMatch(c -> c >= '0' && c <= '9')
        || (s.length() > 1 && s.charAt(0) == '0')) {
      throw new JsonFormatException(what + " is not a decimal number");
    }
    BigInteger x = new BigInteger(s);
    if (x.bitLength() > group.q().bitLength() + 32) {
      throw new JsonFormatException(what + " out of range");
    }
    return x.mod(group.q());
  }

  static String channelMessage(BigInteger recipient, String message) {
    return JsonWriter.write(Json.obj("recipient", Json.num(recipient), "message",
        Json.str(message)));
  }

  /** A received channel_msg: the recipient's encryption key and the payload. */
  record ChannelMessage(BigInteger recipient, String message) {}

  static ChannelMessage readChannelMessage(Group group, String text) {
    Json.JObject o = JsonParser.parse(text).asObject().onlyKeys("recipient", "message");
    return new ChannelMessage(group.parseElement(o.get("recipient").asString()),
        o.get("message").asString());
  }

  /** An exponent in [0, q) whose value must not appear in error messages. */
  static BigInteger secretExponent(Group group, Json json, String what) {
    try {
      return group.parseExponent(json.asString());
    } catch (JsonFormatException e) {
      throw new TrusteeFormatException(what + " is not a number in [0, q)");
    }
  }

  static Json nums(List<BigInteger> xs) {
    return Json.array(xs.stream().map(Json::num).toList());
  }

  static Json strings(List<String> xs) {
    return Json.array(xs.stream().map(Json::str).toList());
  }
}
