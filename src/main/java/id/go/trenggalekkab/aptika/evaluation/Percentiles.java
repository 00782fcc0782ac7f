package id.go.trenggalekkab.aptika.evaluation;

import java.util.List;

/**
 * Percentiles by linear interpolation between the closest ranks, as a spreadsheet's MEDIAN and
 * PERCENTILE.INC compute them, so that a manager can check a figure from the exported durations.
 */
final class Percentiles {

  private Percentiles() {}

  /**
   * @param sorted ascending values
   * @param p between 0 and 1 (0.5 is the median)
   * @return null for no values
   */
  static Double of(List<Double> sorted, double p) {
    if (sorted.isEmpty()) {
      return null;
    }
    double rank = (sorted.size() - 1) * p;
    int lower = (int) Math.floor(rank);
    int upper = Math.min(lower + 1, sorted.size() - 1);
    return sorted.get(lower) + (rank - lower) * (sorted.get(upper) - sorted.get(lower));
  }
}
