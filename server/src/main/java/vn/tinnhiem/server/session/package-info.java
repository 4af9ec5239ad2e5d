/**
 * Vote sessions: the conference, its rule preset (QD96 / NQ96) and counting
 * options, its sites, summoned members, subjects and exclusions, the site
 * secretaries, the session's status, and the correction log. Set-up is
 * edited in {@link vn.tinnhiem.server.session.SessionStatus#DRAFT} only;
 * afterwards every change is a logged correction. Other features read all
 * of this through {@link vn.tinnhiem.server.session.SessionService}.
 */
package vn.tinnhiem.server.session;
