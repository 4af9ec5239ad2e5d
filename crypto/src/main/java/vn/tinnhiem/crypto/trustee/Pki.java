package vn.tinnhiem.crypto.trustee;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import vn.tinnhiem.crypto.credential.Credentials;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.group.Hash;
import vn.tinnhiem.crypto.json.JsonFormatException;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.json.JsonWriter;

/**
 * The public key infrastructure of the threshold ceremony (4.6.1, 4.6.3): seeds, the keys
 * derived from them, El Gamal + AES-CCM encryption of strings, and channels (sign, then
 * encrypt to the recipient).
 */
public final class Pki {
  /** belenios-tool's seeds are 22 base58 characters (about 129 bits). */
  public static final int SEED_LENGTH = 22;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final HexFormat HEX = HexFormat.of();

  private Pki() {}

  // ---- seeds and derived keys -------------------------------------------------------------

  public static String generateSeed() {
    return generateSeed(RANDOM);
  }

  public static String generateSeed(SecureRandom random) {
    char[] out = new char[SEED_LENGTH];
    for (int i = 0; i < SEED_LENGTH; i++) {
      out[i] = Credentials.BASE58.charAt(random.nextInt(58));
    }
    return new String(out);
  }

  public static boolean isSeed(String s) {
    return s != null && s.length() == SEED_LENGTH
        && s.chars().allMatch(c -> Credentials.BASE58.indexOf(c) >= 0);
  }

  /**
   * sk = SHA256("sk|" + seed) as a 256-bit number. Belenios keeps it unreduced; it only ever
   * serves as an exponent or a factor mod q, so reducing it mod q changes no output.
   */
  public static BigInteger signingKey(Group group, String seed) {
    return Hash.toExponent("sk|" + seed, group.q());
  }

  /** dk = SHA256("dk|" + seed), reduced mod q for the same reason as {@link #signingKey}. */
  public static BigInteger decryptionKey(Group group, String seed) {
    return Hash.toExponent("dk|" + seed, group.q());
  }

  // ---- encryption -------------------------------------------------------------------------

  /**
   * alpha = g^r, beta = ek^r·g^s; the AES-256 key is SHA256("key|" + g^s) and the CCM IV
   * SHA256("iv|" + alpha), numbers in decimal.
   */
  public static EncryptedMessage encrypt(Group group, BigInteger encryptionKey, String plaintext) {
    BigInteger r = group.randomExponent();
    BigInteger s = group.randomExponent();
    BigInteger gs = group.gPow(s);
    BigInteger alpha = group.gPow(r);
    BigInteger beta = group.mul(group.pow(encryptionKey, r), gs);
    byte[] data = AesCcm.encrypt(symmetricKey(gs), iv(alpha),
        plaintext.getBytes(StandardCharsets.UTF_8));
    return new EncryptedMessage(alpha, beta, HEX.formatHex(data));
  }

  /**
   * The plaintext, recovering g^s = beta / alpha^dk.
   *
   * @throws TrusteeFormatException when the tag does not match: not for this key, or altered
   */
  public static String decrypt(Group group, BigInteger decryptionKey, EncryptedMessage message) {
    BigInteger gs = group.div(message.beta(), group.pow(message.alpha(), decryptionKey));
    byte[] data;
    try {
      data = HEX.parseHex(message.data());
    } catch (IllegalArgumentException e) {
      throw new TrusteeFormatException("encrypted data is not hexadecimal");
    }
    byte[] plain = AesCcm.decrypt(symmetricKey(gs), iv(message.alpha()), data);
    if (plain == null) {
      throw new TrusteeFormatException(
          "cannot decrypt message: wrong decryption key or altered data");
    }
    return JsonParser.decodeUtf8(plain);
  }

  private static byte[] symmetricKey(BigInteger gs) {
    return Hash.sha256("key|" + gs);
  }

  private static byte[] iv(BigInteger alpha) {
    return Hash.sha256("iv|" + alpha);
  }

  // ---- channels ---------------------------------------------------------------------------

  /** send(sk, recipient, M): channel_msg, signed with sk, encrypted to recipient. */
  public static EncryptedMessage send(Group group, BigInteger signingKey, BigInteger recipient,
      String message) {
    String channelMsg = Wire.channelMessage(recipient, message);
    SignedMessage signed = SignedMessage.sign(group, signingKey, channelMsg);
    return encrypt(group, recipient, JsonWriter.write(signed.toJson()));
  }

  /**
   * Opens a channel message: decrypts with dk, checks the sender's signature and that the
   * recipient is g^dk.
   *
   * @throws JsonFormatException (or its subclass {@link TrusteeFormatException}) naming what
   *     failed
   */
  public static String receive(Group group, BigInteger decryptionKey, BigInteger senderVerification,
      EncryptedMessage message) {
    SignedMessage signed = SignedMessage.parse(decrypt(group, decryptionKey, message), group);
    if (!signed.verify(group, senderVerification)) {
      throw new TrusteeFormatException("invalid signature on received message");
    }
    Wire.ChannelMessage msg = Wire.readChannelMessage(group, signed.message());
    if (!msg.recipient().equals(group.gPow(decryptionKey))) {
      throw new TrusteeFormatException("invalid recipient on received message");
    }
    return msg.message();
  }
}
