package vn.tinnhiem.server.system;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * The wall clock of the conference room, for display: templates call
 * {@code @conferenceTime.format(instant)}.
 *
 * @param zone where the conference takes place
 */
public record ConferenceTime(ZoneId zone) {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  public ConferenceTime {
    Objects.requireNonNull(zone, "zone");
  }

  /** "14:05:09 26/11/2026", the Vietnamese order, in the conference's zone. */
  public String format(OffsetDateTime instant) {
    return instant == null ? "" : TIME.format(instant.atZoneSameInstant(zone));
  }

  /** "26/11/2026". */
  public String format(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  /** Today in the conference's zone. */
  public LocalDate today(java.time.Clock clock) {
    return LocalDate.now(clock.withZone(zone));
  }
}
