package vn.tinnhiem.cli;

import picocli.CommandLine.Command;

/** {@code tinnhiem trustee}: a counting-board member's offline steps. */
@Command(name = "trustee", mixinStandardHelpOptions = true,
    description = "Offline steps of a counting-board member (trustee).",
    subcommands = {TrusteeKeygenCommand.class, TrusteeDecryptCommand.class})
final class TrusteeCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
