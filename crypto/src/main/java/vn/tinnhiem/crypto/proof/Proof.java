package vn.tinnhiem.crypto.proof;

import java.math.BigInteger;
import java.util.Objects;

/** A Fiat–Shamir proof: challenge and response, both in Z_q (specification 4.3). */
public record Proof(BigInteger challenge, BigInteger response) {
  public Proof {
    Objects.requireNonNull(challenge, "challenge");
    Objects.requireNonNull(response, "response");
  }
}
