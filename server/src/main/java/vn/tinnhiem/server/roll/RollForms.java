package vn.tinnhiem.server.roll;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.LinkedHashMap;
import java.util.Map;

/** The roll-call forms. */
final class RollForms {

  private RollForms() {}

  /** One radio group per member: {@code mark[memberId]=PRESENT}. */
  static class MarksForm {
    private Map<Long, Mark> mark = new LinkedHashMap<>();

    public Map<Long, Mark> getMark() {
      return mark;
    }

    public void setMark(Map<Long, Mark> mark) {
      this.mark = mark;
    }
  }

  /** A bare present count; also the JSON body of the API. */
  static class CountForm {
    @NotNull
    @PositiveOrZero
    @Max(1_000_000)
    private Integer present;

    public Integer getPresent() {
      return present;
    }

    public void setPresent(Integer present) {
      this.present = present;
    }
  }
}
