package vn.tinnhiem.crypto.election;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.group.Hash;

/**
 * The election structure (specification 4.10) and its fingerprint φ, the unpadded base64 SHA-256
 * of its exact serialisation. Only homomorphic questions are supported.
 */
public record Election(int version, String description, String name, Group group,
    BigInteger publicKey, List<Question> questions, String uuid, String administrator,
    String credentialAuthority) {

  public Election {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(publicKey, "publicKey");
    Objects.requireNonNull(uuid, "uuid");
    questions = List.copyOf(questions);
  }

  /** φ: computed from the canonical serialisation, which a valid archive stores verbatim. */
  public String fingerprint() {
    return Hash.base64(ElectionJson.toBytes(this));
  }
}
