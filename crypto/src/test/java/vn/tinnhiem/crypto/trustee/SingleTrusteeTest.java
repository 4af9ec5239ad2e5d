package vn.tinnhiem.crypto.trustee;

import vn.tinnhiem.crypto.Check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.json.JsonFormatException;
import vn.tinnhiem.crypto.proof.Proof;

class SingleTrusteeTest {
  private static final Group G = Group.BELENIOS_2048;

  @Test
  void generatedKeyHasAValidPokAndRoundTripsThroughItsFiles() {
    SingleTrusteeKey key = SingleTrusteeKey.generate(G);
    TrusteePublicKey pub = key.publicKey();
    assertThat(pub.isValid(G)).isTrue();
    assertThat(pub.check(G, "Single").passed()).isTrue();
    assertThat(TrusteeFiles.readPrivkey(G, TrusteeFiles.privkeyFile(key)))
        .isEqualTo(key.privateKey());
    assertThat(TrusteeFiles.readPubkey(G, TrusteeFiles.pubkeyFile(pub))).isEqualTo(pub);
    assertThat(TrusteeFiles.privkeyFile(key)).isEqualTo("\"" + key.privateKey() + "\"\n");
    assertThat(TrusteeFiles.singleKeyId(pub)).matches("[0-9A-F]{8}");
  }

  @Test
  void toStringNeverShowsThePrivateKey() {
    SingleTrusteeKey key = SingleTrusteeKey.generate(G);
    assertThat(key.toString()).doesNotContain(key.privateKey().toString());
  }

  @Test
  void rejectsAWrongPok() {
    TrusteePublicKey pub = SingleTrusteeKey.generate(G).publicKey();
    Proof p = pub.pok();
    TrusteePublicKey bad = new TrusteePublicKey(pub.publicKey(),
        new Proof(p.challenge(), p.response().add(BigInteger.ONE).mod(G.q())));
    assertThat(bad.check(G, "Single")).isEqualTo(Check.fail("Single",
        "proof of knowledge of the private key does not verify"));
    TrusteePublicKey other = new TrusteePublicKey(G.gPow(BigInteger.TWO), p);
    assertThat(other.isValid(G)).isFalse();
  }

  @Test
  void optionalNameComesLast() {
    TrusteePublicKey pub = SingleTrusteeKey.generate(G).publicKey();
    TrusteePublicKey named = new TrusteePublicKey(pub.publicKey(), pub.pok(), "Nguyễn Văn A");
    assertThat(named.write()).startsWith("{\"pok\":").endsWith(",\"name\":\"Nguyễn Văn A\"}");
    assertThat(TrusteePublicKey.parse(named.write(), G)).isEqualTo(named);
    assertThat(pub.write()).doesNotContain("name");
  }

  @Test
  void malformedFilesAreFormatErrors() {
    assertThatThrownBy(() -> TrusteeFiles.readPrivkey(G, "12345\n"))
        .isInstanceOf(JsonFormatException.class);
    assertThatThrownBy(() -> TrusteeFiles.readPrivkey(G, "\"" + G.q() + "\"\n"))
        .isInstanceOf(JsonFormatException.class);
    assertThatThrownBy(() -> TrusteeFiles.readPubkey(G, "{\"pok\":{}}"))
        .isInstanceOf(JsonFormatException.class);
    assertThatThrownBy(() -> TrusteeFiles.readKey(G, "0OIl0OIl0OIl0OIl0OIl00\n"))
        .isInstanceOf(TrusteeFormatException.class);
  }
}
