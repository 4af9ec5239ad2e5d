package vn.tinnhiem.server.session;

import vn.tinnhiem.server.tally.InvalidityMode;
import vn.tinnhiem.server.tally.CountingBase;
import vn.tinnhiem.server.tally.Preset;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.tinnhiem.server.system.Names;

/** The create/edit form of a session. Texts are cleaned as they are bound. */
class SessionForm {

  @NotBlank
  @Size(max = SessionDetails.MAX_TEXT)
  private String title;

  @NotBlank
  @Size(max = SessionDetails.MAX_TEXT)
  private String organisation;

  @NotNull
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate heldOn;

  @NotBlank
  @Size(max = SessionDetails.MAX_TEXT)
  private String place;

  @NotNull
  private Preset preset = Preset.QD96;

  /** {@code null}: the preset's default. */
  private CountingBase base;

  @NotNull
  private InvalidityMode invalidity = InvalidityMode.PER_ROW;

  private boolean blankAllowed;

  static SessionForm of(SessionDetails d) {
    SessionForm form = new SessionForm();
    form.title = d.title();
    form.organisation = d.organisation();
    form.heldOn = d.heldOn();
    form.place = d.place();
    form.preset = d.preset();
    form.base = d.base();
    form.invalidity = d.invalidity();
    form.blankAllowed = d.blankAllowed();
    return form;
  }

  /** Only after Bean Validation passed. */
  SessionDetails toDetails() {
    return new SessionDetails(title, organisation, heldOn, place, preset,
        base == null ? preset.defaultBase() : base, invalidity, blankAllowed);
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = Names.clean(title);
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = Names.clean(organisation);
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(LocalDate heldOn) {
    this.heldOn = heldOn;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = Names.clean(place);
  }

  public Preset getPreset() {
    return preset;
  }

  public void setPreset(Preset preset) {
    this.preset = preset;
  }

  public CountingBase getBase() {
    return base;
  }

  public void setBase(CountingBase base) {
    this.base = base;
  }

  public InvalidityMode getInvalidity() {
    return invalidity;
  }

  public void setInvalidity(InvalidityMode invalidity) {
    this.invalidity = invalidity;
  }

  public boolean isBlankAllowed() {
    return blankAllowed;
  }

  public void setBlankAllowed(boolean blankAllowed) {
    this.blankAllowed = blankAllowed;
  }
}
