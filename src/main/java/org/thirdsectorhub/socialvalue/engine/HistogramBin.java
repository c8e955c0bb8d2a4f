package org.thirdsectorhub.socialvalue.engine;

import java.math.BigDecimal;

/**
 * One bar of the histogram of simulated ratios: values in [from, to), the last bin closed at both ends.
 */
public record HistogramBin(BigDecimal from, BigDecimal to, int count) {
}
