package vn.tinnhiem.server.counting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** The counting forms. */
final class CountingForms {

  private CountingForms() {}

  static class BallotsForm {
    @NotNull
    @PositiveOrZero
    @Max(PaperCounts.MAX)
    private Integer issued;

    @NotNull
    @PositiveOrZero
    @Max(PaperCounts.MAX)
    private Integer collected;

    static BallotsForm of(SiteBallots b) {
      BallotsForm form = new BallotsForm();
      if (b.recorded()) {
        form.issued = b.issued();
        form.collected = b.collected();
      }
      return form;
    }

    public Integer getIssued() {
      return issued;
    }

    public void setIssued(Integer issued) {
      this.issued = issued;
    }

    public Integer getCollected() {
      return collected;
    }

    public void setCollected(Integer collected) {
      this.collected = collected;
    }
  }

  static class CountsForm {
    @NotNull
    @PositiveOrZero
    @Max(PaperCounts.MAX)
    private Integer high;

    @NotNull
    @PositiveOrZero
    @Max(PaperCounts.MAX)
    private Integer confident;

    @NotNull
    @PositiveOrZero
    @Max(PaperCounts.MAX)
    private Integer low;

    @NotNull
    @PositiveOrZero
    @Max(PaperCounts.MAX)
    private Integer blank = 0;

    @NotNull
    @PositiveOrZero
    @Max(PaperCounts.MAX)
    private Integer invalid;

    static CountsForm of(java.util.Optional<PaperCounts> own) {
      CountsForm form = new CountsForm();
      own.ifPresent(c -> {
        form.high = c.high();
        form.confident = c.confident();
        form.low = c.low();
        form.blank = c.blank();
        form.invalid = c.invalid();
      });
      return form;
    }

    PaperCounts toCounts() {
      return new PaperCounts(high, confident, low, blank, invalid);
    }

    public Integer getHigh() {
      return high;
    }

    public void setHigh(Integer high) {
      this.high = high;
    }

    public Integer getConfident() {
      return confident;
    }

    public void setConfident(Integer confident) {
      this.confident = confident;
    }

    public Integer getLow() {
      return low;
    }

    public void setLow(Integer low) {
      this.low = low;
    }

    public Integer getBlank() {
      return blank;
    }

    public void setBlank(Integer blank) {
      this.blank = blank;
    }

    public Integer getInvalid() {
      return invalid;
    }

    public void setInvalid(Integer invalid) {
      this.invalid = invalid;
    }
  }
}
