package vn.tinnhiem.crypto.election;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import vn.tinnhiem.crypto.group.Ciphertext;
import vn.tinnhiem.crypto.proof.Proof;

/** An encrypted ballot (specification 4.15). */
public record Ballot(String electionUuid, String electionHash, BigInteger credential,
    List<Answer> answers, Signature signature) {

  public Ballot {
    Objects.requireNonNull(electionUuid, "electionUuid");
    Objects.requireNonNull(electionHash, "electionHash");
    Objects.requireNonNull(credential, "credential");
    answers = List.copyOf(answers);
    Objects.requireNonNull(signature, "signature");
  }

  /** One homomorphic answer (4.11.1); {@code blankProof} is null when blank is not allowed. */
  public record Answer(List<Ciphertext> choices, List<List<Proof>> individualProofs,
      List<Proof> overallProof, List<Proof> blankProof) {
    public Answer {
      choices = List.copyOf(choices);
      individualProofs = individualProofs.stream().map(List::copyOf).toList();
      overallProof = List.copyOf(overallProof);
      blankProof = blankProof == null ? null : List.copyOf(blankProof);
    }
  }

  /** The ballot signature (4.14): hash of the ballot without it, and a Schnorr proof. */
  public record Signature(String hash, Proof proof) {
    public Signature {
      Objects.requireNonNull(hash, "hash");
      Objects.requireNonNull(proof, "proof");
    }
  }
}
