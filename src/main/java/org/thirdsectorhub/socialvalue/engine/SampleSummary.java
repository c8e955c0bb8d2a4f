package org.thirdsectorhub.socialvalue.engine;

import java.math.BigDecimal;

/**
 * Mean and percentiles of simulated values; percentiles interpolate linearly between order statistics.
 */
public record SampleSummary(
        BigDecimal mean, BigDecimal p5, BigDecimal p10, BigDecimal p50, BigDecimal p90, BigDecimal p95) {
}
