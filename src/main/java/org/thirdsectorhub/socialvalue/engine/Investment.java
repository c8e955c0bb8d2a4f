package org.thirdsectorhub.socialvalue.engine;

import java.math.BigDecimal;

/**
 * Value of inputs put in during one year: year 0 is undiscounted, year k ≥ 1 is discounted by (1+r)^k.
 *
 * @param year 0–50
 * @param amount non-negative amount
 * @param uncertainty optional distribution of the amount for Monte Carlo and sensitivity ranges
 */
public record Investment(int year, BigDecimal amount, Distribution uncertainty) {

    /** @return a certain investment in the given year */
    public static Investment of(int year, BigDecimal amount) {
        return new Investment(year, amount, null);
    }
}
