package vn.tinnhiem.server.documents;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The secretary's settings of the papers, and the small-site threshold. */
public class DocumentsForm {

  @Size(max = DocumentSettings.MAX_NAME)
  private String chair;

  @Size(max = DocumentSettings.MAX_NAME)
  private String clerk;

  @Size(max = DocumentSettings.MAX_BODY)
  private String parentBody;

  @Size(max = DocumentSettings.MAX_BODY)
  private String superior;

  @Size(max = DocumentSettings.MAX_LOCALITY)
  private String locality;

  @NotNull
  @Min(1)
  @Max(100_000)
  private Integer threshold;

  static DocumentsForm of(DocumentSettings s, int threshold) {
    DocumentsForm form = new DocumentsForm();
    form.chair = s.chair();
    form.clerk = s.clerk();
    form.parentBody = s.parentBody();
    form.superior = s.superior();
    form.locality = s.locality();
    form.threshold = threshold;
    return form;
  }

  DocumentSettings settings() {
    return new DocumentSettings(chair, clerk, parentBody, superior, locality);
  }

  public String getChair() {
    return chair;
  }

  public void setChair(String chair) {
    this.chair = chair;
  }

  public String getClerk() {
    return clerk;
  }

  public void setClerk(String clerk) {
    this.clerk = clerk;
  }

  public String getParentBody() {
    return parentBody;
  }

  public void setParentBody(String parentBody) {
    this.parentBody = parentBody;
  }

  public String getSuperior() {
    return superior;
  }

  public void setSuperior(String superior) {
    this.superior = superior;
  }

  public String getLocality() {
    return locality;
  }

  public void setLocality(String locality) {
    this.locality = locality;
  }

  public Integer getThreshold() {
    return threshold;
  }

  public void setThreshold(Integer threshold) {
    this.threshold = threshold;
  }
}
