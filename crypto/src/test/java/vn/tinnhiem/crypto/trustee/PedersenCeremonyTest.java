package vn.tinnhiem.crypto.trustee;

import vn.tinnhiem.crypto.Check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.crypto.group.Ciphertext;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.proof.Proof;

/** Our own ceremony end to end, both sides in Java, and the checks that must reject tampering. */
class PedersenCeremonyTest {
  private static final Group G = Group.BELENIOS_2048;
  private static final String PHI = "fingerprint-of-a-test-election";

  /** Everything one run of the ceremony produces. */
  record Ceremony(List<PedersenKeys> keys, List<SignedMessage> certs, List<Polynomial> polynomials,
      List<Vinput> vinputs, List<Voutput> voutputs, ThresholdParameters parameters) {

    static Ceremony run(int n, int threshold) {
      List<PedersenKeys> keys = new ArrayList<>();
      List<SignedMessage> certs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        PedersenKeys k = PedersenKeys.generate(G);
        keys.add(k);
        SignedMessage cert = PedersenTrustee.certificate(G, k);
        assertThat(PedersenSetup.checkCertificate(G, cert).passed()).isTrue();
        certs.add(cert);
      }
      List<Polynomial> polynomials = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        assertThat(PedersenTrustee.checkCertificates(G, keys.get(i), certs).passed()).isTrue();
        Polynomial p = PedersenTrustee.polynomial(G, keys.get(i), certs, threshold);
        assertThat(PedersenSetup.checkPolynomial(G, certs, i, p).passed()).isTrue();
        polynomials.add(p);
      }
      List<Vinput> vinputs = PedersenSetup.vinputs(G, certs, polynomials);
      List<Voutput> voutputs = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        Voutput v = PedersenTrustee.voutput(G, keys.get(j), certs, vinputs.get(j));
        assertThat(PedersenSetup.checkVoutput(G, certs, polynomials, j, v).passed()).isTrue();
        voutputs.add(v);
      }
      ThresholdParameters params = PedersenSetup.thresholdParameters(G, certs, polynomials,
          voutputs);
      return new Ceremony(keys, certs, polynomials, vinputs, voutputs, params);
    }

    BigInteger decryptionKey(int member) {
      return PedersenTrustee.decryptionKey(G, keys.get(member),
          voutputs.get(member).privateKey());
    }
  }

  private static List<List<Ciphertext>> encrypt(BigInteger y, int[][] counts) {
    List<List<Ciphertext>> tally = new ArrayList<>();
    for (int[] row : counts) {
      List<Ciphertext> r = new ArrayList<>();
      for (int m : row) {
        r.add(Ciphertext.encrypt(G, y, G.randomExponent(), m));
      }
      tally.add(r);
    }
    return tally;
  }

  @Test
  void twoOfThreeWithASingleServerKeyDecryptsWithAnyTwoMembers() {
    Ceremony c = Ceremony.run(3, 2);
    assertThat(c.parameters().threshold()).isEqualTo(2);
    SingleTrusteeKey server = SingleTrusteeKey.generate(G);
    Trustees trustees = new Trustees(List.of(new TrusteeKind.Single(server.publicKey()),
        new TrusteeKind.Pedersen(c.parameters())));
    assertThat(trustees.check(G).passed()).isTrue();
    Trustees reread = Trustees.parse(trustees.write(), G);
    assertThat(reread).isEqualTo(trustees);
    assertThat(reread.write()).isEqualTo(trustees.write());

    // y = g^(x + Σ_i a_i0): the shares' Lagrange combination at 0.
    BigInteger y = trustees.publicKey(G);
    int[][] counts = {{3, 0, 1}, {2, 2}};
    List<List<Ciphertext>> tally = encrypt(y, counts);
    Map<Integer, PartialDecryption> all = new HashMap<>();
    all.put(1, Decryption.compute(G, tally, server.privateKey(), PHI));
    for (int z = 0; z < 3; z++) {
      PartialDecryption pd = Decryption.compute(G, tally, c.decryptionKey(z), PHI);
      assertThat(Decryption.check(G, trustees, tally, PHI, 2 + z, pd).passed()).isTrue();
      all.put(2 + z, pd);
    }
    long[][] expected = {{3, 0, 1}, {2, 2}};
    for (int skip = 2; skip <= 4; skip++) {
      Map<Integer, PartialDecryption> some = new HashMap<>(all);
      some.remove(skip);
      long[][] result = Decryption.combine(G, trustees, tally, some, 5);
      assertThat(result).as("without trustee %d", skip).isDeepEqualTo(expected);
      assertThat(Decryption.checkResult(G, trustees, tally, PHI, some, 5, result).passed()).isTrue();
    }
    assertThat(Decryption.combine(G, trustees, tally, all, 5)).isDeepEqualTo(expected);
    // The bound matters: with a total weight of 2 the count 3 cannot be found.
    assertThatThrownBy(() -> Decryption.combine(G, trustees, tally, all, 2))
        .isInstanceOf(TrusteeCheckException.class).hasMessageContaining("[0][0]");
  }

  @Test
  void oneOfOneIsAPlainKey() {
    Ceremony c = Ceremony.run(1, 1);
    Trustees trustees = new Trustees(List.of(new TrusteeKind.Pedersen(c.parameters())));
    assertThat(trustees.check(G).passed()).isTrue();
    BigInteger s = c.decryptionKey(0);
    assertThat(G.gPow(s)).isEqualTo(trustees.publicKey(G));
    List<List<Ciphertext>> tally = encrypt(trustees.publicKey(G), new int[][] {{1, 0}});
    assertThat(Decryption.combine(G, trustees, tally,
        Map.of(1, Decryption.compute(G, tally, s, PHI)), 1))
        .isDeepEqualTo(new long[][] {{1, 0}});
  }

  @Test
  void threeOfFive() {
    Ceremony c = Ceremony.run(5, 3);
    Trustees trustees = new Trustees(List.of(new TrusteeKind.Pedersen(c.parameters())));
    assertThat(trustees.check(G).passed()).isTrue();
    List<List<Ciphertext>> tally = encrypt(trustees.publicKey(G), new int[][] {{7, 2, 0}});
    Map<Integer, PartialDecryption> pds = new HashMap<>();
    for (int z : new int[] {1, 3, 4}) {
      pds.put(z + 1, Decryption.compute(G, tally, c.decryptionKey(z), PHI));
    }
    long[][] result = Decryption.combine(G, trustees, tally, pds, 9);
    assertThat(result).isDeepEqualTo(new long[][] {{7, 2, 0}});
    assertThat(Decryption.checkResult(G, trustees, tally, PHI, pds, 9, result).passed()).isTrue();
    pds.remove(2);
    assertThatThrownBy(() -> Decryption.combine(G, trustees, tally, pds, 9))
        .isInstanceOf(TrusteeCheckException.class)
        .hasMessageContaining("2 partial decryptions, 3 needed");
  }

  @Test
  void filesRoundTripThroughTheirWireForm() {
    Ceremony c = Ceremony.run(2, 2);
    for (int i = 0; i < 2; i++) {
      assertThat(Polynomial.parse(c.polynomials().get(i).write(), G))
          .isEqualTo(c.polynomials().get(i));
      assertThat(Vinput.parse(c.vinputs().get(i).write(), G)).isEqualTo(c.vinputs().get(i));
      assertThat(Voutput.parse(c.voutputs().get(i).write(), G)).isEqualTo(c.voutputs().get(i));
    }
    assertThat(TrusteeFiles.readCertificates(G, TrusteeFiles.jsonsFile(
        c.certs().stream().map(SignedMessage::write).toList()))).isEqualTo(c.certs());
    assertThat(ThresholdParameters.parse(c.parameters().write(), G)).isEqualTo(c.parameters());
    PedersenKeys k = c.keys().get(0);
    assertThat(TrusteeFiles.readKey(G, TrusteeFiles.keyFile(k)).publicKeys())
        .isEqualTo(k.publicKeys());
    assertThat(k.seed()).matches("[1-9A-HJ-NP-Za-km-z]{22}");
  }

  // ---- tampering ----------------------------------------------------------------------------

  @Test
  void rejectsACertificateWithAWrongSignature() {
    Ceremony c = Ceremony.run(3, 2);
    SignedMessage cert = c.certs().get(1);
    SignedMessage forged = new SignedMessage(cert.message(), new Proof(
        cert.signature().challenge(), cert.signature().response().add(BigInteger.ONE).mod(G.q())));
    List<SignedMessage> certs = new ArrayList<>(c.certs());
    certs.set(1, forged);
    assertThat(PedersenSetup.checkCertificate(G, forged))
        .isEqualTo(Check.fail("Pedersen step 1: certificate",
            "certificate does not validate (bad signature)"));
    assertThat(PedersenSetup.checkCertificates(G, certs))
        .isEqualTo(Check.fail("Pedersen step 2: certificates",
            "certificate 2 does not validate (bad signature)"));
    assertThatThrownBy(() -> PedersenTrustee.polynomial(G, c.keys().get(0), certs, 2))
        .isInstanceOf(TrusteeCheckException.class)
        .hasMessageContaining("certificate 2 does not validate");
    // Another member's keys signed by us: the signature is not by the key in the cert.
    SignedMessage stolen = SignedMessage.sign(G, c.keys().get(0).signingKey(), cert.message());
    assertThat(PedersenSetup.checkCertificate(G, stolen).passed()).isFalse();
  }

  @Test
  void memberNotInTheCertificatesRefusesToContinue() {
    Ceremony c = Ceremony.run(2, 1);
    PedersenKeys outsider = PedersenKeys.generate(G);
    assertThat(PedersenTrustee.checkCertificates(G, outsider, c.certs()))
        .isEqualTo(Check.fail("Pedersen step 2: certificates",
            "could not find my certificate"));
    List<SignedMessage> twice = List.of(c.certs().get(0), c.certs().get(0));
    assertThat(PedersenSetup.checkCertificates(G, twice).passed()).isFalse();
  }

  @Test
  void rejectsAWrongSecretShare() {
    Ceremony c = Ceremony.run(3, 2);
    // Member 1 sends member 2 a share that is not f_1(2), properly signed and encrypted.
    PedersenKeys m1 = c.keys().get(0);
    Polynomial p1 = c.polynomials().get(0);
    List<String> secrets = new ArrayList<>(p1.secrets());
    secrets.set(1, Pki.send(G, m1.signingKey(), c.keys().get(1).publicKeys().encryption(),
        Wire.secret(BigInteger.valueOf(42))).write());
    List<Polynomial> polynomials = new ArrayList<>(c.polynomials());
    polynomials.set(0, new Polynomial(p1.polynomial(), secrets, p1.coefexps()));
    Vinput v2 = PedersenSetup.vinputs(G, c.certs(), polynomials).get(1);
    assertThat(PedersenTrustee.checkVinput(G, c.keys().get(1), c.certs(), v2))
        .isEqualTo(Check.fail("Pedersen step 5: vinput", "secret 1 does not validate"));
    assertThatThrownBy(() -> PedersenTrustee.voutput(G, c.keys().get(1), c.certs(), v2))
        .isInstanceOf(TrusteeCheckException.class)
        .hasMessageContaining("secret 1 does not validate");
  }

  @Test
  void rejectsAShareSignedByTheWrongMemberOrSentToTheWrongOne() {
    Ceremony c = Ceremony.run(3, 2);
    Vinput v = c.vinputs().get(1);
    List<String> secrets = new ArrayList<>(v.secrets());
    // Secret 1 re-sent by member 3: decrypts, but the signature is not member 1's.
    PedersenKeys m3 = c.keys().get(2);
    secrets.set(0, Pki.send(G, m3.signingKey(), c.keys().get(1).publicKeys().encryption(),
        Wire.secret(BigInteger.ONE)).write());
    Vinput resigned = new Vinput(v.polynomial(), secrets, v.coefexps());
    assertThat(PedersenTrustee.checkVinput(G, c.keys().get(1), c.certs(), resigned))
        .isEqualTo(Check.fail("Pedersen step 5: vinput",
            "secret 1: invalid signature on received message"));
    // Secret 1 for member 3 given to member 2: cannot be decrypted.
    secrets.set(0, c.vinputs().get(2).secrets().get(0));
    Vinput misrouted = new Vinput(v.polynomial(), secrets, v.coefexps());
    Check check = PedersenTrustee.checkVinput(G, c.keys().get(1), c.certs(), misrouted);
    assertThat(check).isInstanceOf(Check.Fail.class);
    assertThat(((Check.Fail) check).why()).startsWith("secret 1: cannot decrypt");
  }

  @Test
  void rejectsCoefexpsNotSignedByTheirMember() {
    Ceremony c = Ceremony.run(3, 2);
    Polynomial p = c.polynomials().get(2);
    SignedMessage resigned = SignedMessage.sign(G, c.keys().get(0).signingKey(),
        p.coefexps().message());
    Polynomial bad = new Polynomial(p.polynomial(), p.secrets(), resigned);
    assertThat(PedersenSetup.checkPolynomial(G, c.certs(), 2, bad))
        .isEqualTo(Check.fail("Pedersen step 3: polynomial",
            "coefexps 3 does not validate (bad signature)"));
    List<Polynomial> polynomials = new ArrayList<>(c.polynomials());
    polynomials.set(2, bad);
    assertThatThrownBy(() -> PedersenSetup.vinputs(G, c.certs(), polynomials))
        .isInstanceOf(TrusteeCheckException.class)
        .hasMessageContaining("coefexps 3 does not validate");
  }

  @Test
  void rejectsPolynomialsOfDifferentThresholds() {
    Ceremony c = Ceremony.run(3, 2);
    List<Polynomial> polynomials = new ArrayList<>(c.polynomials());
    polynomials.set(1, PedersenTrustee.polynomial(G, c.keys().get(1), c.certs(), 3));
    assertThatThrownBy(() -> PedersenSetup.vinputs(G, c.certs(), polynomials))
        .isInstanceOf(TrusteeCheckException.class)
        .hasMessageContaining("coefexps 2 has 3 commitments");
    assertThatThrownBy(() -> PedersenTrustee.polynomial(G, c.keys().get(1), c.certs(), 4))
        .isInstanceOf(TrusteeCheckException.class)
        .hasMessageContaining("threshold 4 not in 1..3");
  }

  @Test
  void rejectsAVoutputWithAWrongPokOrAWrongKey() {
    Ceremony c = Ceremony.run(3, 2);
    Voutput v = c.voutputs().get(0);
    Proof pok = v.publicKey().pok();
    Voutput badPok = new Voutput(v.privateKey(), new TrusteePublicKey(v.publicKey().publicKey(),
        new Proof(pok.challenge().add(BigInteger.ONE).mod(G.q()), pok.response())));
    assertThat(PedersenSetup.checkVoutput(G, c.certs(), c.polynomials(), 0, badPok))
        .isEqualTo(Check.fail("Pedersen step 5: voutput",
            "voutput 1: proof of knowledge of the private key does not verify"));
    // A valid pok of a key that is not Π A_ik^(j^k).
    Voutput wrongKey = new Voutput(v.privateKey(),
        TrusteePublicKey.prove(G, c.decryptionKey(0).add(BigInteger.ONE)));
    assertThat(PedersenSetup.checkVoutput(G, c.certs(), c.polynomials(), 0, wrongKey))
        .isEqualTo(Check.fail("Pedersen step 5: voutput",
            "voutput 1: verification key is incorrect"));
    // Member 2's voutput in member 1's place.
    assertThat(PedersenSetup.checkVoutput(G, c.certs(), c.polynomials(), 0,
        c.voutputs().get(1)).passed()).isFalse();
    List<Voutput> voutputs = new ArrayList<>(c.voutputs());
    voutputs.set(2, wrongKey);
    assertThatThrownBy(() -> PedersenSetup.thresholdParameters(G, c.certs(), c.polynomials(),
        voutputs))
        .isInstanceOf(TrusteeCheckException.class)
        .hasMessage("Pedersen step 6: threshold parameters: voutput 3: verification key is"
            + " incorrect");
  }

  @Test
  void rejectsTamperedPublishedParameters() {
    Ceremony c = Ceremony.run(3, 2);
    ThresholdParameters p = c.parameters();
    List<TrusteePublicKey> vks = new ArrayList<>(p.verificationKeys());
    vks.set(1, vks.get(2));
    ThresholdParameters swapped = new ThresholdParameters(2, p.certs(), p.coefexps(), vks);
    assertThat(swapped.check(G)).isEqualTo(Check.fail("Trustees: Pedersen parameters",
        "verification key 2 does not match the coefexps"));
    ThresholdParameters wrongThreshold = new ThresholdParameters(3, p.certs(), p.coefexps(),
        p.verificationKeys());
    assertThat(wrongThreshold.check(G).passed()).isFalse();
    Trustees t = new Trustees(List.of(new TrusteeKind.Pedersen(swapped)));
    assertThat(t.check(G)).isInstanceOf(Check.Fail.class);
  }

  @Test
  void rejectsATamperedPartialDecryption() {
    Ceremony c = Ceremony.run(3, 2);
    Trustees trustees = new Trustees(List.of(new TrusteeKind.Pedersen(c.parameters())));
    List<List<Ciphertext>> tally = encrypt(trustees.publicKey(G), new int[][] {{1, 2}});
    PartialDecryption pd = Decryption.compute(G, tally, c.decryptionKey(0), PHI);
    List<List<BigInteger>> factors = new ArrayList<>();
    factors.add(List.of(pd.decryptionFactors().get(0).get(0),
        G.mul(pd.decryptionFactors().get(0).get(1), G.g())));
    PartialDecryption bad = new PartialDecryption(factors, pd.decryptionProofs());
    assertThat(Decryption.check(G, trustees, tally, PHI, 1, bad))
        .isEqualTo(Check.fail("Partial decryption of trustee 1",
            "proof [0][1] does not verify"));
    assertThat(Decryption.check(G, trustees, tally, PHI, 2, pd).passed()).isFalse();
    assertThat(Decryption.check(G, trustees, tally, PHI, 7, pd))
        .isEqualTo(Check.fail("Partial decryption", "no trustee 7 (there are 3)"));
    Map<Integer, PartialDecryption> pds = new HashMap<>();
    pds.put(1, bad);
    pds.put(2, Decryption.compute(G, tally, c.decryptionKey(1), PHI));
    assertThat(Decryption.checkResult(G, trustees, tally, PHI, pds, 3, new long[][] {{1, 2}}))
        .isInstanceOf(Check.Fail.class);
    PartialDecryption shapeless = new PartialDecryption(List.of(List.of(BigInteger.ONE)),
        List.of(List.of(pd.decryptionProofs().get(0).get(0))));
    assertThat(Decryption.check(G, trustees, tally, PHI, 1, shapeless).passed()).isFalse();
  }

  @Test
  void lagrangeCoefficientsInterpolateAtZero() {
    // f(x) = 5 + 3x: f(1) = 8, f(3) = 14; λ_1 = 3/2, λ_3 = −1/2.
    List<Integer> idx = List.of(1, 3);
    BigInteger q = G.q();
    BigInteger l1 = Decryption.lagrange(G, idx, 1);
    BigInteger l3 = Decryption.lagrange(G, idx, 3);
    assertThat(l1.multiply(BigInteger.valueOf(8)).add(l3.multiply(BigInteger.valueOf(14))).mod(q))
        .isEqualTo(BigInteger.valueOf(5));
  }

  @Test
  void discreteLogIsBounded() {
    DiscreteLog log = new DiscreteLog(G, 1000);
    for (long m : new long[] {0, 1, 31, 32, 33, 999, 1000}) {
      assertThat(log.log(G.gPow(BigInteger.valueOf(m)))).hasValue(m);
    }
    assertThat(log.log(G.gPow(BigInteger.valueOf(1001)))).isEmpty();
    assertThat(new DiscreteLog(G, 0).log(BigInteger.ONE)).hasValue(0);
    assertThat(new DiscreteLog(G, 0).log(G.g())).isEmpty();
  }
}
