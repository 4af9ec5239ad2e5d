package vn.tinnhiem.crypto.archive;

/** The two kinds of hash-named members, told apart by the file name's suffix. */
public enum MemberKind {
  DATA(".data.json"),
  EVENT(".event.json");

  private final String suffix;

  MemberKind(String suffix) {
    this.suffix = suffix;
  }

  public String suffix() {
    return suffix;
  }
}
