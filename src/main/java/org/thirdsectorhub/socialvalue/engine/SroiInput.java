package org.thirdsectorhub.socialvalue.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything a calculation needs; mirrors the body of {@code POST /api/v1/sroi/calculations}.
 * Give either {@code investment} (a year-0 amount) or {@code investments}, not both.
 *
 * @param discountRate yearly discount rate r, default {@link #DEFAULT_DISCOUNT_RATE}
 * @param discountRateAfterYear30 rate for years after 30 (Green Book: {@link #GREEN_BOOK_RATE_AFTER_YEAR_30});
 *     null keeps {@code discountRate} throughout
 * @param investment a single investment made in year 0
 * @param investments investment per year, instead of {@code investment}
 * @param outcomes the outcome rows of the impact map
 * @param sensitivity whether to run the sensitivity analysis
 * @param monteCarlo settings of the Monte Carlo simulation, or null to skip it
 */
public record SroiInput(
        BigDecimal discountRate,
        BigDecimal discountRateAfterYear30,
        BigDecimal investment,
        List<Investment> investments,
        List<Outcome> outcomes,
        boolean sensitivity,
        MonteCarloSettings monteCarlo) {

    /** HM Treasury Green Book discount rate. */
    public static final BigDecimal DEFAULT_DISCOUNT_RATE = new BigDecimal("0.035");
    /** The Green Book's lower rate from year 31. */
    public static final BigDecimal GREEN_BOOK_RATE_AFTER_YEAR_30 = new BigDecimal("0.030");

    public SroiInput {
        discountRate = discountRate == null ? DEFAULT_DISCOUNT_RATE : discountRate;
        investments = investments == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(investments));
        outcomes = outcomes == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(outcomes));
    }

    /**
     * A plain deterministic calculation at the default rate with a year-0 investment.
     *
     * @return the input
     */
    public static SroiInput of(BigDecimal investment, List<Outcome> outcomes) {
        return new SroiInput(null, null, investment, null, outcomes, false, null);
    }

    /** @return the investment as a schedule: {@code investments}, or {@code investment} placed in year 0 */
    public List<Investment> investmentSchedule() {
        if (!investments.isEmpty() || investment == null) {
            return investments;
        }
        return List.of(Investment.of(0, investment));
    }

    /** @return a copy with other outcomes */
    public SroiInput withOutcomes(List<Outcome> newOutcomes) {
        return new SroiInput(discountRate, discountRateAfterYear30, investment, investments, newOutcomes,
                sensitivity, monteCarlo);
    }

    /** @return a copy with a different investment schedule (and no single investment) */
    public SroiInput withInvestments(List<Investment> newInvestments) {
        return new SroiInput(discountRate, discountRateAfterYear30, null, newInvestments, outcomes,
                sensitivity, monteCarlo);
    }

    /** @return a copy that asks for sensitivity and, if settings are given, Monte Carlo */
    public SroiInput withAnalyses(boolean withSensitivity, MonteCarloSettings settings) {
        return new SroiInput(discountRate, discountRateAfterYear30, investment, investments, outcomes,
                withSensitivity, settings);
    }

    /** @return a copy with other discount rates */
    public SroiInput withDiscountRates(BigDecimal rate, BigDecimal rateAfterYear30) {
        return new SroiInput(rate, rateAfterYear30, investment, investments, outcomes, sensitivity, monteCarlo);
    }
}
