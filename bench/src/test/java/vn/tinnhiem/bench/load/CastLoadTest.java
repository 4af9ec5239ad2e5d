package vn.tinnhiem.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.crypto.election.Question;

/** The pure parts of the load harness; the harness itself runs from bench/load.sh. */
class CastLoadTest {

  @Test
  void percentilesAreNearestRankSamples() {
    Percentiles p = Percentiles.of(List.of(5.0, 1.0, 4.0, 2.0, 3.0, 10.0, 9.0, 8.0, 7.0, 6.0));
    assertThat(p.median()).isEqualTo(5.0);
    assertThat(p.at(90)).isEqualTo(9.0);
    assertThat(p.at(99)).isEqualTo(10.0);
    assertThat(p.at(10)).isEqualTo(1.0);
    assertThat(p.at(11)).isEqualTo(2.0);
    assertThat(p.max()).isEqualTo(10.0);
    assertThat(Percentiles.of(List.of(42.0)).at(1)).isEqualTo(42.0);
  }

  @Test
  void busyAnswersAreSentAgainAfterTheirRetryAfterAsTheBoothDoes() {
    assertThat(CastRun.retryAfterSeconds(Optional.of("7"))).isEqualTo(7);
    assertThat(CastRun.retryAfterSeconds(Optional.of(" 3 "))).isEqualTo(3);
    assertThat(CastRun.retryAfterSeconds(Optional.of("0"))).isEqualTo(1);
    assertThat(CastRun.retryAfterSeconds(Optional.of("3600"))).isEqualTo(60);
    assertThat(CastRun.retryAfterSeconds(Optional.of("Wed, 21 Oct 2026 07:28:00 GMT")))
        .isEqualTo(5);
    assertThat(CastRun.retryAfterSeconds(Optional.empty())).isEqualTo(5);
    CastRun.Answer stored = new CastRun.Answer(CastRun.Kind.CREATED, "201", 12.0, "code");
    assertThat(stored.busy()).isZero();
    assertThat(stored.afterBusy(2).busy()).isEqualTo(2);
    CastRun.Outcome run = new CastRun.Outcome(2, List.of(stored.afterBusy(2), stored), 1.0);
    assertThat(run.busyAnswers()).isEqualTo(2);
    assertThat(run.errors()).isZero();
  }

  @Test
  void percentileOfNothingOrOutOfRangeIsRefused() {
    assertThatThrownBy(() -> Percentiles.of(List.of()).median())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Percentiles.of(List.of(1.0)).at(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Percentiles.of(List.of(1.0)).at(101))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void acceptsLoopbackUrlsOnly() {
    assertThat(Loopback.require("http://127.0.0.1:8080").getPort()).isEqualTo(8080);
    assertThat(Loopback.require("http://[::1]:8080/")).isNotNull();
    assertThat(Loopback.require("http://localhost:1")).isNotNull();
    for (String url : List.of("http://192.0.2.1:8080", "http://10.0.0.1", "http://[2001:db8::1]",
        "ftp://127.0.0.1", "127.0.0.1:8080", "http://", "not a url")) {
      assertThatThrownBy(() -> Loopback.require(url)).as(url)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void optionsHaveDefaultsAndBothSpellings() {
    LoadOptions o = LoadOptions.parse("--workdir", "/tmp/w", "--concurrency=500", "--reuse");
    assertThat(o.workdir()).isEqualTo(Path.of("/tmp/w"));
    assertThat(o.concurrency()).isEqualTo(500);
    assertThat(o.reuse()).isTrue();
    assertThat(o.maxSeconds()).isEqualTo(300);
    assertThat(o.quietWait()).isZero();
    assertThat(LoadOptions.parse("--workdir=/w", "--max-seconds", "5").maxSeconds()).isEqualTo(5);
  }

  @Test
  void refusesBadOptions() {
    for (String[] args : List.of(new String[] {"--concurrency", "5"},
        new String[] {"--workdir", "/w", "--concurrency", "0"},
        new String[] {"--workdir", "/w", "--max-seconds", "-1"},
        new String[] {"--workdir", "/w", "--concurrency", "many"},
        new String[] {"--workdir", "/w", "--voters", "5"},
        new String[] {"--workdir", "/w", "--quiet-wait", "-1"},
        new String[] {"--workdir"})) {
      assertThatThrownBy(() -> LoadOptions.parse(args)).as(String.join(" ", args))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void randomVoteTicksOneAnswerPerQuestionAfterTheBlankFlag() {
    Question level = new Question(List.of("cao", "tín nhiệm", "thấp"), null, 1, 1, "A");
    Question withBlank = new Question(List.of("cao", "tín nhiệm", "thấp"), true, 1, 1, "B");
    int[][] vote = PreparedBallots.randomVote(new Random(3), List.of(level, withBlank));
    assertThat(vote[0]).hasSize(3);
    assertThat(vote[0][0] + vote[0][1] + vote[0][2]).isEqualTo(1);
    assertThat(vote[1]).hasSize(4);
    assertThat(vote[1][0]).isZero();
    assertThat(vote[1][1] + vote[1][2] + vote[1][3]).isEqualTo(1);
  }

  @Test
  void summaryLineReadsTheSameEverywhere() {
    assertThat(CastLoad.summary(12.345, Percentiles.of(List.of(100.0, 250.4)), 500, 50, 500))
        .isEqualTo("cast throughput: 12.3 ballots/s, p99 250 ms (500 voters, 50 subjects,"
            + " 500 concurrent)");
    assertThat(CastLoad.summary(0, null, 2, 1, 1)).contains("p99 n/a");
  }
}
