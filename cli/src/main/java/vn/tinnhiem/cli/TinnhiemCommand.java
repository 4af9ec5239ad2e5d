package vn.tinnhiem.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code tinnhiem} command line. */
@Command(name = "tinnhiem", mixinStandardHelpOptions = true, version = "tinnhiem 0.1.0",
    description = {
        "Verifiable confidence votes, compatible with Belenios 2.0.",
        "Lấy phiếu tín nhiệm có thể kiểm chứng, tương thích Belenios 2.0."},
    subcommands = {VerifyCommand.class, DemoElectionCommand.class, TrusteeCommand.class,
        CredentialsCommand.class, ResultCommand.class})
public final class TinnhiemCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, shared by {@link #main} and tests. */
  public static CommandLine commandLine() {
    return new CommandLine(new TinnhiemCommand())
        .setExecutionExceptionHandler((ex, cmd, parsed) -> {
          cmd.getErr().println("error: " + ex.getMessage());
          return ExitCodes.UNREADABLE;
        });
  }
}
