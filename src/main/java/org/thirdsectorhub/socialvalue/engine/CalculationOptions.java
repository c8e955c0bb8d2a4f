package org.thirdsectorhub.socialvalue.engine;

import java.math.BigDecimal;

/**
 * How to calculate an {@link ImpactMap}: the parts of {@link SroiInput} that are not the map itself.
 *
 * @param discountRate default {@link SroiInput#DEFAULT_DISCOUNT_RATE}
 * @param discountRateAfterYear30 null to keep {@code discountRate} throughout
 * @param sensitivity whether to run the sensitivity analysis
 * @param monteCarlo settings, or null to skip the simulation
 */
public record CalculationOptions(
        BigDecimal discountRate, BigDecimal discountRateAfterYear30, boolean sensitivity,
        MonteCarloSettings monteCarlo) {

    /** @return the default rate, no lower rate after year 30, no sensitivity, no simulation */
    public static CalculationOptions defaults() {
        return new CalculationOptions(null, null, false, null);
    }
}
