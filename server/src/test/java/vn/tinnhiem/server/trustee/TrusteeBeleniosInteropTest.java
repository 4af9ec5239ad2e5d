package vn.tinnhiem.server.trustee;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tinnhiem.server.trustee.TrusteeJs.G;
import static vn.tinnhiem.server.trustee.TrusteeJs.request;
import static vn.tinnhiem.server.trustee.TrusteeJs.run;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.oracle.BeleniosTool;
import vn.tinnhiem.crypto.oracle.RequiresBeleniosTool;
import vn.tinnhiem.crypto.trustee.SignedMessage;
import vn.tinnhiem.crypto.trustee.ThresholdParameters;
import vn.tinnhiem.crypto.trustee.TrusteeFiles;
import vn.tinnhiem.server.booth.RequiresExecutables;

/**
 * A 2-of-3 ceremony where member 2 is the browser code (under node) and members 1 and 3 are
 * belenios-tool: the tool accepts the JavaScript certificate (step 2), polynomial (step 4) and
 * voutput (step 6) and its members open the JavaScript shares (step 5); the JavaScript member
 * opens the tool's shares and the .dkey the tool hands back.
 */
@RequiresBeleniosTool
@RequiresExecutables("node")
class TrusteeBeleniosInteropTest {
  @TempDir
  Path dir;

  private static String[] keygen(String... args) {
    List<String> all = new ArrayList<>(List.of("setup", "generate-trustee-key-threshold",
        "--group", G.name()));
    all.addAll(List.of(args));
    return all.toArray(String[]::new);
  }

  @Test
  void beleniosToolAcceptsTheJavaScriptMemberAtEveryStep() throws IOException {
    BeleniosTool tool = BeleniosTool.locate();
    tool.runOk(dir, "", keygen("--step", "1"));
    tool.runOk(dir, "", keygen("--step", "1"));
    List<String> theirIds = idsOf(".cert");
    Json.JObject ours = run(List.of(request("certificate"))).get(0).asObject();
    String seed = ours.get("seed").asString();
    String cert = ours.get("certificate").asString();
    String ourId = TrusteeFiles.certificateId(SignedMessage.parse(cert, G));
    List<String> ids = List.of(theirIds.get(0), ourId, theirIds.get(1));
    String certsFile = Files.readString(dir.resolve(ids.get(0) + ".cert"))
        + TrusteeFiles.line(cert) + Files.readString(dir.resolve(ids.get(2) + ".cert"));
    Files.writeString(dir.resolve("certs.jsons"), certsFile);
    Json certs = Json.array(TrusteeFiles.lines(certsFile).stream().map(Json::str).toList());

    // Step 2: the tool checks every certificate, ours included.
    tool.runOk(dir, "", keygen("--certs", "certs.jsons", "--step", "2"));

    // Step 3, then step 4: the tool checks our polynomial and routes the vinputs.
    List<String> polynomials = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      polynomials.add(i == 1
          ? run(List.of(request("polynomial", "seed", Json.str(seed), "certificates", certs,
              "threshold", Json.integer(2)))).get(0).asString()
          : TrusteeFiles.singleLine(tool.runOk(dir, "", keygen("--certs", "certs.jsons",
              "--key", ids.get(i) + ".key", "--step", "3", "--threshold", "2"))));
    }
    Files.writeString(dir.resolve("polynomials.jsons"), TrusteeFiles.jsonsFile(polynomials));
    tool.runOk(dir, "", keygen("--certs", "certs.jsons", "--polynomials", "polynomials.jsons",
        "--step", "4"));

    // Step 5: the tool's members open our shares; ours opens theirs.
    List<String> voutputs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String vinput = Files.readString(dir.resolve(ids.get(i) + ".vinput"));
      voutputs.add(i == 1
          ? run(List.of(request("voutput", "seed", Json.str(seed), "certificates", certs,
              "vinput", Json.str(TrusteeFiles.singleLine(vinput))))).get(0).asString()
          : TrusteeFiles.singleLine(tool.runOk(dir, vinput, keygen("--certs", "certs.jsons",
              "--key", ids.get(i) + ".key", "--step", "5"))));
    }

    // Step 6: the tool accepts every voutput and publishes parameters Java accepts.
    String threshold = tool.runOk(dir, TrusteeFiles.jsonsFile(voutputs), keygen("--certs",
        "certs.jsons", "--polynomials", "polynomials.jsons", "--step", "6"));
    ThresholdParameters params = ThresholdParameters.parse(TrusteeFiles.singleLine(threshold), G);
    assertThat(params.check(G).passed()).isTrue();

    // The .dkey the tool wrote back for our member opens with our seed.
    String dkey = TrusteeFiles.singleLine(Files.readString(dir.resolve(ourId + ".dkey")));
    BigInteger s = new BigInteger(run(List.of(request("decryptionKey", "seed", Json.str(seed),
        "dkey", Json.str(dkey)))).get(0).asString());
    assertThat(G.gPow(s)).isEqualTo(params.verificationKeys().get(1).publicKey());
  }

  private List<String> idsOf(String suffix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix))
          .map(n -> n.substring(0, n.length() - suffix.length())).sorted().toList();
    }
  }
}
