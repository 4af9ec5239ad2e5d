package vn.tinnhiem.server.backup;

import java.util.List;

/**
 * The tables that hold a session's rows, parents before children (the order of the
 * migrations), and how each is keyed to the session. A test checks that every table with a
 * {@code session_id} column is here, so a new feature's table cannot be left out unseen.
 */
final class SessionTables {

  /** A table and the column naming the session ({@code id} for the session itself). */
  record Table(String name, String sessionColumn, boolean identity) {}

  static final List<Table> ALL = List.of(
      new Table("vote_session", "id", true),
      new Table("session_status_change", "session_id", false),
      new Table("session_site", "session_id", true),
      new Table("summoned_member", "session_id", true),
      new Table("subject", "session_id", true),
      new Table("exclusion", "session_id", true),
      new Table("site_secretary", "session_id", false),
      new Table("session_correction", "session_id", true),
      new Table("roll_mark", "session_id", false),
      new Table("roll_site_count", "session_id", false),
      new Table("voting_opening", "session_id", false),
      new Table("voting_opening_site", "session_id", false),
      new Table("counting_board_member", "session_id", false),
      new Table("site_ballots", "session_id", false),
      new Table("subject_count", "session_id", false),
      new Table("counting_closure", "session_id", false),
      new Table("election", "session_id", false),
      new Table("election_trustee", "session_id", false),
      new Table("site_credentials", "session_id", false),
      new Table("public_credential", "session_id", false),
      new Table("site_credentials_void", "session_id", false),
      new Table("board_record", "session_id", false),
      new Table("board_ballot", "session_id", false),
      new Table("electronic_count", "session_id", false),
      new Table("count_entry", "session_id", true),
      new Table("counting_options", "session_id", false),
      new Table("document_settings", "session_id", false),
      new Table("projector_link", "session_id", false),
      new Table("prep_timeline", "session_id", false),
      new Table("dossier", "session_id", true),
      new Table("prep_question", "session_id", true),
      new Table("invitation", "session_id", false),
      new Table("participant", "session_id", false));

  /**
   * Tables that name a session but are not part of its record: a published news item belongs
   * to the organisation's website and outlives the session's backup.
   */
  static final List<String> NOT_BACKED_UP = List.of("news_item");

  /** Tables whose rows name an account, which must exist on the restoring instance. */
  static final List<String> ACCOUNT_ROWS = List.of("site_secretary", "participant");

  private SessionTables() {}
}
