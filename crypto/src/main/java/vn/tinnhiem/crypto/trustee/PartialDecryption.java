package vn.tinnhiem.crypto.trustee;

import java.math.BigInteger;
import java.util.List;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonFormatException;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.json.JsonWriter;
import vn.tinnhiem.crypto.proof.Proof;
import vn.tinnhiem.crypto.proof.ProofJson;

/**
 * partial_decryption (4.18): alpha^x for every ciphertext of the encrypted tally, with a proof
 * of each; both lists have the tally's shape.
 */
public record PartialDecryption(List<List<BigInteger>> decryptionFactors,
    List<List<Proof>> decryptionProofs) {
  public PartialDecryption {
    decryptionFactors = decryptionFactors.stream().map(List::copyOf).toList();
    decryptionProofs = decryptionProofs.stream().map(List::copyOf).toList();
    if (!sameShape(decryptionFactors, decryptionProofs)) {
      throw new IllegalArgumentException("factors and proofs differ in shape");
    }
  }

  public Json toJson() {
    return Json.obj(
        "decryption_factors", Json.array(decryptionFactors.stream().map(Wire::nums).toList()),
        "decryption_proofs",
        Json.array(decryptionProofs.stream().map(ProofJson::toJson).toList()));
  }

  public static PartialDecryption fromJson(Json json, Group group) {
    Json.JObject o = json.asObject().onlyKeys("decryption_factors", "decryption_proofs");
    List<List<BigInteger>> factors = o.get("decryption_factors")
        .asList(row -> row.asList(j -> group.parseElement(j.asString())));
    List<List<Proof>> proofs = o.get("decryption_proofs")
        .asList(row -> ProofJson.listFromJson(row, group));
    if (!sameShape(factors, proofs)) {
      throw new JsonFormatException("decryption factors and proofs differ in shape");
    }
    return new PartialDecryption(factors, proofs);
  }

  public String write() {
    return JsonWriter.write(toJson());
  }

  public static PartialDecryption parse(String json, Group group) {
    return fromJson(JsonParser.parse(json), group);
  }

  public static PartialDecryption parse(byte[] json, Group group) {
    return fromJson(JsonParser.parse(json), group);
  }

  static boolean sameShape(List<? extends List<?>> a, List<? extends List<?>> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i).size() != b.get(i).size()) {
        return false;
      }
    }
    return true;
  }
}
