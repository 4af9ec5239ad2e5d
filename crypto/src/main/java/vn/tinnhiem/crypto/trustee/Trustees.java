package vn.tinnhiem.crypto.trustee;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import vn.tinnhiem.crypto.Check;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonFormatException;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.json.JsonWriter;

/**
 * The trustees structure of an election (4.7), a list of "Single" and "Pedersen" items.
 *
 * <p>Trustee ids (the {@code owner} of a partial decryption) number the flattened list from 1:
 * a Single item takes one id, a Pedersen item one per member in certificate order. Belenios'
 * threshold demo has a Single key then three members: ids 1, then 2, 3, 4.
 */
public record Trustees(List<TrusteeKind> items) {
  public Trustees {
    items = List.copyOf(items);
  }

  /** Total number of trustee ids. */
  public int count() {
    return items.stream().mapToInt(TrusteeKind::size).sum();
  }

  /** The id of the first trustee of item {@code index} (0-based). */
  public int firstId(int index) {
    int id = 1;
    for (int i = 0; i < index; i++) {
      id += items.get(i).size();
    }
    return id;
  }

  /** The key a partial decryption by trustee {@code id} must verify against. */
  public Optional<TrusteePublicKey> keyOf(int id) {
    int first = 1;
    for (TrusteeKind item : items) {
      if (id >= first && id < first + item.size()) {
        return Optional.of(item.checkKeys().get(id - first));
      }
      first += item.size();
    }
    return Optional.empty();
  }

  /**
   * The id whose key is {@code publicKey}: a Single trustee checking that its key is in the
   * election (3.1.1), or a member finding its id from g^S.
   */
  public OptionalInt idOf(BigInteger publicKey) {
    for (int id = 1; id <= count(); id++) {
      if (keyOf(id).orElseThrow().publicKey().equals(publicKey)) {
        return OptionalInt.of(id);
      }
    }
    return OptionalInt.empty();
  }

  /** The id of the Pedersen member with this certificate (3.1.1: T_z checks γ_z appears). */
  public OptionalInt idOfCertificate(SignedMessage cert) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof TrusteeKind.Pedersen p) {
        int z = p.parameters().certs().indexOf(cert);
        if (z >= 0) {
          return OptionalInt.of(firstId(i) + z);
        }
      }
    }
    return OptionalInt.empty();
  }

  /** The election public key y = Π_τ y_τ (3.1.1). */
  public BigInteger publicKey(Group group) {
    BigInteger y = BigInteger.ONE;
    for (TrusteeKind item : items) {
      y = group.mul(y, item.subKey(group));
    }
    return y;
  }

  /** Every Single pok, and every Pedersen item as {@link ThresholdParameters#check}. */
  public Check check(Group group) {
    if (items.isEmpty()) {
      return Check.fail("Trustees", "no trustees");
    }
    for (int i = 0; i < items.size(); i++) {
      TrusteeKind item = items.get(i);
      Check c = item instanceof TrusteeKind.Single s
          ? s.key().check(group, "Trustees: Single key " + firstId(i))
          : ((TrusteeKind.Pedersen) item).parameters().check(group);
      if (c instanceof Check.Fail f) {
        return Check.fail(f.step(), "item " + (i + 1) + ": " + f.why());
      }
    }
    return Check.pass("Trustees");
  }

  public Json toJson() {
    return Json.array(items.stream().map(TrusteeKind::toJson).toList());
  }

  public static Trustees fromJson(Json json, Group group) {
    List<TrusteeKind> items = new ArrayList<>();
    for (Json item : json.asArray().items()) {
      items.add(TrusteeKind.fromJson(item, group));
    }
    if (items.isEmpty()) {
      throw new JsonFormatException("empty trustees list");
    }
    return new Trustees(items);
  }

  /** Compact JSON, byte-identical to the archive's trustees member. */
  public String write() {
    return JsonWriter.write(toJson());
  }

  public static Trustees parse(String json, Group group) {
    return fromJson(JsonParser.parse(json), group);
  }

  public static Trustees parse(byte[] json, Group group) {
    return fromJson(JsonParser.parse(json), group);
  }
}
