package vn.tinnhiem.server.session;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.tinnhiem.server.system.Names;

/** The small forms of the set-up pages. Texts are cleaned as they are bound. */
final class RosterForms {

  private RosterForms() {}

  static class SiteForm {
    @NotBlank
    @Size(max = Site.MAX_NAME)
    private String name;

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = Names.clean(name);
    }
  }

  static class MemberForm {
    @NotBlank
    @Size(max = Member.MAX_NAME)
    private String fullName;

    @NotBlank
    @Size(max = Member.MAX_UNIT)
    private String unit;

    @NotNull
    private Long siteId;

    public String getFullName() {
      return fullName;
    }

    public void setFullName(String fullName) {
      this.fullName = Names.clean(fullName);
    }

    public String getUnit() {
      return unit;
    }

    public void setUnit(String unit) {
      this.unit = Names.clean(unit);
    }

    public Long getSiteId() {
      return siteId;
    }

    public void setSiteId(Long siteId) {
      this.siteId = siteId;
    }
  }

  static class SubjectForm {
    /** Empty: after the last. */
    @Min(1)
    @Max(10_000)
    private Integer ordinal;

    @NotBlank
    @Size(max = Subject.MAX_NAME)
    private String fullName;

    @NotBlank
    @Size(max = Subject.MAX_POSITION)
    private String position;

    /** Empty: not among the summoned members. */
    private Long memberId;

    public Integer getOrdinal() {
      return ordinal;
    }

    public void setOrdinal(Integer ordinal) {
      this.ordinal = ordinal;
    }

    public String getFullName() {
      return fullName;
    }

    public void setFullName(String fullName) {
      this.fullName = Names.clean(fullName);
    }

    public String getPosition() {
      return position;
    }

    public void setPosition(String position) {
      this.position = Names.clean(position);
    }

    public Long getMemberId() {
      return memberId;
    }

    public void setMemberId(Long memberId) {
      this.memberId = memberId;
    }
  }

  static class ExclusionForm {
    @NotBlank
    @Size(max = Subject.MAX_NAME)
    private String fullName;

    @NotBlank
    @Size(max = Subject.MAX_POSITION)
    private String position;

    @NotNull
    private ExclusionReason reason;

    @Size(max = Exclusion.MAX_NOTE)
    private String note;

    public String getFullName() {
      return fullName;
    }

    public void setFullName(String fullName) {
      this.fullName = Names.clean(fullName);
    }

    public String getPosition() {
      return position;
    }

    public void setPosition(String position) {
      this.position = Names.clean(position);
    }

    public ExclusionReason getReason() {
      return reason;
    }

    public void setReason(ExclusionReason reason) {
      this.reason = reason;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = Names.clean(note);
    }
  }

  static class SiteSecretaryForm {
    @NotNull
    private Long siteId;

    @NotBlank
    @Size(max = 64)
    private String username;

    /** Required once the session is frozen; the service says so. */
    @Size(max = Correction.MAX_REASON)
    private String reason;

    public Long getSiteId() {
      return siteId;
    }

    public void setSiteId(Long siteId) {
      this.siteId = siteId;
    }

    public String getUsername() {
      return username;
    }

    public void setUsername(String username) {
      this.username = username == null ? null : username.strip();
    }

    public String getReason() {
      return reason;
    }

    public void setReason(String reason) {
      this.reason = Names.clean(reason);
    }
  }

  static class CorrectionForm {
    @NotNull
    private CorrectionField field;

    @NotNull
    private Long targetId;

    @NotBlank
    @Size(max = SessionDetails.MAX_TEXT)
    private String newValue;

    @NotBlank
    @Size(max = Correction.MAX_REASON)
    private String reason;

    public CorrectionField getField() {
      return field;
    }

    public void setField(CorrectionField field) {
      this.field = field;
    }

    public Long getTargetId() {
      return targetId;
    }

    public void setTargetId(Long targetId) {
      this.targetId = targetId;
    }

    public String getNewValue() {
      return newValue;
    }

    public void setNewValue(String newValue) {
      this.newValue = Names.clean(newValue);
    }

    public String getReason() {
      return reason;
    }

    public void setReason(String reason) {
      this.reason = Names.clean(reason);
    }
  }
}
