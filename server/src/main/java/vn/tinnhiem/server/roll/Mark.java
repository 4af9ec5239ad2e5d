package vn.tinnhiem.server.roll;

/** A summoned member's attendance. Not marked yet counts as not present. */
public enum Mark {
  PRESENT,
  ABSENT,
  /** Absent with leave (vắng có lý do). */
  EXCUSED
}
