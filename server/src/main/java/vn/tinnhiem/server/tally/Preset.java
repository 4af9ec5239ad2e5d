package vn.tinnhiem.server.tally;

/**
 * The rule set a session follows. Both use the same thresholds
 * ({@link Band}); they differ in the default base, in the consequence of each
 * band, and in the national header of the documents.
 */
public enum Preset {
  /**
   * Party rules, Quy định 96-QĐ/TW (2023). It speaks of "số phiếu" (ballots)
   * without saying which, so the default base is {@link CountingBase#COLLECTED}.
   */
  QD96(CountingBase.COLLECTED),
  /**
   * State rules, Nghị quyết 96/2023/QH15 (National Assembly, People's
   * Councils), which counts against all deputies: {@link CountingBase#MEMBERS}.
   */
  NQ96(CountingBase.MEMBERS);

  private final CountingBase defaultBase;

  Preset(CountingBase defaultBase) {
    this.defaultBase = defaultBase;
  }

  /** The base used when the session does not choose another one. */
  public CountingBase defaultBase() {
    return defaultBase;
  }

  /** Message key of the preset's name and source, e.g. {@code tally.preset.QD96}. */
  public String messageKey() {
    return "tally.preset." + name();
  }

  /**
   * Message key of the consequence text for a band, e.g.
   * {@code tally.consequence.NQ96.OVER_HALF}; {@link Band#NONE} has one too.
   */
  public String consequenceKey(Band band) {
    return "tally.consequence." + name() + "." + band.name();
  }

  /**
   * Message key prefix of the national header printed top right:
   * {@code tally.nationalHeader.QD96.line1} ("ĐẢNG CỘNG SẢN VIỆT NAM"), or the
   * State's two lines {@code ...NQ96.line1} and {@code ...NQ96.line2}.
   */
  public String nationalHeaderKey() {
    return "tally.nationalHeader." + name();
  }
}
