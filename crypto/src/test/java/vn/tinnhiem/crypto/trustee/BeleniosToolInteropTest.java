package vn.tinnhiem.crypto.trustee;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.oracle.BeleniosTool;
import vn.tinnhiem.crypto.oracle.RequiresBeleniosTool;

/**
 * A 2-of-3 ceremony where member 2 is ours and members 1 and 3 are belenios-tool: the tool
 * accepts our certificate (step 2), our polynomial (step 4), decrypts our shares and accepts our
 * voutput (steps 5 and 6); we accept theirs, and both sides compute the same vinputs and
 * threshold parameters byte for byte.
 */
@RequiresBeleniosTool
class BeleniosToolInteropTest {
  private static final Group G = Group.BELENIOS_2048;

  @TempDir
  Path dir;

  private String[] keygen(String... args) {
    List<String> all = new ArrayList<>(List.of("setup", "generate-trustee-key-threshold",
        "--group", G.name()));
    all.addAll(List.of(args));
    return all.toArray(String[]::new);
  }

  @Test
  void mixedCeremonyWithBeleniosTool() throws IOException {
    BeleniosTool tool = BeleniosTool.locate();

    // Step 1: two members by belenios-tool, ours in between.
    tool.runOk(dir, "", keygen("--step", "1"));
    tool.runOk(dir, "", keygen("--step", "1"));
    List<String> theirIds = idsOf(".cert");
    assertThat(theirIds).hasSize(2);
    PedersenKeys ours = PedersenKeys.generate(G);
    SignedMessage ourCert = PedersenTrustee.certificate(G, ours);
    String ourId = TrusteeFiles.certificateId(ourCert);
    Files.writeString(dir.resolve(ourId + ".cert"), TrusteeFiles.line(ourCert.write()));
    Files.writeString(dir.resolve(ourId + ".key"), TrusteeFiles.keyFile(ours));
    List<String> ids = List.of(theirIds.get(0), ourId, theirIds.get(1));
    StringBuilder certsFile = new StringBuilder();
    for (String id : ids) {
      certsFile.append(Files.readString(dir.resolve(id + ".cert")));
    }
    Files.writeString(dir.resolve("certs.jsons"), certsFile.toString());
    List<SignedMessage> certs = TrusteeFiles.readCertificates(G, certsFile.toString());
    for (int i = 0; i < 3; i++) {
      assertThat(TrusteeFiles.certificateId(certs.get(i))).isEqualTo(ids.get(i));
    }

    // Step 2: belenios-tool accepts our certificate; we accept theirs.
    tool.runOk(dir, "", keygen("--certs", "certs.jsons", "--step", "2"));
    assertThat(PedersenTrustee.checkCertificates(G, ours, certs).passed()).isTrue();

    // Step 3.
    List<String> polynomialLines = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      if (i == 1) {
        polynomialLines.add(PedersenTrustee.polynomial(G, ours, certs, 2).write());
      } else {
        String out = tool.runOk(dir, "", keygen("--certs", "certs.jsons", "--key",
            ids.get(i) + ".key", "--step", "3", "--threshold", "2"));
        polynomialLines.add(TrusteeFiles.singleLine(out));
      }
    }
    String polynomialsFile = TrusteeFiles.jsonsFile(polynomialLines);
    Files.writeString(dir.resolve("polynomials.jsons"), polynomialsFile);
    List<Polynomial> polynomials = TrusteeFiles.readPolynomials(G, polynomialsFile);
    for (int i = 0; i < 3; i++) {
      assertThat(PedersenSetup.checkPolynomial(G, certs, i, polynomials.get(i)).passed()).isTrue();
    }

    // Step 4: belenios-tool checks our coefexps; both routings agree byte for byte.
    tool.runOk(dir, "", keygen("--certs", "certs.jsons", "--polynomials", "polynomials.jsons",
        "--step", "4"));
    List<Vinput> vinputs = PedersenSetup.vinputs(G, certs, polynomials);
    for (int i = 0; i < 3; i++) {
      assertThat(TrusteeFiles.line(vinputs.get(i).write()))
          .isEqualTo(Files.readString(dir.resolve(ids.get(i) + ".vinput")));
    }

    // Step 5: they decrypt and check our shares; we decrypt and check theirs.
    List<String> voutputLines = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String vinput = Files.readString(dir.resolve(ids.get(i) + ".vinput"));
      if (i == 1) {
        Vinput v = Vinput.parse(TrusteeFiles.singleLine(vinput), G);
        assertThat(PedersenTrustee.checkVinput(G, ours, certs, v).passed()).isTrue();
        voutputLines.add(PedersenTrustee.voutput(G, ours, certs, v).write());
      } else {
        String out = tool.runOk(dir, vinput, keygen("--certs", "certs.jsons", "--key",
            ids.get(i) + ".key", "--step", "5"));
        voutputLines.add(TrusteeFiles.singleLine(out));
      }
    }
    List<Voutput> voutputs = TrusteeFiles.readVoutputs(G, TrusteeFiles.jsonsFile(voutputLines));
    for (int i = 0; i < 3; i++) {
      assertThat(PedersenSetup.checkVoutput(G, certs, polynomials, i, voutputs.get(i)).passed())
          .isTrue();
    }

    // Step 6: belenios-tool accepts our voutput; both sides publish the same parameters.
    String threshold = tool.runOk(dir, TrusteeFiles.jsonsFile(voutputLines),
        keygen("--certs", "certs.jsons", "--polynomials", "polynomials.jsons", "--step", "6"));
    ThresholdParameters ourParameters = PedersenSetup.thresholdParameters(G, certs, polynomials,
        voutputs);
    assertThat(TrusteeFiles.line(ourParameters.write())).isEqualTo(threshold);
    assertThat(ourParameters.check(G).passed()).isTrue();

    // The .dkey belenios-tool wrote back for us opens with our seed.
    BigInteger s = PedersenTrustee.decryptionKey(G, ours,
        TrusteeFiles.singleLine(Files.readString(dir.resolve(ourId + ".dkey"))));
    assertThat(G.gPow(s)).isEqualTo(ourParameters.verificationKeys().get(1).publicKey());

    // And a tampered share from us is refused by belenios-tool at step 5.
    Polynomial p = polynomials.get(1);
    List<String> secrets = new ArrayList<>(p.secrets());
    secrets.set(0, Pki.send(G, ours.signingKey(), CertKeys.of(certs.get(0), G).encryption(),
        Wire.secret(BigInteger.TEN)).write());
    List<Polynomial> tampered = new ArrayList<>(polynomials);
    tampered.set(1, new Polynomial(p.polynomial(), secrets, p.coefexps()));
    Vinput bad = PedersenSetup.vinputs(G, certs, tampered).get(0);
    BeleniosTool.ToolResult refused = tool.run(dir, TrusteeFiles.line(bad.write()),
        keygen("--certs", "certs.jsons", "--key", ids.get(0) + ".key", "--step", "5"));
    assertThat(refused.exitCode()).isNotZero();
    assertThat(refused.stderr()).contains("secret 2 does not validate");
  }

  private List<String> idsOf(String suffix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix))
          .map(n -> n.substring(0, n.length() - suffix.length())).sorted().toList();
    }
  }
}
