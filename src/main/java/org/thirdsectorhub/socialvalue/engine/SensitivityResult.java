package org.thirdsectorhub.socialvalue.engine;

import java.math.BigDecimal;

/**
 * One bar of the tornado: the ratio when one assumption moves to a low and a high value, all others
 * held at their central values, and the value at which the ratio would be exactly 1.
 *
 * @param parameter e.g. {@code "outcomes[0].deadweight"} or {@code "investment"}
 * @param low low value tried (for {@code investment}: the total undiscounted investment)
 * @param high high value tried
 * @param ratioAtLow SROI ratio at the low value
 * @param ratioAtHigh SROI ratio at the high value
 * @param breakEven value in the valid range at which the ratio is 1, or null when none is
 */
public record SensitivityResult(
        String parameter, BigDecimal low, BigDecimal high, BigDecimal ratioAtLow, BigDecimal ratioAtHigh,
        BigDecimal breakEven) {
}
