package org.thirdsectorhub.socialvalue.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Summaries of simulated values; all sums run in index order so the same samples give the same figures. */
final class SampleStatistics {

    private SampleStatistics() {
    }

    static SampleSummary summarize(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return new SampleSummary(
                decimal(sum / values.length),
                decimal(percentile(sorted, 0.05)),
                decimal(percentile(sorted, 0.10)),
                decimal(percentile(sorted, 0.50)),
                decimal(percentile(sorted, 0.90)),
                decimal(percentile(sorted, 0.95)));
    }

    /** Linear interpolation between the order statistics around (n − 1) × p. */
    static double percentile(double[] sorted, double p) {
        double position = (sorted.length - 1) * p;
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    static BigDecimal shareAtLeast(double[] values, double threshold) {
        int count = 0;
        for (double value : values) {
            if (value >= threshold) {
                count++;
            }
        }
        return BigDecimal.valueOf(count).divide(BigDecimal.valueOf(values.length), DeterministicCalculator.MC);
    }

    /** Equal-width bins from the smallest to the largest value; a single bin when all values are equal. */
    static List<HistogramBin> histogram(double[] values, int bins) {
        double min = Arrays.stream(values).min().orElse(0);
        double max = Arrays.stream(values).max().orElse(0);
        if (min == max || !Double.isFinite(max - min)) {
            return List.of(new HistogramBin(decimal(min), decimal(max), values.length));
        }
        double width = (max - min) / bins;
        int[] counts = new int[bins];
        for (double value : values) {
            counts[Math.min(bins - 1, (int) ((value - min) / width))]++;
        }
        List<HistogramBin> histogram = new ArrayList<>(bins);
        for (int bin = 0; bin < bins; bin++) {
            double to = bin == bins - 1 ? max : min + (bin + 1) * width;
            histogram.add(new HistogramBin(decimal(min + bin * width), decimal(to), counts[bin]));
        }
        return List.copyOf(histogram);
    }

    private static BigDecimal decimal(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value) : null;
    }
}
