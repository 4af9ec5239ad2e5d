package vn.tinnhiem.server.trustee;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tinnhiem.server.trustee.TrusteeJs.G;
import static vn.tinnhiem.server.trustee.TrusteeJs.PHI;
import static vn.tinnhiem.server.trustee.TrusteeJs.counts;
import static vn.tinnhiem.server.trustee.TrusteeJs.encrypt;
import static vn.tinnhiem.server.trustee.TrusteeJs.longs;
import static vn.tinnhiem.server.trustee.TrusteeJs.one;
import static vn.tinnhiem.server.trustee.TrusteeJs.request;
import static vn.tinnhiem.server.trustee.TrusteeJs.run;
import static vn.tinnhiem.server.trustee.TrusteeJs.runRaw;
import static vn.tinnhiem.server.trustee.TrusteeJs.text;
import static vn.tinnhiem.server.trustee.TrusteeJs.texts;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.crypto.Resources;
import vn.tinnhiem.crypto.group.Ciphertext;
import vn.tinnhiem.crypto.group.Hash;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.trustee.CertKeys;
import vn.tinnhiem.crypto.trustee.Decryption;
import vn.tinnhiem.crypto.trustee.EncryptedMessage;
import vn.tinnhiem.crypto.trustee.PartialDecryption;
import vn.tinnhiem.crypto.trustee.PedersenKeys;
import vn.tinnhiem.crypto.trustee.PedersenSetup;
import vn.tinnhiem.crypto.trustee.PedersenTrustee;
import vn.tinnhiem.crypto.trustee.Pki;
import vn.tinnhiem.crypto.trustee.Polynomial;
import vn.tinnhiem.crypto.trustee.SignedMessage;
import vn.tinnhiem.crypto.trustee.SingleTrusteeKey;
import vn.tinnhiem.crypto.trustee.ThresholdParameters;
import vn.tinnhiem.crypto.trustee.TrusteeFiles;
import vn.tinnhiem.crypto.trustee.TrusteeInternals;
import vn.tinnhiem.crypto.trustee.TrusteeKind;
import vn.tinnhiem.crypto.trustee.TrusteePublicKey;
import vn.tinnhiem.crypto.trustee.Trustees;
import vn.tinnhiem.crypto.trustee.Vinput;
import vn.tinnhiem.crypto.trustee.Voutput;
import vn.tinnhiem.server.booth.RequiresExecutables;

/**
 * The trustee's JavaScript (static/js/trustee) run under node and cross-checked with the Java
 * crypto module: certificates, a mixed JavaScript/Java 2-of-3 ceremony, Java messages in the
 * JavaScript checks, belenios-tool's demo files, AES-CCM and the PKI both ways, Single keys,
 * partial decryptions and the passphrase-protected key file. Prints the step times.
 */
@RequiresExecutables("node")
class TrusteeCryptoNodeTest {
  private static final HexFormat HEX = HexFormat.of();

  @Test
  void javaScriptCertificatePassesTheJavaCheckAndMatchesJavaForTheSameSeed() {
    String seed = Pki.generateSeed();
    List<Json> answers = run(List.of(request("certificate"),
        request("certificate", "seed", Json.str(seed))));
    SignedMessage fresh = SignedMessage.parse(
        answers.get(0).asObject().get("certificate").asString(), G);
    assertThat(PedersenSetup.checkCertificate(G, fresh).passed()).isTrue();
    assertThat(Pki.isSeed(answers.get(0).asObject().get("seed").asString())).isTrue();

    SignedMessage fromSeed = SignedMessage.parse(
        answers.get(1).asObject().get("certificate").asString(), G);
    PedersenKeys java = PedersenKeys.fromSeed(G, seed);
    assertThat(fromSeed.message()).isEqualTo(java.publicKeys().write());
    assertThat(fromSeed.verify(G, java.publicKeys().verification())).isTrue();
    assertThat(fromSeed.write()).isEqualTo(answers.get(1).asObject().get("certificate").asString());
  }

  @Test
  void javaCertificatesPassTheJavaScriptCheckAndForgeriesFail() {
    SignedMessage cert = PedersenTrustee.certificate(G, PedersenKeys.generate(G));
    SignedMessage other = PedersenTrustee.certificate(G, PedersenKeys.generate(G));
    SignedMessage forged = new SignedMessage(other.message(), cert.signature());
    List<Json> answers = run(List.of(
        request("checkCertificate", "certificate", Json.str(cert.write())),
        request("checkCertificate", "certificate", Json.str(forged.write()))));
    assertThat(answers.get(0).asObject().get("passed").asBoolean()).isTrue();
    Json.JObject refused = answers.get(1).asObject();
    assertThat(refused.get("passed").asBoolean()).isFalse();
    assertThat(refused.get("why").asString()).isEqualTo("certificate does not validate (bad signature)");
  }

  /**
   * Members 1 and 3 in JavaScript, member 2 in Java: Java accepts every JavaScript message, the
   * JavaScript checks accept Java's, and any two partial decryptions give the counts.
   */
  @Test
  void mixedTwoOfThreeCeremonyGivesParametersJavaAcceptsAndTheRightCounts() {
    List<Json> step1 = run(List.of(request("certificate"), request("certificate")));
    String seed1 = step1.get(0).asObject().get("seed").asString();
    String seed3 = step1.get(1).asObject().get("seed").asString();
    PedersenKeys k2 = PedersenKeys.generate(G);
    List<SignedMessage> certs = List.of(
        SignedMessage.parse(step1.get(0).asObject().get("certificate").asString(), G),
        PedersenTrustee.certificate(G, k2),
        SignedMessage.parse(step1.get(1).asObject().get("certificate").asString(), G));
    assertThat(PedersenSetup.checkCertificates(G, certs).passed()).isTrue();

    // Step 3.
    List<Json> step3 = run(List.of(
        request("polynomial", "seed", Json.str(seed1), "certificates", texts(certs),
            "threshold", Json.integer(2)),
        request("polynomial", "seed", Json.str(seed3), "certificates", texts(certs),
            "threshold", Json.integer(2))));
    List<Polynomial> polynomials = List.of(Polynomial.parse(step3.get(0).asString(), G),
        PedersenTrustee.polynomial(G, k2, certs, 2), Polynomial.parse(step3.get(1).asString(), G));
    for (int i = 0; i < 3; i++) {
      assertThat(PedersenSetup.checkPolynomial(G, certs, i, polynomials.get(i)).passed())
          .as("polynomial %d", i + 1).isTrue();
    }
    assertThat(polynomials.get(0).write()).isEqualTo(step3.get(0).asString());

    // Step 4 by the administrator (Java), step 5 by each member.
    List<Vinput> vinputs = PedersenSetup.vinputs(G, certs, polynomials);
    List<Json> step5 = run(List.of(
        request("checkVinput", "seed", Json.str(seed1), "certificates", texts(certs),
            "vinput", Json.str(vinputs.get(0).write())),
        request("voutput", "seed", Json.str(seed1), "certificates", texts(certs),
            "vinput", Json.str(vinputs.get(0).write())),
        request("voutput", "seed", Json.str(seed3), "certificates", texts(certs),
            "vinput", Json.str(vinputs.get(2).write()))));
    assertThat(step5.get(0).asObject().get("passed").asBoolean()).isTrue();
    List<Voutput> voutputs = List.of(Voutput.parse(step5.get(1).asString(), G),
        PedersenTrustee.voutput(G, k2, certs, vinputs.get(1)),
        Voutput.parse(step5.get(2).asString(), G));
    for (int j = 0; j < 3; j++) {
      assertThat(PedersenSetup.checkVoutput(G, certs, polynomials, j, voutputs.get(j)).passed())
          .as("voutput %d", j + 1).isTrue();
    }

    // Step 6 by the administrator.
    ThresholdParameters params = PedersenSetup.thresholdParameters(G, certs, polynomials,
        voutputs);
    Trustees trustees = new Trustees(List.of(new TrusteeKind.Pedersen(params)));
    assertThat(params.threshold()).isEqualTo(2);
    assertThat(trustees.check(G).passed()).isTrue();

    // Decryption: members 1 and 3 in JavaScript, 2 in Java; every pair gives the counts.
    int[][] counts = {{2, 0, 1}, {1, 1, 1}, {0, 3, 0}};
    List<List<Ciphertext>> tally = encrypt(trustees.publicKey(G), counts);
    String tallyText = text(tally);
    List<Json> pds = run(List.of(
        request("partialDecryption", "tally", Json.str(tallyText), "fingerprint", Json.str(PHI),
            "seed", Json.str(seed1), "voutput", Json.str(voutputs.get(0).write())),
        request("partialDecryption", "tally", Json.str(tallyText), "fingerprint", Json.str(PHI),
            "seed", Json.str(seed3), "voutput", Json.str(voutputs.get(2).write()))));
    Map<Integer, PartialDecryption> all = new HashMap<>();
    all.put(1, PartialDecryption.parse(pds.get(0).asString(), G));
    all.put(2, Decryption.compute(G, tally,
        PedersenTrustee.decryptionKey(G, k2, voutputs.get(1).privateKey()), PHI));
    all.put(3, PartialDecryption.parse(pds.get(1).asString(), G));
    for (int id = 1; id <= 3; id++) {
      assertThat(Decryption.check(G, trustees, tally, PHI, id, all.get(id)).passed())
          .as("partial decryption %d", id).isTrue();
    }
    assertThat(all.get(1).write()).isEqualTo(pds.get(0).asString());
    for (int skip = 1; skip <= 3; skip++) {
      Map<Integer, PartialDecryption> two = new HashMap<>(all);
      two.remove(skip);
      assertThat(Decryption.combine(G, trustees, tally, two, 5))
          .as("without member %d", skip).isDeepEqualTo(longs(counts));
    }

    // The JavaScript check accepts Java's partial decryption and refuses it for another key.
    BigInteger vk2 = params.verificationKeys().get(1).publicKey();
    BigInteger vk1 = params.verificationKeys().get(0).publicKey();
    List<Json> checks = run(List.of(
        checkPartial(tallyText, vk2, all.get(2)), checkPartial(tallyText, vk1, all.get(2))));
    assertThat(checks.get(0).asObject().get("passed").asBoolean()).isTrue();
    assertThat(checks.get(1).asObject().get("why").asString())
        .isEqualTo("proof [0][0] does not verify");
  }

  private static Json checkPartial(String tally, BigInteger publicKey, PartialDecryption pd) {
    return request("checkPartialDecryption", "tally", Json.str(tally), "fingerprint",
        Json.str(PHI), "publicKey", Json.str(publicKey.toString()), "partialDecryption",
        Json.str(pd.write()));
  }

  @Test
  void javaScriptRefusesATamperedShareAndAWrongKeyFile() {
    List<Json> step1 = run(List.of(request("certificate")));
    String seed1 = step1.get(0).asObject().get("seed").asString();
    PedersenKeys k2 = PedersenKeys.generate(G);
    List<SignedMessage> certs = List.of(
        SignedMessage.parse(step1.get(0).asObject().get("certificate").asString(), G),
        PedersenTrustee.certificate(G, k2));
    Polynomial p1 = Polynomial.parse(one(request("polynomial", "seed", Json.str(seed1),
        "certificates", texts(certs), "threshold", Json.integer(2))).asString(), G);
    Polynomial p2 = PedersenTrustee.polynomial(G, k2, certs, 2);
    List<String> secrets = new ArrayList<>(p2.secrets());
    secrets.set(0, Pki.send(G, k2.signingKey(), CertKeys.of(certs.get(0), G).encryption(),
        TrusteeInternals.secretMessage(BigInteger.TEN)).write());
    Vinput bad = PedersenSetup.vinputs(G, certs,
        List.of(p1, new Polynomial(p2.polynomial(), secrets, p2.coefexps()))).get(0);
    List<Json.JObject> answers = runRaw(List.of(
        request("voutput", "seed", Json.str(seed1), "certificates", texts(certs),
            "vinput", Json.str(bad.write())),
        request("voutput", "seed", Json.str(Pki.generateSeed()), "certificates", texts(certs),
            "vinput", Json.str(bad.write())),
        request("polynomial", "seed", Json.str(seed1), "certificates", texts(certs),
            "threshold", Json.integer(3))));
    assertThat(answers.get(0).get("error").asString())
        .isEqualTo("Pedersen step 5: vinput: secret 2 does not validate");
    assertThat(answers.get(1).get("error").asString())
        .isEqualTo("Pedersen step 5: vinput: could not find my certificate");
    assertThat(answers.get(2).get("error").asString())
        .isEqualTo("Pedersen step 3: polynomial: threshold 3 not in 1..2");
  }

  /** belenios-tool's own files (its 2-of-3 demo): vinputs check, .dkey files open. */
  @Test
  void beleniosToolDemoFilesPassTheJavaScriptChecks() {
    String[] members = {
        "40d80167465a409e88b85e5c7d72dd1b5d73ff658713ab81cf95675bbeab60ac",
        "955ae4ec1a1a73e274207863fa62e3e72e392c0d512691f6bc44fdafcfe11681",
        "ebfd4c549d08011c0bbd7af92c342baeb8e5b1253fdbfa2fcd71e45058ae3ca0"};
    List<SignedMessage> certs = TrusteeFiles.readCertificates(G, demo("certs.jsons"));
    List<Polynomial> polynomials = TrusteeFiles.readPolynomials(G, demo("polynomials.jsons"));
    List<Json> requests = new ArrayList<>();
    for (String m : members) {
      String seed = TrusteeFiles.singleLine(demo(m + ".key"));
      String vinput = TrusteeFiles.singleLine(demo(m + ".vinput"));
      requests.add(request("checkVinput", "seed", Json.str(seed), "certificates", texts(certs),
          "vinput", Json.str(vinput)));
      requests.add(request("decryptionKey", "seed", Json.str(seed),
          "dkey", Json.str(TrusteeFiles.singleLine(demo(m + ".dkey")))));
      requests.add(request("voutput", "seed", Json.str(seed), "certificates", texts(certs),
          "vinput", Json.str(vinput)));
    }
    List<Json> answers = run(requests);
    for (int j = 0; j < 3; j++) {
      assertThat(answers.get(3 * j).asObject().get("passed").asBoolean()).isTrue();
      Voutput theirs = Voutput.parse(TrusteeFiles.singleLine(demo(members[j] + ".voutput")), G);
      BigInteger s = new BigInteger(answers.get(3 * j + 1).asString());
      assertThat(G.gPow(s)).isEqualTo(theirs.publicKey().publicKey());
      Voutput ours = Voutput.parse(answers.get(3 * j + 2).asString(), G);
      assertThat(PedersenSetup.checkVoutput(G, certs, polynomials, j, ours).passed()).isTrue();
      assertThat(ours.publicKey().publicKey()).isEqualTo(theirs.publicKey().publicKey());
    }
  }

  private static String demo(String name) {
    return new String(Resources.bytes("trustee/demo/" + name), StandardCharsets.UTF_8);
  }

  @Test
  void aesCcmMatchesJavaByteForByteBothWays() {
    byte[] key = new byte[32];
    for (int i = 0; i < 32; i++) {
      key[i] = (byte) i;
    }
    byte[] iv = Hash.sha256("iv|123");
    Random random = new Random(20240607);
    List<byte[]> plaintexts = new ArrayList<>();
    plaintexts.add("hello Belenios".getBytes(StandardCharsets.UTF_8));
    for (int len : new int[] {0, 1, 15, 16, 17, 31, 32, 33, 100, 1000, 65535, 65536, 70000}) {
      byte[] p = new byte[len];
      random.nextBytes(p);
      plaintexts.add(p);
    }
    List<Json> requests = new ArrayList<>();
    List<byte[]> javaMade = new ArrayList<>();
    for (byte[] p : plaintexts) {
      byte[] c = TrusteeInternals.ccmEncrypt(key, iv, p);
      javaMade.add(c);
      requests.add(ccm("ccmEncrypt", key, iv, "plaintext", p));
      requests.add(ccm("ccmDecrypt", key, iv, "data", c));
    }
    byte[] altered = javaMade.get(0).clone();
    altered[altered.length - 1] ^= 1;
    requests.add(ccm("ccmDecrypt", key, iv, "data", altered));
    List<Json> answers = run(requests);
    assertThat(answers.get(0).asString()).isEqualTo("15ed4f66084fdd391eef9099674a079d3eea82b72e93");
    for (int i = 0; i < plaintexts.size(); i++) {
      byte[] jsMade = HEX.parseHex(answers.get(2 * i).asString());
      assertThat(jsMade).as("length %d", plaintexts.get(i).length).isEqualTo(javaMade.get(i));
      assertThat(TrusteeInternals.ccmDecrypt(key, iv, jsMade)).isEqualTo(plaintexts.get(i));
      assertThat(HEX.parseHex(answers.get(2 * i + 1).asString())).isEqualTo(plaintexts.get(i));
    }
    assertThat(answers.get(answers.size() - 1)).isInstanceOf(Json.JNull.class);
  }

  private static Json ccm(String op, byte[] key, byte[] iv, String field, byte[] data) {
    return request(op, "key", Json.str(HEX.formatHex(key)), "iv", Json.str(HEX.formatHex(iv)),
        field, Json.str(HEX.formatHex(data)));
  }

  @Test
  void pkiMessagesOpenOnTheOtherSide() {
    BigInteger dk = G.randomExponent();
    String text = "Tín nhiệm cao — {\"secret\":\"123\"}";
    EncryptedMessage javaMade = Pki.encrypt(G, G.gPow(dk), text);
    List<Json.JObject> answers = runRaw(List.of(
        request("pkiDecrypt", "decryptionKey", Json.str(dk.toString()),
            "message", Json.str(javaMade.write())),
        request("pkiEncrypt", "encryptionKey", Json.str(G.gPow(dk).toString()),
            "plaintext", Json.str(text)),
        request("pkiDecrypt", "decryptionKey", Json.str(dk.add(BigInteger.ONE).toString()),
            "message", Json.str(javaMade.write()))));
    assertThat(answers.get(0).get("result").asString()).isEqualTo(text);
    assertThat(Pki.decrypt(G, dk, EncryptedMessage.parse(
        answers.get(1).get("result").asString(), G))).isEqualTo(text);
    assertThat(answers.get(2).get("error").asString())
        .isEqualTo("cannot decrypt message: wrong decryption key or altered data");
  }

  @Test
  void singleKeysPassTheOtherSidesCheckAndDecrypt() {
    SingleTrusteeKey java = SingleTrusteeKey.generate(G);
    TrusteePublicKey other = SingleTrusteeKey.generate(G).publicKey();
    TrusteePublicKey forged = new TrusteePublicKey(other.publicKey(), java.publicKey().pok());
    List<Json> answers = run(List.of(request("singleKey"),
        request("checkSinglePublicKey", "publicKey", Json.str(java.publicKey().write())),
        request("checkSinglePublicKey", "publicKey", Json.str(forged.write()))));
    Json.JObject made = answers.get(0).asObject();
    TrusteePublicKey jsKey = TrusteePublicKey.parse(made.get("publicKey").asString(), G);
    BigInteger x = new BigInteger(made.get("privateKey").asString());
    assertThat(jsKey.check(G, "Single").passed()).isTrue();
    assertThat(jsKey.write()).isEqualTo(made.get("publicKey").asString());
    assertThat(G.gPow(x)).isEqualTo(jsKey.publicKey());
    assertThat(answers.get(1).asObject().get("passed").asBoolean()).isTrue();
    assertThat(answers.get(2).asObject().get("passed").asBoolean()).isFalse();

    // A partial decryption with the JavaScript key passes Decryption.check and decrypts.
    Trustees trustees = new Trustees(List.of(new TrusteeKind.Single(jsKey)));
    int[][] counts = {{1, 2, 0}, {0, 0, 3}};
    List<List<Ciphertext>> tally = encrypt(jsKey.publicKey(), counts);
    List<Json.JObject> pds = runRaw(List.of(
        request("partialDecryption", "tally", Json.str(text(tally)), "fingerprint",
            Json.str(PHI), "privateKey", Json.str(x.toString()),
            "publicKey", Json.str(jsKey.publicKey().toString())),
        request("partialDecryption", "tally", Json.str(text(tally)), "fingerprint",
            Json.str(PHI), "privateKey", Json.str(java.privateKey().toString()),
            "publicKey", Json.str(jsKey.publicKey().toString()))));
    PartialDecryption pd = PartialDecryption.parse(pds.get(0).get("result").asString(), G);
    assertThat(Decryption.check(G, trustees, tally, PHI, 1, pd).passed()).isTrue();
    assertThat(Decryption.combine(G, trustees, tally, Map.of(1, pd), 3))
        .isDeepEqualTo(longs(counts));
    assertThat(pds.get(1).get("error").asString())
        .isEqualTo("Decryption key: the key is not this trustee's");
  }

  @Test
  void keyFileRoundTripsAndRefusesWrongPassphraseFileAndEdits() {
    String seed = Pki.generateSeed();
    String passphrase = "ba con mèo trèo cây cau";
    Json header = Json.obj("uuid", Json.str("XjmWHrBNyrdD8R"), "trustee", Json.integer(2),
        "mode", Json.str("pedersen"), "group", Json.str(G.name()), "seed", Json.str(seed));
    List<Json> files = run(List.of(
        request("protectKey", "header", header, "passphrase", Json.str(passphrase)),
        request("protectKey", "header", header, "passphrase", Json.str(passphrase))));
    String file = files.get(0).asString();
    Json.JObject parsed = vn.tinnhiem.crypto.json.JsonParser.parse(file).asObject();
    assertThat(parsed.get("kdf").asObject().get("iterations").asInt()).isGreaterThanOrEqualTo(600000);
    assertThat(parsed.get("version").asInt()).isEqualTo(1);
    assertThat(file).doesNotContain(seed).doesNotContain(passphrase);
    assertThat(files.get(1).asString()).isNotEqualTo(file); // fresh salt and IV

    Json expected = expected("XjmWHrBNyrdD8R", 2, "pedersen");
    String edited = file.replace("\"trustee\": 2", "\"trustee\": 3");
    assertThat(edited).isNotEqualTo(file);
    List<Json.JObject> answers = runRaw(List.of(
        unprotect(file, passphrase, expected),
        unprotect(file, passphrase + "!", expected),
        unprotect(file, passphrase, expected("XjmWHrBNyrdD8R", 3, "pedersen")),
        unprotect(file, passphrase, expected("Another1uuid22", 2, "pedersen")),
        unprotect(file, passphrase, expected("XjmWHrBNyrdD8R", 2, "single")),
        unprotect(edited, passphrase, expected("XjmWHrBNyrdD8R", 3, "pedersen")),
        unprotect(seed + "\n", "", expected),
        unprotect("{\"hello\":1}", passphrase, expected),
        request("protectKey", "header", header, "passphrase", Json.str("short"))));
    assertThat(answers.get(0).get("result").asString()).isEqualTo(seed);
    List<String> codes = answers.subList(1, 6).stream()
        .map(a -> a.get("result").asObject().get("code").asString()).toList();
    assertThat(codes).containsExactly("wrong-passphrase", "wrong-trustee", "wrong-election",
        "wrong-mode", "wrong-passphrase");
    assertThat(answers.get(6).get("result").asString()).isEqualTo(seed);
    assertThat(answers.get(7).get("result").asObject().get("code").asString())
        .isEqualTo("not-key-file");
    assertThat(answers.get(8).get("error").asString()).contains("at least 10 characters");

    // A Single key file holds the private key.
    BigInteger x = G.randomExponent();
    Json single = Json.obj("uuid", Json.str("XjmWHrBNyrdD8R"), "trustee", Json.integer(1),
        "mode", Json.str("single"), "group", Json.str(G.name()),
        "privateKey", Json.str(x.toString()));
    String singleFile = one(request("protectKey", "header", single,
        "passphrase", Json.str(passphrase))).asString();
    assertThat(one(unprotect(singleFile, passphrase, expected("XjmWHrBNyrdD8R", 1, "single")))
        .asString()).isEqualTo(x.toString());
  }

  private static Json expected(String uuid, int trustee, String mode) {
    return Json.obj("uuid", Json.str(uuid), "trustee", Json.integer(trustee),
        "mode", Json.str(mode), "group", Json.str(G.name()));
  }

  private static Json unprotect(String text, String passphrase, Json expected) {
    return request("unprotectKey", "text", Json.str(text), "passphrase", Json.str(passphrase),
        "expected", expected);
  }

  /** Step 3 and 5 of a 3-member board and partial decryptions of 5 and 50 questions. */
  @Test
  void measuresTheHeavyStepsInNode() {
    List<Json> step1 = run(List.of(request("certificate"), request("certificate"),
        request("certificate")));
    List<String> seeds = step1.stream().map(a -> a.asObject().get("seed").asString()).toList();
    List<SignedMessage> certs = step1.stream().map(a -> SignedMessage.parse(
        a.asObject().get("certificate").asString(), G)).toList();
    List<Json> step3 = new ArrayList<>();
    for (String seed : seeds) {
      step3.add(request("polynomial", "seed", Json.str(seed), "certificates", texts(certs),
          "threshold", Json.integer(2)));
    }
    List<Json.JObject> polys = runRaw(step3);
    List<Polynomial> polynomials = polys.stream()
        .map(a -> Polynomial.parse(a.get("result").asString(), G)).toList();
    List<Vinput> vinputs = PedersenSetup.vinputs(G, certs, polynomials);
    List<Json> step5 = new ArrayList<>();
    for (int j = 0; j < 3; j++) {
      step5.add(request("voutput", "seed", Json.str(seeds.get(j)), "certificates", texts(certs),
          "vinput", Json.str(vinputs.get(j).write())));
    }
    List<Json.JObject> vouts = runRaw(step5);
    List<Voutput> voutputs = vouts.stream()
        .map(a -> Voutput.parse(a.get("result").asString(), G)).toList();
    Trustees trustees = new Trustees(List.of(new TrusteeKind.Pedersen(
        PedersenSetup.thresholdParameters(G, certs, polynomials, voutputs))));
    List<Json> decrypt = new ArrayList<>();
    List<List<List<Ciphertext>>> tallies = new ArrayList<>();
    for (int questions : new int[] {5, 50}) {
      List<List<Ciphertext>> tally = encrypt(trustees.publicKey(G), counts(questions));
      tallies.add(tally);
      decrypt.add(request("partialDecryption", "tally", Json.str(text(tally)), "fingerprint",
          Json.str(PHI), "seed", Json.str(seeds.get(0)),
          "voutput", Json.str(voutputs.get(0).write())));
    }
    List<Json.JObject> pds = runRaw(decrypt);
    for (int t = 0; t < 2; t++) {
      PartialDecryption pd = PartialDecryption.parse(pds.get(t).get("result").asString(), G);
      assertThat(Decryption.check(G, trustees, tallies.get(t), PHI, 1, pd).passed()).isTrue();
    }
    System.out.printf("[trustee] node %s, 2-of-3: step 3 %d ms, step 5 %d ms; partial"
        + " decryption 5 questions %d ms, 50 questions %d ms%n", G.name(),
        polys.get(1).get("ms").asInt(), vouts.get(1).get("ms").asInt(),
        pds.get(0).get("ms").asInt(), pds.get(1).get("ms").asInt());
  }
}
