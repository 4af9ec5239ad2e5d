package vn.tinnhiem.server.session;

import vn.tinnhiem.server.tally.InvalidityMode;
import vn.tinnhiem.server.tally.CountingBase;
import vn.tinnhiem.server.tally.Preset;
import java.time.LocalDate;
import java.util.Objects;
import vn.tinnhiem.server.system.Names;

/**
 * What the secretary sets for a session.
 *
 * @param title        e.g. "Hội nghị lấy phiếu tín nhiệm năm 2026"
 * @param organisation the body holding the vote, e.g. "Đảng ủy Trường Đại học X"
 * @param heldOn       the day of the conference
 * @param place        where the chair sits (the main site), as printed in the minutes
 * @param preset       the rule set
 * @param base         what percentages are taken against
 * @param invalidity   what a badly marked row spoils
 * @param blankAllowed whether a row may be left blank without spoiling it
 */
public record SessionDetails(String title, String organisation, LocalDate heldOn, String place,
    Preset preset, CountingBase base, InvalidityMode invalidity, boolean blankAllowed) {

  public static final int MAX_TEXT = 300;

  public SessionDetails {
    title = Names.require(title, "title", MAX_TEXT);
    organisation = Names.require(organisation, "organisation", MAX_TEXT);
    place = Names.require(place, "place", MAX_TEXT);
    Objects.requireNonNull(heldOn, "heldOn");
    Objects.requireNonNull(preset, "preset");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(invalidity, "invalidity");
  }
}
