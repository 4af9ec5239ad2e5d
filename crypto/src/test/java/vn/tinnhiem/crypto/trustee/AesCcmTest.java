package vn.tinnhiem.crypto.trustee;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.group.Hash;

class AesCcmTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final byte[] KEY = new byte[32];
  private static final byte[] IV = Hash.sha256("iv|123");

  static {
    for (int i = 0; i < 32; i++) {
      KEY[i] = (byte) i;
    }
  }

  /** Vectors from an independent CCM (Python cryptography's AESCCM, 8-byte tag). */
  @Test
  void matchesAnIndependentImplementation() {
    assertThat(hex("")).isEqualTo("6ce8b67993636f35");
    assertThat(hex("hello Belenios")).isEqualTo("15ed4f66084fdd391eef9099674a079d3eea82b72e93");
    assertThat(hex("{\"secret\":\"12345678901234567890123456789012345678901234567890\"}"))
        .isEqualTo("06aa506f041dfa2850b0dcc13a0ac3efa3dd6da56433995033170b63f0d2220ca970828"
            + "83a1fe3da51997f99cb0426a772ca882aa67d10d327d975c5e3e767425b73e944751845");
  }

  /** Over 64 KiB the length field grows to 3 bytes and the nonce shrinks to 12. */
  @Test
  void longMessagesUseAThreeByteLengthField() {
    byte[] plain = new byte[70000];
    for (int i = 0; i < plain.length; i++) {
      plain[i] = (byte) (i % 251);
    }
    byte[] c = AesCcm.encrypt(KEY, IV, plain);
    assertThat(c).hasSize(70008);
    assertThat(Hash.hex(c))
        .isEqualTo("5436e597d14c16cae9ca7af9d8b9c2f4c74e38dfffb50bd9d3e7d8a3c9f14e0f");
    assertThat(AesCcm.decrypt(KEY, IV, c)).isEqualTo(plain);
    assertThat(AesCcm.lengthFieldSize(65535)).isEqualTo(2);
    assertThat(AesCcm.lengthFieldSize(65536)).isEqualTo(3);
  }

  @Test
  void rejectsAnyAlteredByte() {
    byte[] c = AesCcm.encrypt(KEY, IV, "hello Belenios".getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < c.length; i++) {
      byte[] t = c.clone();
      t[i] ^= 1;
      assertThat(AesCcm.decrypt(KEY, IV, t)).as("byte %d", i).isNull();
    }
    assertThat(AesCcm.decrypt(KEY, IV, new byte[3])).isNull();
  }

  @Test
  void pkiRoundTripAndWrongKey() {
    Group g = Group.BELENIOS_2048;
    BigInteger dk = g.randomExponent();
    EncryptedMessage m = Pki.encrypt(g, g.gPow(dk), "Tín nhiệm cao");
    assertThat(m.data()).matches("[0-9a-f]+");
    assertThat(Pki.decrypt(g, dk, EncryptedMessage.parse(m.write(), g))).isEqualTo("Tín nhiệm cao");
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> Pki.decrypt(g, dk.add(BigInteger.ONE), m))
        .isInstanceOf(TrusteeFormatException.class);
  }

  private static String hex(String plain) {
    byte[] c = AesCcm.encrypt(KEY, IV, plain.getBytes(StandardCharsets.UTF_8));
    assertThat(new String(AesCcm.decrypt(KEY, IV, c), StandardCharsets.UTF_8)).isEqualTo(plain);
    return HEX.formatHex(c);
  }
}
