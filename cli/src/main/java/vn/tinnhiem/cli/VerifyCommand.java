package vn.tinnhiem.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.tinnhiem.crypto.election.Election;
import vn.tinnhiem.crypto.election.Question;
import vn.tinnhiem.crypto.group.Group;
import vn.tinnhiem.crypto.group.Montgomery;
import vn.tinnhiem.crypto.json.Json;
import vn.tinnhiem.crypto.json.JsonFormatException;
import vn.tinnhiem.crypto.json.JsonWriter;
import vn.tinnhiem.crypto.verify.Verdict;
import vn.tinnhiem.crypto.verify.Verifier;

/** {@code tinnhiem verify FILE.bel}: checks everything a Belenios archive claims. */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = {"Verify a Belenios 2.0 archive (.bel): chain, setup, ballots, tally, "
        + "partial decryptions and result.",
        "Exit 0 valid, 1 invalid, 2 unreadable or not an archive."})
final class VerifyCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE.bel", description = "the archive to verify")
  Path file;

  @Option(names = "--json", description = "print {\"valid\":…,\"reason\":…,\"result\":…}")
  boolean json;

  @Option(names = "--quiet", description = "no progress on stderr")
  boolean quiet;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isReadable(file) || Files.isDirectory(file)) {
      return unreadable(out, err, "cannot read " + file);
    }
    if (!quiet && Group.BELENIOS_2048.fast() == null) {
      // The fast arithmetic is off (java -cp without --add-opens): same verdict, slower.
      err.println("note: " + Montgomery.describe());
      err.flush();
    }
    Verdict verdict;
    try {
      verdict = Verifier.verify(file, quiet ? vn.tinnhiem.crypto.verify.Progress.NONE
          : new StderrProgress(err));
    } catch (JsonFormatException | java.io.IOException e) {
      return unreadable(out, err, "not a readable archive: " + e.getMessage());
    }
    if (json) {
      out.println(JsonWriter.write(Json.obj(
          "valid", Json.bool(verdict.valid()),
          "reason", verdict.valid() ? new Json.JNull() : Json.str(verdict.failure().describe()),
          "result", verdict.result() == null ? new Json.JNull()
              : verdict.result().toJson().asObject().get("result"))));
    } else if (verdict.valid()) {
      out.println("valid");
      printResult(out, verdict);
    } else {
      out.println("invalid: " + verdict.failure().describe());
    }
    out.flush();
    return verdict.valid() ? ExitCodes.OK : ExitCodes.INVALID;
  }

  private int unreadable(PrintWriter out, PrintWriter err, String why) {
    if (json) {
      out.println(JsonWriter.write(Json.obj("valid", Json.bool(false), "reason", Json.str(why),
          "result", new Json.JNull())));
      out.flush();
    } else {
      err.println("error: " + why);
      err.flush();
    }
    return ExitCodes.UNREADABLE;
  }

  private static void printResult(PrintWriter out, Verdict verdict) {
    Verdict.Summary s = verdict.summary();
    Election e = s.election();
    out.println("election: " + e.name() + " (" + e.uuid() + ")");
    out.println("ballots: " + s.ballots() + " cast, " + s.countedBallots() + " counted, "
        + s.voters() + " voters");
    if (verdict.result() == null) {
      out.println("result: not yet tallied");
      return;
    }
    out.println("result: " + verdict.result().toArrayString());
    long[][] counts = verdict.result().counts();
    for (int i = 0; i < counts.length; i++) {
      Question q = e.questions().get(i);
      StringBuilder line = new StringBuilder("  " + (i + 1) + ". " + q.question() + ":");
      int offset = q.allowsBlank() ? 1 : 0;
      if (q.allowsBlank()) {
        line.append(" blank ").append(counts[i][0]).append(';');
      }
      for (int j = 0; j < q.answers().size(); j++) {
        line.append(' ').append(q.answers().get(j)).append(' ').append(counts[i][j + offset]);
        line.append(j + 1 < q.answers().size() ? ";" : "");
      }
      out.println(line);
    }
  }
}
