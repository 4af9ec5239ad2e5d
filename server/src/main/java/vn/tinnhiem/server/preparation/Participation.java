package vn.tinnhiem.server.preparation;

/**
 * What a participant account is in one session.
 *
 * @param username  the account
 * @param sessionId the session
 * @param memberId  the summoned member they are, or {@code null}
 * @param subjectId the subject they are, or {@code null}
 */
public record Participation(String username, long sessionId, Long memberId, Long subjectId) {}
