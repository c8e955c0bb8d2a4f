package org.thirdsectorhub.socialvalue.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * Outcome of a seeded Monte Carlo simulation.
 *
 * @param iterations number of simulated scenarios
 * @param seed the seed used (repeat it to get the same answer)
 * @param ratio summary of the simulated SROI ratios
 * @param totalPresentValue summary of the simulated total present values
 * @param probabilityRatioAtLeastOne share of scenarios with a ratio of at least 1
 * @param histogram the simulated ratios in 20 equal bins
 *     from the smallest to the largest (one bin when all are equal)
 */
public record MonteCarloResult(
        int iterations,
        long seed,
        SampleSummary ratio,
        SampleSummary totalPresentValue,
        BigDecimal probabilityRatioAtLeastOne,
        List<HistogramBin> histogram) {
}
