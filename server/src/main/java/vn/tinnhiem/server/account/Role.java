package vn.tinnhiem.server.account;

/** What an account may do in a conference. Stored by name in {@code app_user.role}. */
public enum Role {
  /** Manages accounts and the installation. */
  ADMIN,
  /** Secretary of the conference: sets up sessions, subjects and members. */
  SECRETARY,
  /** Secretary of one site of a multi-site conference: roll call there. */
  SITE_SECRETARY,
  /** Member of the counting board (Ban kiểm phiếu): holds a trustee key share. */
  COUNTING_BOARD,
  /** Reads everything, changes nothing. */
  OBSERVER,
  /**
   * A summoned member or a subject, invited by a one-time link: reads the preparation of their
   * own sessions, asks and answers questions. Never linked to a voting credential.
   */
  PARTICIPANT;

  /** The Spring Security authority, e.g. {@code ROLE_ADMIN}. */
  public String authority() {
    return "ROLE_" + name();
  }
}
