package vn.tinnhiem.bench.load;

import java.util.Arrays;
import java.util.Collection;

/** Sorted samples (milliseconds) and their nearest-rank percentiles. */
public record Percentiles(double[] sorted) {

  public Percentiles {
    sorted = sorted.clone();
    Arrays.sort(sorted);
  }

  public static Percentiles of(Collection<Double> samples) {
    return new Percentiles(samples.stream().mapToDouble(Double::doubleValue).toArray());
  }

  public int count() {
    return sorted.length;
  }

  /**
   * The nearest-rank percentile: the smallest sample with at least {@code p} percent of the
   * samples at or below it (p in (0, 100]). No interpolation, so it is always a measured value.
   */
  public double at(double p) {
    if (sorted.length == 0) {
      throw new IllegalStateException("no samples");
    }
    if (!(p > 0 && p <= 100)) {
      throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }

  public double median() {
    return at(50);
  }

  public double max() {
    return at(100);
  }
}
