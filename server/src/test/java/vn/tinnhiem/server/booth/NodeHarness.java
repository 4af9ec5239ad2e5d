package vn.tinnhiem.server.booth;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonParser;
import vn.tinnhiem.crypto.json.JsonWriter;

/**
 * Runs a harness script under node (booth/harness.mjs unless told): a batch of requests in, one
 * answer per request out.
 */
public final class NodeHarness {
  private static final long TIMEOUT_SECONDS = 300;

  private NodeHarness() {}

  /** The harness's answers, in request order; a failed request throws. */
  static List<Json> run(List<Json> requests) {
    return run(BoothModules.testFile("harness.mjs"), BoothModules.moduleDir(), requests);
  }

  /** Runs {@code script} with {@code moduleDir} as its argument; a failed request throws. */
  public static List<Json> run(Path script, Path moduleDir, List<Json> requests) {
    List<Json> answers = runRaw(script, moduleDir, requests);
    return answers.stream().map(NodeHarness::result).toList();
  }

  /** Answers as {"result":…} or {"error":"…"} objects. */
  static List<Json> runRaw(List<Json> requests) {
    return runRaw(BoothModules.testFile("harness.mjs"), BoothModules.moduleDir(), requests);
  }

  public static List<Json> runRaw(Path script, Path moduleDir, List<Json> requests) {
    ProcessBuilder pb = new ProcessBuilder(ExecutablesCondition.require("node").toString(),
        script.toString(), moduleDir.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT);
    Process process = null;
    try {
      process = pb.start();
      try (OutputStream in = process.getOutputStream()) {
        in.write(JsonWriter.writeBytes(Json.array(requests)));
      }
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new AssertionError("node harness failed (see stderr above)");
      }
      return JsonParser.parse(new String(out, StandardCharsets.UTF_8)).asList(a -> a);
    } catch (IOException e) {
      throw new AssertionError("cannot run node", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    } finally {
      if (process != null) {
        process.destroyForcibly();
      }
    }
  }

  public static Json result(Json answer) {
    Json.JObject o = answer.asObject();
    if (o.has("error")) {
      throw new AssertionError("JavaScript failed: " + o.get("error").asString());
    }
    return o.get("result");
  }

  public static Json request(String op, Object... keysAndValues) {
    Object[] all = new Object[keysAndValues.length + 2];
    all[0] = "op";
    all[1] = Json.str(op);
    System.arraycopy(keysAndValues, 0, all, 2, keysAndValues.length);
    return Json.obj(all);
  }
}
