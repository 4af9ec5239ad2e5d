package vn.tinnhiem.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the {@code tinnhiem} command line in-process and captures what it prints. */
record Cli(int exit, String out, String err) {
  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = TinnhiemCommand.commandLine();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int exit = cmd.execute(args);
    return new Cli(exit, out.toString(), err.toString());
  }

  @Override
  public String toString() {
    return "exit " + exit + "\nstdout:\n" + out + "stderr:\n" + err;
  }
}
