package vn.tinnhiem.server.session;

/** Why a person holding a post is not voted on this time. */
public enum ExclusionReason {
  /** Notified of retirement or of stopping work (nghỉ hưu, nghỉ công tác). */
  RETIREMENT_NOTIFIED,
  /** Elected or appointed in the year of the vote. */
  NEWLY_APPOINTED
}
