package vn.tinnhiem.server.booth;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tinnhiem.server.booth.NodeHarness.request;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.oracle.BeleniosTool;
import vn.tinnhiem.crypto.oracle.RequiresBeleniosTool;
import vn.tinnhiem.crypto.verify.Progress;
import vn.tinnhiem.crypto.verify.Verdict;
import vn.tinnhiem.crypto.verify.Verifier;

/**
 * Ballots made by the booth's JavaScript (under node) in an election that belenios-tool set
 * up with its own credentials, cast into its archive, tallied and decrypted by the tool: the
 * tool's `election verify` and our Verifier both accept it with the expected result.
 * Drives the tool through the oracle's plain run/addEvent helpers only.
 */
@RequiresBeleniosTool
@RequiresExecutables("node")
class BoothBeleniosInteropTest {
  private static final String GROUP = "BELENIOS-2048";
  private static final String TEMPLATE = """
      {"description":"Bỏ phiếu tín nhiệm — “thử”","name":"Hội nghị thử","questions":[\
      {"answers":["Tín nhiệm cao","Tín nhiệm","Tín nhiệm thấp"],"blank":true,"min":1,"max":1,\
      "question":"Bà Trần Thị Hoa — Phó Chủ tịch"},\
      {"answers":["Tín nhiệm cao","Tín nhiệm","Tín nhiệm thấp"],"min":1,"max":1,\
      "question":"Ông Lê Văn Đức — Giám đốc Sở"},\
      {"answers":["Tín nhiệm cao","Tín nhiệm","Tín nhiệm thấp"],"blank":false,"min":1,"max":1,\
      "question":"Ông Phạm Quốc Việt — Chánh Văn phòng"}]}
      """;

  @Test
  void beleniosToolAcceptsAndCountsBallotsMadeInJavaScript(@TempDir Path dir)
      throws IOException {
    BeleniosTool tool = BeleniosTool.locate();
    String uuid = tool.runOk(dir, null, "setup", "generate-token").strip();
    tool.runOk(dir, null, "setup", "generate-credentials", "--uuid", uuid, "--group", GROUP,
        "--count", "3");
    List<String> credentials = privateCredentials(dir);
    tool.runOk(dir, null, "setup", "generate-trustee-key", "--group", GROUP);
    Path privateKey = only(dir, ".privkey");
    Files.writeString(dir.resolve("public_keys.jsons"), Files.readString(only(dir, ".pubkey")));
    Files.move(only(dir, ".pubcreds"), dir.resolve("public_creds.json"));
    Files.writeString(dir.resolve("template.json"), TEMPLATE);
    tool.runOk(dir, null, "setup", "make-trustees");
    tool.runOk(dir, null, "setup", "make-election", "--uuid", uuid, "--group", GROUP,
        "--template", "template.json");
    tool.runOk(dir, null, "archive", "init");
    String election = Files.readString(dir.resolve("election.json")).stripTrailing();

    // Voter 3 votes twice; only the second ballot counts.
    int[] voters = {1, 2, 3, 3};
    String[] plaintexts = {"[[1,0,0,0],[0,1,0],[0,0,1]]", "[[0,0,0,1],[1,0,0],[1,0,0]]",
        "[[0,1,0,0],[0,0,1],[0,1,0]]", "[[0,0,1,0],[0,1,0],[0,1,0]]"};
    List<Json> requests = new ArrayList<>();
    for (int i = 0; i < voters.length; i++) {
      requests.add(request("createBallot", "election", Json.str(election),
          "credential", Json.str(credentials.get(voters[i] - 1)),
          "plaintext", JsonParser.parse(plaintexts[i])));
    }
    for (Json made : NodeHarness.run(requests)) {
      tool.addEvent(dir, "Ballot", List.of(made.asObject().get("ballotJson").asString()));
    }
    BeleniosTool.ToolResult withBallots = tool.verify(dir);
    assertThat(withBallots.ok()).as(withBallots.output()).isTrue();

    tool.addEvent(dir, "EndBallots", List.of());
    tool.addEvent(dir, "EncryptedTally", tool.computeEncryptedTally(dir));
    tool.addEvent(dir, "PartialDecryption", tool.decrypt(dir, privateKey, 1));
    String result = tool.computeResult(dir);
    tool.addEvent(dir, "Result", List.of(result));

    BeleniosTool.ToolResult complete = tool.verify(dir);
    assertThat(complete.ok()).as(complete.output()).isTrue();
    // Per question the sum of the counted plaintexts (blank count first where allowed).
    assertThat(result).isEqualTo("{\"result\":[[1,0,1,1],[1,2,0],[1,1,1]]}");
    Verdict ours = Verifier.verify(only(dir, ".bel"), Progress.NONE);
    assertThat(ours.valid()).as("%s", ours.failure()).isTrue();
    assertThat(ours.result().toArrayString()).isEqualTo("[[1,0,1,1],[1,2,0],[1,1,1]]");
  }

  /** The credentials of the tool's *.privcreds file ("id credential" lines), in id order. */
  private static List<String> privateCredentials(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(only(dir, ".privcreds"))) {
      if (!line.isBlank()) {
        out.add(line.strip().split(" ")[1]);
      }
    }
    return out;
  }

  private static Path only(Path dir, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> found = files.filter(p -> p.toString().endsWith(suffix)).toList();
      assertThat(found).as("files *%s in %s", suffix, dir).hasSize(1);
      return found.get(0);
    }
  }
}
