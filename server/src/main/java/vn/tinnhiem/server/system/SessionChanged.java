package vn.tinnhiem.server.system;

/**
 * Something a room would see changed in a session: the roll call, the status, the ballots
 * cast or counted. Services publish it inside their transaction; listeners that push to
 * screens take it after commit, so nobody is shown a change that was rolled back.
 *
 * @param sessionId the session
 * @param what      what changed, for logs and tests (e.g. {@code roll}, {@code status})
 */
public record SessionChanged(long sessionId, String what) {}
