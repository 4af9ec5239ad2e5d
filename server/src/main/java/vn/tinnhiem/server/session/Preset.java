package vn.tinnhiem.server.session;

/** The rule set a session follows (see DOMAIN.md, "Two rule sets"). */
public enum Preset {
  /** Party: Quy định 96-QĐ/TW (2023). Speaks of "số phiếu" without saying which: base COLLECTED. */
  QD96(CountingBase.COLLECTED),
  /** State: Nghị quyết 96/2023/QH15. Shares of all deputies: base MEMBERS. */
  NQ96(CountingBase.MEMBERS);

  private final CountingBase defaultBase;

  Preset(CountingBase defaultBase) {
    this.defaultBase = defaultBase;
  }

  /** The counting base a new session with this preset starts with. */
  public CountingBase defaultBase() {
    return defaultBase;
  }
}
