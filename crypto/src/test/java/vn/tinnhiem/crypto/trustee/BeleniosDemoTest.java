package vn.tinnhiem.crypto.trustee;

import vn.tinnhiem.crypto.tally.EncryptedTally;
import vn.tinnhiem.crypto.Check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.crypto.group.Ciphertext;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.group.Hash;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonParser;

/** Known answers: files and archive members made by belenios-tool 2.0 (see {@link Demo}). */
class BeleniosDemoTest {
  private static final Group G = Group.BELENIOS_2048;

  private static Trustees trustees() {
    return Trustees.parse(Demo.member(Demo.TRUSTEES), G);
  }

  private static ThresholdParameters parameters() {
    return ((TrusteeKind.Pedersen) trustees().items().get(1)).parameters();
  }

  private static List<SignedMessage> certs() {
    return TrusteeFiles.readCertificates(G, Demo.text("certs.jsons"));
  }

  private static List<Polynomial> polynomials() {
    return TrusteeFiles.readPolynomials(G, Demo.text("polynomials.jsons"));
  }

  private static PedersenKeys keys(int member) {
    return TrusteeFiles.readKey(G, Demo.text(Demo.MEMBERS[member] + ".key"));
  }

  private static String fingerprint() {
    return Hash.base64(Demo.member(Demo.ELECTION));
  }

  private static List<List<Ciphertext>> tally() {
    return EncryptedTally.fromJson(Demo.memberJson(sized().get("encrypted_tally")
        .asString()), G).ciphertexts();
  }

  private static Json.JObject sized() {
    for (Json.JObject e : Demo.events()) {
      if (e.get("type").asString().equals("EncryptedTally")) {
        return Demo.memberJson(e.get("payload").asString()).asObject();
      }
    }
    throw new AssertionError("no EncryptedTally event");
  }

  /** owner id → partial decryption, found through the PartialDecryption events. */
  private static Map<Integer, PartialDecryption> partials() {
    Map<Integer, PartialDecryption> out = new LinkedHashMap<>();
    for (Json.JObject e : Demo.events()) {
      if (e.get("type").asString().equals("PartialDecryption")) {
        Json.JObject owned = Demo.memberJson(e.get("payload").asString()).asObject();
        out.put(owned.get("owner").asInt(),
            PartialDecryption.parse(Demo.member(owned.get("payload").asString()), G));
      }
    }
    return out;
  }

  @Test
  void trusteesReserialiseByteIdentically() {
    byte[] original = Demo.member(Demo.TRUSTEES);
    assertThat(trustees().write().getBytes(StandardCharsets.UTF_8)).isEqualTo(original);
    assertThat(Hash.hex(trustees().write().getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(Demo.TRUSTEES);
  }

  @Test
  void trusteesStructurePassesEveryCheck() {
    Trustees t = trustees();
    assertThat(t.items()).hasSize(2);
    assertThat(t.items().get(0)).isInstanceOf(TrusteeKind.Single.class);
    assertThat(parameters().threshold()).isEqualTo(2);
    assertThat(parameters().size()).isEqualTo(3);
    assertThat(t.check(G)).isEqualTo(Check.pass("Trustees"));
    assertThat(parameters().check(G).passed()).isTrue();
  }

  @Test
  void combinedPublicKeyIsTheElectionKey() {
    String y = Demo.memberJson(Demo.ELECTION).asObject().get("public_key").asString();
    assertThat(trustees().publicKey(G)).isEqualTo(new BigInteger(y));
  }

  @Test
  void trusteeIdsNumberTheFlattenedList() {
    Trustees t = trustees();
    assertThat(t.count()).isEqualTo(4);
    assertThat(t.firstId(0)).isEqualTo(1);
    assertThat(t.firstId(1)).isEqualTo(2);
    TrusteePublicKey single = TrusteeFiles.readPubkey(G, Demo.text("FD7C886F.pubkey"));
    assertThat(t.keyOf(1)).contains(single);
    for (int z = 0; z < 3; z++) {
      assertThat(t.keyOf(2 + z)).contains(parameters().verificationKeys().get(z));
    }
    for (int z = 0; z < 3; z++) {
      assertThat(t.idOfCertificate(certs().get(z))).hasValue(2 + z);
      assertThat(t.idOf(parameters().verificationKeys().get(z).publicKey())).hasValue(2 + z);
    }
    assertThat(t.idOf(single.publicKey())).hasValue(1);
    assertThat(t.idOf(G.g())).isEmpty();
    assertThat(t.keyOf(0)).isEmpty();
    assertThat(t.keyOf(5)).isEmpty();
    // The archive's owners are 2 and 3 for the first two members, 1 for the Single key.
    assertThat(partials().keySet()).containsExactly(2, 3, 1);
  }

  @Test
  void singleKeyFilesReadAndWriteByteIdentically() {
    String privText = Demo.text("FD7C886F.privkey");
    String pubText = Demo.text("FD7C886F.pubkey");
    BigInteger x = TrusteeFiles.readPrivkey(G, privText);
    TrusteePublicKey pub = TrusteeFiles.readPubkey(G, pubText);
    assertThat(G.gPow(x)).isEqualTo(pub.publicKey());
    assertThat(pub.isValid(G)).isTrue();
    assertThat(TrusteeFiles.pubkeyFile(pub)).isEqualTo(pubText);
    assertThat(TrusteeFiles.singleKeyId(pub)).isEqualTo(Demo.SINGLE_ID);
    SingleTrusteeKey key = SingleTrusteeKey.fromPrivateKey(G, x);
    assertThat(TrusteeFiles.privkeyFile(key)).isEqualTo(privText);
    assertThat(pubText).startsWith("{\"pok\":{\"challenge\":");
  }

  @Test
  void certificatesVerifyAndNameTheirFiles() {
    List<SignedMessage> certs = certs();
    assertThat(certs).isEqualTo(parameters().certs());
    assertThat(PedersenSetup.checkCertificates(G, certs).passed()).isTrue();
    for (int z = 0; z < 3; z++) {
      String text = Demo.text(Demo.MEMBERS[z] + ".cert");
      SignedMessage cert = SignedMessage.parse(TrusteeFiles.singleLine(text), G);
      assertThat(cert).isEqualTo(certs.get(z));
      assertThat(TrusteeFiles.line(cert.write())).isEqualTo(text);
      assertThat(TrusteeFiles.certificateId(cert)).isEqualTo(Demo.MEMBERS[z]);
      assertThat(PedersenSetup.checkCertificate(G, cert).passed()).isTrue();
    }
  }

  @Test
  void seedsDeriveTheCertificateKeys() {
    for (int z = 0; z < 3; z++) {
      PedersenKeys keys = keys(z);
      assertThat(keys.publicKeys()).isEqualTo(CertKeys.of(certs().get(z), G));
      assertThat(TrusteeFiles.keyFile(keys)).isEqualTo(Demo.text(Demo.MEMBERS[z] + ".key"));
      assertThat(PedersenTrustee.checkCertificates(G, keys, certs()).passed()).isTrue();
      assertThat(keys.toString()).doesNotContain(keys.seed())
          .doesNotContain(keys.signingKey().toString());
    }
  }

  @Test
  void polynomialsReserialiseAndOwnCoefficientsDecrypt() {
    String text = Demo.text("polynomials.jsons");
    List<Polynomial> ps = polynomials();
    assertThat(TrusteeFiles.jsonsFile(ps.stream().map(Polynomial::write).toList()))
        .isEqualTo(text);
    for (int z = 0; z < 3; z++) {
      assertThat(PedersenSetup.checkPolynomial(G, certs(), z, ps.get(z)).passed()).isTrue();
      // AES-CCM known answer: each member's polynomial field is sent to itself.
      PedersenKeys keys = keys(z);
      String raw = Pki.receive(G, keys.decryptionKey(), keys.publicKeys().verification(),
          EncryptedMessage.parse(ps.get(z).polynomial(), G));
      List<BigInteger> a = Wire.readRawPolynomial(G, raw);
      List<BigInteger> coefexps = Wire.readRawCoefexps(G, ps.get(z).coefexps().message());
      assertThat(a).hasSize(2);
      assertThat(a.stream().map(G::gPow).toList()).isEqualTo(coefexps);
      assertThat(Wire.rawPolynomial(a)).isEqualTo(raw);
    }
  }

  @Test
  void routingStepFourReproducesTheVinputFiles() {
    List<Vinput> vinputs = PedersenSetup.vinputs(G, certs(), polynomials());
    for (int z = 0; z < 3; z++) {
      assertThat(TrusteeFiles.line(vinputs.get(z).write()))
          .isEqualTo(Demo.text(Demo.MEMBERS[z] + ".vinput"));
    }
  }

  @Test
  void realVinputsPassTheMembersChecks() {
    for (int z = 0; z < 3; z++) {
      Vinput v = Vinput.parse(TrusteeFiles.singleLine(Demo.text(Demo.MEMBERS[z] + ".vinput")),
          G);
      assertThat(PedersenTrustee.checkVinput(G, keys(z), certs(), v))
          .isEqualTo(Check.pass("Pedersen step 5: vinput"));
      // Someone else's seed cannot open it.
      assertThat(PedersenTrustee.checkVinput(G, keys((z + 1) % 3), certs(), v))
          .isInstanceOf(Check.Fail.class);
    }
  }

  @Test
  void stepSixReproducesThePublishedParameters() {
    List<Voutput> voutputs = new ArrayList<>();
    for (int z = 0; z < 3; z++) {
      String text = Demo.text(Demo.MEMBERS[z] + ".voutput");
      Voutput v = Voutput.parse(TrusteeFiles.singleLine(text), G);
      assertThat(TrusteeFiles.line(v.write())).isEqualTo(text);
      assertThat(PedersenSetup.checkVoutput(G, certs(), polynomials(), z, v).passed()).isTrue();
      assertThat(TrusteeFiles.line(v.privateKey()))
          .isEqualTo(Demo.text(Demo.MEMBERS[z] + ".dkey"));
      voutputs.add(v);
    }
    ThresholdParameters p = PedersenSetup.thresholdParameters(G, certs(), polynomials(),
        voutputs);
    assertThat(p.write()).isEqualTo(parameters().write());
    assertThat(new TrusteeKind.Pedersen(p).toJson().toString())
        .isEqualTo(new TrusteeKind.Pedersen(parameters()).toJson().toString());
  }

  @Test
  void dkeyDecryptsToTheVerificationKeysLogarithm() {
    for (int z = 0; z < 3; z++) {
      BigInteger s = PedersenTrustee.decryptionKey(G, keys(z),
          TrusteeFiles.singleLine(Demo.text(Demo.MEMBERS[z] + ".dkey")));
      assertThat(s).isLessThan(G.q());
      assertThat(G.gPow(s)).isEqualTo(parameters().verificationKeys().get(z).publicKey());
    }
  }

  @Test
  void dkeyDoesNotOpenWithAnotherSeed() {
    String dkey = TrusteeFiles.singleLine(Demo.text(Demo.MEMBERS[0] + ".dkey"));
    assertThatThrownBy(() -> PedersenTrustee.decryptionKey(G, keys(1), dkey))
        .isInstanceOf(TrusteeFormatException.class)
        .hasMessageContaining("cannot decrypt");
  }

  @Test
  void realPartialDecryptionsVerifyAndReserialise() {
    String phi = fingerprint();
    assertThat(phi).isEqualTo("dzAVJRwpRGsyVx5vPcHSrL6tKZH1lmePHfi78LvuXZ8");
    for (Map.Entry<Integer, PartialDecryption> e : partials().entrySet()) {
      assertThat(Decryption.check(G, trustees(), tally(), phi, e.getKey(), e.getValue()).passed())
          .as("trustee %d", e.getKey()).isTrue();
      // Bound to the fingerprint and to the right key.
      assertThat(Decryption.check(G, trustees(), tally(), phi + "x", e.getKey(), e.getValue())
          .passed()).isFalse();
      assertThat(Decryption.check(G, trustees(), tally(), phi, 4, e.getValue()).passed()).isFalse();
    }
    String hash = "77cc01bc2837a258f9c84203ca072cf08ff82fd8cf65fa45f1847c8eecfd5d85";
    assertThat(PartialDecryption.parse(Demo.member(hash), G).write().getBytes(
        StandardCharsets.UTF_8)).isEqualTo(Demo.member(hash));
  }

  @Test
  void ourPartialDecryptionsHaveTheRealFactorsAndValidProofs() {
    String phi = fingerprint();
    Map<Integer, PartialDecryption> real = partials();
    BigInteger x = TrusteeFiles.readPrivkey(G, Demo.text("FD7C886F.privkey"));
    PartialDecryption single = Decryption.compute(G, tally(), x, phi);
    assertThat(single.decryptionFactors()).isEqualTo(real.get(1).decryptionFactors());
    assertThat(Decryption.check(G, trustees(), tally(), phi, 1, single).passed()).isTrue();
    for (int z = 0; z < 2; z++) {
      BigInteger s = PedersenTrustee.decryptionKey(G, keys(z),
          TrusteeFiles.singleLine(Demo.text(Demo.MEMBERS[z] + ".dkey")));
      PartialDecryption pd = Decryption.compute(G, tally(), s, phi);
      assertThat(pd.decryptionFactors()).isEqualTo(real.get(2 + z).decryptionFactors());
      assertThat(Decryption.check(G, trustees(), tally(), phi, 2 + z, pd).passed()).isTrue();
    }
  }

  @Test
  void combiningTheRealPartialDecryptionsGivesTheRealResult() {
    Json.JObject sized = sized();
    long total = sized.get("total_weight").asLong();
    long[][] result = Decryption.combine(G, trustees(), tally(), partials(), total);
    assertThat(result).isDeepEqualTo(new long[][] {{1, 1, 0, 1}, {1, 2}});
    Json published = null;
    for (Json.JObject e : Demo.events()) {
      if (e.get("type").asString().equals("Result")) {
        published = Demo.memberJson(e.get("payload").asString());
      }
    }
    assertThat(published).isEqualTo(JsonParser.parse("{\"result\":[[1,1,0,1],[1,2]]}"));
    assertThat(Decryption.checkResult(G, trustees(), tally(), fingerprint(), partials(), total,
        result).passed()).isTrue();
    assertThat(Decryption.checkResult(G, trustees(), tally(), fingerprint(), partials(), total,
        new long[][] {{1, 1, 1, 0}, {1, 2}})).isInstanceOf(Check.Fail.class);
  }

  @Test
  void anyTwoMembersGiveTheSameResult() {
    String phi = fingerprint();
    BigInteger s3 = PedersenTrustee.decryptionKey(G, keys(2),
        TrusteeFiles.singleLine(Demo.text(Demo.MEMBERS[2] + ".dkey")));
    PartialDecryption third = Decryption.compute(G, tally(), s3, phi);
    Map<Integer, PartialDecryption> pds = new LinkedHashMap<>(partials());
    pds.put(4, third);
    pds.remove(2);
    assertThat(Decryption.combine(G, trustees(), tally(), pds, 3))
        .isDeepEqualTo(new long[][] {{1, 1, 0, 1}, {1, 2}});
    pds.remove(3);
    assertThatThrownBy(() -> Decryption.combine(G, trustees(), tally(), pds, 3))
        .isInstanceOf(TrusteeCheckException.class)
        .hasMessageContaining("1 partial decryptions, 2 needed");
    Map<Integer, PartialDecryption> noSingle = new LinkedHashMap<>(partials());
    noSingle.remove(1);
    assertThatThrownBy(() -> Decryption.combine(G, trustees(), tally(), noSingle, 3))
        .isInstanceOf(TrusteeCheckException.class)
        .hasMessageContaining("missing partial decryption of trustee 1");
  }
}
