package vn.tinnhiem.server.session;

/** What a correction after the freeze may change. Structure (sites, who is summoned) stays. */
public enum CorrectionField {
  SESSION_TITLE,
  SESSION_ORGANISATION,
  SESSION_PLACE,
  MEMBER_NAME,
  MEMBER_UNIT,
  SUBJECT_NAME,
  SUBJECT_POSITION,
  /** Which account is the site secretary of a site (target: the site); logged, not frozen. */
  SITE_SECRETARY
}
