package vn.tinnhiem.crypto.election;

import java.util.List;
import vn.tinnhiem.crypto.group.Ciphertext;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.json.JsonWriter;
import vn.tinnhiem.crypto.proof.Proof;
import vn.tinnhiem.crypto.proof.ProofJson;

/**
 * Wire form of ballots and ciphertexts. Parsing checks every number against the group, so a
 * parsed {@link Ballot} holds only subgroup elements and exponents below q.
 */
public final class BallotJson {
  private BallotJson() {}

  public static Json toJson(Ballot b) {
    return withoutSignature(b, Json.obj("hash", Json.str(b.signature().hash()),
        "proof", ProofJson.toJson(b.signature().proof())));
  }

  public static byte[] toBytes(Ballot b) {
    return JsonWriter.writeBytes(toJson(b));
  }

  /** The bytes whose H_JSON is {@code signature.hash}: the ballot without its signature. */
  public static byte[] unsignedBytes(Ballot b) {
    return JsonWriter.writeBytes(withoutSignature(b, null));
  }

  private static Json withoutSignature(Ballot b, Json signature) {
    return Json.obj(
        "election_uuid", Json.str(b.electionUuid()),
        "election_hash", Json.str(b.electionHash()),
        "credential", Json.num(b.credential()),
        "answers", Json.array(b.answers().stream().map(BallotJson::toJson).toList()),
        "signature", signature);
  }

  static Json toJson(Ballot.Answer a) {
    return Json.obj(
        "choices", ciphertextsToJson(a.choices()),
        "individual_proofs",
        Json.array(a.individualProofs().stream().map(ProofJson::toJson).toList()),
        "overall_proof", ProofJson.toJson(a.overallProof()),
        "blank_proof", a.blankProof() == null ? null : ProofJson.toJson(a.blankProof()));
  }

  public static Json toJson(Ciphertext c) {
    return Json.obj("alpha", Json.num(c.alpha()), "beta", Json.num(c.beta()));
  }

  public static Json ciphertextsToJson(List<Ciphertext> cs) {
    return Json.array(cs.stream().map(BallotJson::toJson).toList());
  }

  public static Ballot fromBytes(byte[] bytes, Group group) {
    return fromJson(JsonParser.parse(bytes), group);
  }

  /**
   * Parses like {@link #fromBytes} but leaves the subgroup checks of the choices' α and β (most
   * of a ballot's numbers) to {@link BallotCheck#checkWithSubgroups}, which does them together
   * with the proofs for a fraction of the cost. Every other check is made here. The ballot is
   * not to be trusted, counted or stored before that check passes.
   */
  public static Ballot fromBytesDeferringSubgroupChecks(byte[] bytes, Group group) {
    return fromJson(JsonParser.parse(bytes), group, false);
  }

  public static Ballot fromJson(Json json, Group group) {
    return fromJson(json, group, true);
  }

  private static Ballot fromJson(Json json, Group group, boolean subgroupChecks) {
    Json.JObject o = json.asObject().onlyKeys("election_uuid", "election_hash", "credential",
        "answers", "signature");
    Json.JObject sig = o.get("signature").asObject().onlyKeys("hash", "proof");
    return new Ballot(
        o.get("election_uuid").asString(),
        o.get("election_hash").asString(),
        group.parseElement(o.get("credential").asString()),
        o.get("answers").asList(a -> answerFromJson(a, group, subgroupChecks)),
        new Ballot.Signature(sig.get("hash").asString(),
            ProofJson.fromJson(sig.get("proof"), group)));
  }

  static Ballot.Answer answerFromJson(Json json, Group group, boolean subgroupChecks) {
    Json.JObject o = json.asObject().onlyKeys("choices", "individual_proofs", "overall_proof",
        "blank_proof");
    List<Proof> blank = o.has("blank_proof")
        ? ProofJson.listFromJson(o.get("blank_proof"), group) : null;
    return new Ballot.Answer(
        o.get("choices").asList(c -> ciphertextFromJson(c, group, subgroupChecks)),
        o.get("individual_proofs").asList(p -> ProofJson.listFromJson(p, group)),
        ProofJson.listFromJson(o.get("overall_proof"), group),
        blank);
  }

  public static Ciphertext ciphertextFromJson(Json json, Group group) {
    return ciphertextFromJson(json, group, true);
  }

  private static Ciphertext ciphertextFromJson(Json json, Group group, boolean subgroupChecks) {
    Json.JObject o = json.asObject().onlyKeys("alpha", "beta");
    String alpha = o.get("alpha").asString();
    String beta = o.get("beta").asString();
    return subgroupChecks
        ? new Ciphertext(group.parseElement(alpha), group.parseElement(beta))
        : new Ciphertext(group.parseResidue(alpha), group.parseResidue(beta));
  }

  public static List<Ciphertext> ciphertextsFromJson(Json json, Group group) {
    return json.asList(c -> ciphertextFromJson(c, group));
  }
}
