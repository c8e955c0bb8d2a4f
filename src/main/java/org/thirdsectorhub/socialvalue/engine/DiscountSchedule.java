package org.thirdsectorhub.socialvalue.engine;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Discount factors (1+r)^t per calendar year, with the option of a different rate r2 after year 30:
 * the factor for t > 30 is (1+r)^30 × (1+r2)^(t−30), as the Green Book's declining schedule works.
 */
final class DiscountSchedule {

    static final int LOWER_RATE_FROM_YEAR = 31;
    /** Latest year an outcome can reach: start year 50 plus duration 50, less one. */
    static final int MAX_YEAR = 2 * OutcomeParameter.MAX_YEARS;

    private final BigDecimal[] factors;
    private final double[] presentValueFactors;

    DiscountSchedule(BigDecimal rate, BigDecimal rateAfterYear30, MathContext mc) {
        BigDecimal growth = BigDecimal.ONE.add(rate);
        BigDecimal laterGrowth = rateAfterYear30 == null ? growth : BigDecimal.ONE.add(rateAfterYear30);
        factors = new BigDecimal[MAX_YEAR + 1];
        presentValueFactors = new double[MAX_YEAR + 1];
        factors[0] = BigDecimal.ONE;
        presentValueFactors[0] = 1.0;
        for (int t = 1; t <= MAX_YEAR; t++) {
            factors[t] = factors[t - 1].multiply(t >= LOWER_RATE_FROM_YEAR ? laterGrowth : growth, mc);
            presentValueFactors[t] = 1.0 / factors[t].doubleValue();
        }
    }

    /** @return (1+r)^t, the divisor that discounts a value in year t to year 0 */
    BigDecimal factor(int year) {
        return factors[year];
    }

    /** @return 1/(1+r)^t as a double, for the fast path */
    double presentValueFactor(int year) {
        return presentValueFactors[year];
    }

    /** @return a copy of all 1/(1+r)^t as doubles, indexed by year */
    double[] presentValueFactors() {
        return presentValueFactors.clone();
    }
}
