package vn.tinnhiem.crypto.oracle;

import java.util.List;

/** A belenios-tool invocation failed (non-zero exit, timeout, or unexpected output). */
public class BeleniosToolException extends RuntimeException {

    private final List<String> command;
    private final int exitCode;
    private final String stdout;
    private final String stderr;

    public BeleniosToolException(String message, List<String> command, int exitCode,
            String stdout, String stderr) {
        super(message + "\n  command: " + String.join(" ", command)
                + "\n  exit code: " + exitCode
                + "\n  stderr: " + indent(stderr)
                + (stdout == null || stdout.isBlank() ? "" : "\n  stdout: " + indent(abbreviate(stdout))));
        this.command = List.copyOf(command);
        this.exitCode = exitCode;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    public List<String> command() {
        return command;
    }

    /** The process exit code, or -1 when it was killed after a timeout. */
    public int exitCode() {
        return exitCode;
    }

    public String stdout() {
        return stdout;
    }

    public String stderr() {
        return stderr;
    }

    private static String indent(String s) {
        return s == null ? "" : s.strip().replace("\n", "\n          ");
    }

    private static String abbreviate(String s) {
        return s.length() <= 2000 ? s : s.substring(0, 2000) + "…";
    }
}
