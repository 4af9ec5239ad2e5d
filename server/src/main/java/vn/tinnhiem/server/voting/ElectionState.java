package vn.tinnhiem.server.voting;

/** Where a session's election is. */
public enum ElectionState {
  /** The counting board is making the keys. */
  KEYS,
  /** The public key is fixed; credentials may be made. */
  READY,
  /** The ballot box is open: the board has its Setup event. */
  OPEN,
  /** The box is closed and the encrypted tally is on the board. */
  CLOSED,
  /** The result is on the board. */
  DECRYPTED
}
