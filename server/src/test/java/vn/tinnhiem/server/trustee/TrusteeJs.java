package vn.tinnhiem.server.trustee;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.tinnhiem.crypto.group.Ciphertext;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonWriter;
import vn.tinnhiem.crypto.tally.EncryptedTally;
import vn.tinnhiem.crypto.trustee.SignedMessage;
import vn.tinnhiem.server.booth.BoothModules;
import vn.tinnhiem.server.booth.NodeHarness;

/** Runs static/js/trustee under node (trustee/harness.mjs), and what the tests share. */
final class TrusteeJs {
  static final Group G = Group.BELENIOS_2048;
  static final String PHI = "fingerprint-of-a-test-election";

  private TrusteeJs() {}

  static Path moduleDir() {
    return BoothModules.resource("/static/js/trustee/operations.js").getParent();
  }

  /** The answers' results in order; a failed request throws. */
  static List<Json> run(List<Json> requests) {
    return NodeHarness.run(BoothModules.resource("/trustee/harness.mjs"), moduleDir(), requests);
  }

  /** {"result":…,"ms":…} or {"error":…,"step":…} per request. */
  static List<Json.JObject> runRaw(List<Json> requests) {
    return NodeHarness.runRaw(BoothModules.resource("/trustee/harness.mjs"), moduleDir(), requests)
        .stream().map(Json::asObject).toList();
  }

  static Json one(Json request) {
    return run(List.of(request)).get(0);
  }

  static Json request(String op, Object... keysAndValues) {
    Object[] all = new Object[keysAndValues.length + 2];
    all[0] = "group";
    all[1] = Json.str(G.name());
    System.arraycopy(keysAndValues, 0, all, 2, keysAndValues.length);
    return NodeHarness.request(op, all);
  }

  static Json texts(List<SignedMessage> certs) {
    return Json.array(certs.stream().map(c -> Json.str(c.write())).toList());
  }

  /** One ciphertext per count, encrypted to y. */
  static List<List<Ciphertext>> encrypt(BigInteger y, int[][] counts) {
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

  /** {@code questions} questions of three answers with small counts. */
  static int[][] counts(int questions) {
    int[][] out = new int[questions][3];
    for (int i = 0; i < questions; i++) {
      out[i] = new int[] {i % 4, (i + 1) % 3, 2};
    }
    return out;
  }

  static String text(List<List<Ciphertext>> tally) {
    return JsonWriter.write(new EncryptedTally(tally).toJson());
  }

  static long[][] longs(int[][] counts) {
    long[][] out = new long[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      out[i] = java.util.Arrays.stream(counts[i]).asLongStream().toArray();
    }
    return out;
  }
}
