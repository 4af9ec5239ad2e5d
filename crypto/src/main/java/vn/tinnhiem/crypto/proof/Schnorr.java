package vn.tinnhiem.crypto.proof;

import java.math.BigInteger;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.group.Hash;

/**
 * The Schnorr-shaped proofs of Belenios: knowledge of a trustee key (4.5), ballot signatures
 * (4.14), signed messages of the threshold PKI (4.6.1) and correct decryption (4.18).
 * Each {@code verify*} answers instead of throwing.
 */
public final class Schnorr {
  private Schnorr() {}

  // ---- proof of knowledge of a private key: H = SHA256(pok|G|X|A) ------------------------

  public static Proof provePok(Group group, BigInteger x) {
    BigInteger publicKey = group.gPow(x);
    BigInteger w = group.randomExponent();
    BigInteger a = group.gPow(w);
    BigInteger challenge = pokChallenge(group, publicKey, a);
    return new Proof(challenge, respond(group, w, x, challenge));
  }

  public static boolean verifyPok(Group group, BigInteger publicKey, Proof proof) {
    BigInteger a = group.powPow(group.g(), proof.response(), publicKey, proof.challenge());
    return proof.challenge().equals(pokChallenge(group, publicKey, a));
  }

  private static BigInteger pokChallenge(Group group, BigInteger x, BigInteger a) {
    return Hash.toExponent("pok|" + group.name() + "|" + x + "|" + a, group.q());
  }

  // ---- ballot signature: H = SHA256(sig|hash|A) -------------------------------------------

  public static Proof sign(Group group, BigInteger secret, String ballotHash) {
    return signText(group, secret, "sig|" + ballotHash + "|");
  }

  public static boolean verifySignature(Group group, BigInteger credential, String ballotHash,
      Proof proof) {
    return verifyText(group, credential, "sig|" + ballotHash + "|", proof);
  }

  // ---- signed messages of the threshold PKI: H = SHA256(sigmsg|M|A) -----------------------

  public static Proof signMessage(Group group, BigInteger signingKey, String message) {
    return signText(group, signingKey, "sigmsg|" + message + "|");
  }

  public static boolean verifyMessage(Group group, BigInteger verificationKey, String message,
      Proof proof) {
    return verifyText(group, verificationKey, "sigmsg|" + message + "|", proof);
  }

  /** A Schnorr signature whose challenge is H(prefix + A), A = g^w. */
  private static Proof signText(Group group, BigInteger secret, String prefix) {
    BigInteger w = group.randomExponent();
    BigInteger a = group.gPow(w);
    BigInteger challenge = Hash.toExponent(prefix + a, group.q());
    return new Proof(challenge, respond(group, w, secret, challenge));
  }

  /** challenge = H(prefix + A) with A = g^response · key^challenge. */
  private static boolean verifyText(Group group, BigInteger key, String prefix, Proof proof) {
    BigInteger a = group.powPow(group.g(), proof.response(), key, proof.challenge());
    return proof.challenge().equals(Hash.toExponent(prefix + a, group.q()));
  }

  // ---- decryption factor: H = SHA256(decrypt|φ|X|A,B) ------------------------------------

  /** Proves that {@code factor = alpha^x} for the trustee key {@code X = g^x}. */
  public static Proof proveDecryption(Group group, String fingerprint, BigInteger x,
      BigInteger alpha) {
    BigInteger w = group.randomExponent();
    BigInteger a = group.gPow(w);
    BigInteger b = group.pow(alpha, w);
    BigInteger challenge = decryptChallenge(group, fingerprint, group.gPow(x), a, b);
    return new Proof(challenge, respond(group, w, x, challenge));
  }

  public static boolean verifyDecryption(Group group, String fingerprint, BigInteger publicKey,
      BigInteger alpha, BigInteger factor, Proof proof) {
    BigInteger a = group.powPow(group.g(), proof.response(), publicKey, proof.challenge());
    BigInteger b = group.powPow(alpha, proof.response(), factor, proof.challenge());
    return proof.challenge().equals(decryptChallenge(group, fingerprint, publicKey, a, b));
  }

  private static BigInteger decryptChallenge(Group group, String fingerprint, BigInteger x,
      BigInteger a, BigInteger b) {
    return Hash.toExponent("decrypt|" + fingerprint + "|" + x + "|" + a + "," + b, group.q());
  }

  /** response = w − secret × challenge mod q. */
  static BigInteger respond(Group group, BigInteger w, BigInteger secret, BigInteger challenge) {
    return w.subtract(secret.multiply(challenge)).mod(group.q());
  }
}
