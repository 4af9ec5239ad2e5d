package vn.tinnhiem.server.preparation;

import java.time.OffsetDateTime;

/**
 * A voter's question to a subject, and the answer.
 *
 * @param id         database id
 * @param sessionId  the session
 * @param subjectId  to whom
 * @param askedBy    the asker's username (organisers see it)
 * @param askerName  the asker's name (organisers see it; others unless anonymous)
 * @param anonymous  whether the name is hidden from the subject and the other voters
 * @param text       the question
 * @param askedAt    when
 * @param answer     the answer, or {@code null}
 * @param answeredAt when answered, or {@code null}
 */
public record Question(long id, long sessionId, long subjectId, String askedBy,
    String askerName, boolean anonymous, String text, OffsetDateTime askedAt, String answer,
    OffsetDateTime answeredAt) {

  public static final int MAX_QUESTION = 4000;
  public static final int MAX_ANSWER = 8000;

  public boolean answered() {
    return answer != null;
  }

  /** The same question as a viewer who may not know the asker sees it. */
  Question withoutAsker() {
    return new Question(id, sessionId, subjectId, "", "", anonymous, text, askedAt, answer,
        answeredAt);
  }
}
