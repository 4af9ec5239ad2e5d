package vn.tinnhiem.server.preparation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deadlines counted back from the conference day, and what is overdue. */
class TimelineTest {

  static final LocalDate HELD_ON = LocalDate.of(2026, 11, 26);

  @Test
  void theDefaultOffsetsGiveTheUsualPlan() {
    List<Deadline> timeline = Deadline.of(Offsets.DEFAULT, HELD_ON, LocalDate.of(2026, 10, 1),
        0, 0);
    assertThat(timeline).extracting(Deadline::date).containsExactly(
        LocalDate.of(2026, 11, 6), LocalDate.of(2026, 11, 11), LocalDate.of(2026, 11, 16),
        LocalDate.of(2026, 11, 23));
    assertThat(timeline).extracting(Deadline::days).containsExactly(20, 15, 10, 3);
  }

  @Test
  void configuredOffsetsMoveTheDates() {
    Offsets offsets = new Offsets(30, 21, 7, 1);
    assertThat(offsets.problems()).isEmpty();
    assertThat(offsets.date(Milestone.DOSSIER_DUE, HELD_ON)).isEqualTo(LocalDate.of(2026, 10, 27));
    assertThat(offsets.date(Milestone.ANSWERS_DUE, HELD_ON)).isEqualTo(LocalDate.of(2026, 11, 25));
  }

  @Test
  void offsetsOutOfOrderOrRangeAreRefused() {
    assertThat(new Offsets(10, 15, 5, 3).problems()).extracting(r -> r.code())
        .containsExactly("preparation.offset.order");
    assertThat(new Offsets(-1, 15, 10, 3).problems()).extracting(r -> r.field())
        .containsExactly("dossierDue");
    assertThat(new Offsets(400, 15, 10, 3).problems()).isNotEmpty();
  }

  @Test
  void missingDossiersAfterTheirDayAreOverdueAndAnswersTooOnceTheirDayHasPassed() {
    LocalDate afterAll = HELD_ON.minusDays(1);
    List<Deadline> late = Deadline.of(Offsets.DEFAULT, HELD_ON, afterAll, 2, 1);
    assertThat(late).extracting(Deadline::state).containsExactly(Deadline.State.OVERDUE,
        Deadline.State.PASSED, Deadline.State.PASSED, Deadline.State.OVERDUE);
    assertThat(late.get(0).pending()).isEqualTo(2);

    List<Deadline> onTheDay = Deadline.of(Offsets.DEFAULT, HELD_ON, HELD_ON.minusDays(20), 2, 0);
    assertThat(onTheDay.get(0).state()).as("due today, not late yet")
        .isEqualTo(Deadline.State.UPCOMING);

    List<Deadline> allIn = Deadline.of(Offsets.DEFAULT, HELD_ON, HELD_ON.minusDays(25), 0, 0);
    assertThat(allIn).extracting(Deadline::state).containsExactly(Deadline.State.DONE,
        Deadline.State.UPCOMING, Deadline.State.UPCOMING, Deadline.State.UPCOMING);
  }
}
