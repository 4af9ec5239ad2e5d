package vn.tinnhiem.server.history;

import vn.tinnhiem.server.system.Names;

/**
 * A person who may be voted on in several sessions.
 *
 * @param id       database id
 * @param fullName full name
 * @param unit     unit or office as last known, {@code ""} when not known
 */
public record Person(long id, String fullName, String unit) {

  public Person {
    fullName = Names.require(fullName, "person name", 200);
    unit = unit == null ? "" : unit;
  }
}
