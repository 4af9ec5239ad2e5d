package vn.tinnhiem.server.preparation;

/** The preparation deadlines, in the order they fall. */
public enum Milestone {
  /** Each subject hands in their dossier (self-assessment, declarations). */
  DOSSIER_DUE,
  /** The organisers send the dossiers to the voters: voters may read them from this day. */
  DOSSIER_RELEASE,
  /** Last day for voters to ask a subject to clarify something. */
  QUESTIONS_DUE,
  /** Last day for the subject to answer. */
  ANSWERS_DUE
}
