package vn.tinnhiem.server.session;

import vn.tinnhiem.server.system.Names;

/**
 * A summoned member (người được triệu tập): a voter, attending at one site.
 * A person is one name in one unit; namesakes in other units are other people.
 *
 * @param id        database id
 * @param sessionId its session
 * @param siteId    where the member attends
 * @param fullName  full name, e.g. "Nguyễn Văn A"
 * @param unit      unit or office, e.g. "Khoa Toán"
 */
public record Member(long id, long sessionId, long siteId, String fullName, String unit) {

  public static final int MAX_NAME = 200;
  public static final int MAX_UNIT = 300;

  public Member {
    fullName = Names.require(fullName, "member name", MAX_NAME);
    unit = Names.require(unit, "unit", MAX_UNIT);
  }
}
