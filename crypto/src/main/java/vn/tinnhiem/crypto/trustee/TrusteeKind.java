package vn.tinnhiem.crypto.trustee;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonFormatException;

/**
 * trustee_kind (4.7): {@code ["Single", trustee_public_key]} or
 * {@code ["Pedersen", threshold_parameters]}.
 */
public sealed interface TrusteeKind permits TrusteeKind.Single, TrusteeKind.Pedersen {

  /** A mandatory trustee whose partial decryption is always required. */
  record Single(TrusteePublicKey key) implements TrusteeKind {
    public Single {
      Objects.requireNonNull(key, "key");
    }

    @Override
    public int size() {
      return 1;
    }

    @Override
    public BigInteger subKey(Group group) {
      return key.publicKey();
    }

    @Override
    public List<TrusteePublicKey> checkKeys() {
      return List.of(key);
    }

    @Override
    public Json toJson() {
      return Json.array(Json.str("Single"), key.toJson());
    }
  }

  /** A k-of-n counting board; any {@code threshold} members' partial decryptions suffice. */
  record Pedersen(ThresholdParameters parameters) implements TrusteeKind {
    public Pedersen {
      Objects.requireNonNull(parameters, "parameters");
    }

    @Override
    public int size() {
      return parameters.size();
    }

    @Override
    public BigInteger subKey(Group group) {
      return parameters.subKey(group);
    }

    @Override
    public List<TrusteePublicKey> checkKeys() {
      return parameters.verificationKeys();
    }

    @Override
    public Json toJson() {
      return Json.array(Json.str("Pedersen"), parameters.toJson());
    }
  }

  /** How many trustee ids this item takes in the flattened numbering. */
  int size();

  /** y_τ, this item's factor of the election public key. */
  BigInteger subKey(Group group);

  /** The keys partial decryptions are checked against, in id order. */
  List<TrusteePublicKey> checkKeys();

  Json toJson();

  static TrusteeKind fromJson(Json json, Group group) {
    Json.JArray a = json.asArray();
    if (a.size() != 2) {
      throw new JsonFormatException("a trustee kind is a [tag, value] pair");
    }
    String tag = a.get(0).asString();
    return switch (tag) {
      case "Single" -> new Single(TrusteePublicKey.fromJson(a.get(1), group));
      case "Pedersen" -> new Pedersen(ThresholdParameters.fromJson(a.get(1), group));
      default -> throw new JsonFormatException("unknown trustee kind \"" + tag + "\"");
    };
  }
}
