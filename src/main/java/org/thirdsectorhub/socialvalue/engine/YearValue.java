package org.thirdsectorhub.socialvalue.engine;

import java.math.BigDecimal;

/**
 * Value arising in one calendar year of the analysis.
 *
 * @param year calendar year, 1 = the first year after the investment
 * @param value undiscounted value
 * @param presentValue value discounted to year 0
 */
public record YearValue(int year, BigDecimal value, BigDecimal presentValue) {
}
