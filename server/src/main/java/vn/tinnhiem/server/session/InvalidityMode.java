package vn.tinnhiem.server.session;

/** What a badly marked row spoils. */
public enum InvalidityMode {
  /** Only that subject's row is invalid (National Assembly practice); the default. */
  PER_ROW,
  /** The whole ballot is invalid, for every subject alike. */
  WHOLE_BALLOT
}
