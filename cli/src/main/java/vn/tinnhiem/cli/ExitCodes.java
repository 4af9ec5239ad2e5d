package vn.tinnhiem.cli;

/** Exit codes shared by every command. */
final class ExitCodes {
  static final int OK = 0;
  /** The archive was read and some check failed. */
  static final int INVALID = 1;
  /** The input could not be read or is not what the command takes. */
  static final int UNREADABLE = 2;

  private ExitCodes() {}
}
