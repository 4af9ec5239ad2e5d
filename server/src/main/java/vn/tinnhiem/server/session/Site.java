package vn.tinnhiem.server.session;

import vn.tinnhiem.server.system.Names;

/**
 * A site (điểm cầu) of a session, e.g. "Cơ sở Hà Nội".
 *
 * @param id        database id
 * @param sessionId its session
 * @param name      shown and printed
 * @param ordinal   position in lists, from 1
 */
public record Site(long id, long sessionId, String name, int ordinal) {

  public static final int MAX_NAME = 200;

  public Site {
    name = Names.require(name, "site name", MAX_NAME);
    if (ordinal < 1) {
      throw new IllegalArgumentException("site ordinal must be positive");
    }
  }
}
