package vn.tinnhiem.server.ceremony;

/** A role on the counting board, as the counting minutes list them. */
public enum BoardRole {
  /** Trưởng ban: signs the minutes for the board. */
  HEAD,
  /** Thư ký. */
  SECRETARY,
  /** Ủy viên. */
  MEMBER
}
