package org.thirdsectorhub.socialvalue.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * The answer of a calculation; mirrors the JSON answer of {@code POST /api/v1/sroi/calculations}.
 * Figures are unrounded ({@link java.math.MathContext#DECIMAL128}).
 *
 * @param totalPresentValue sum of the outcomes' present values
 * @param netPresentValue total present value − investment present value
 * @param ratio total present value ÷ investment present value
 * @param netRatio net present value ÷ investment present value
 * @param paybackMonths investment present value ÷ (undiscounted value in calendar year 1 ÷ 12);
 *     null when nothing arises in year 1
 * @param investmentPresentValue year-0 investment plus later investment discounted
 * @param years value and present value per calendar year, from year 1 to the last year with an outcome
 * @param outcomes figures per outcome, in input order
 * @param stakeholders present value per stakeholder
 * @param sensitivity the tornado, or null when not asked for
 * @param monteCarlo the simulation, or null when not asked for
 */
public record SroiResult(
        BigDecimal totalPresentValue,
        BigDecimal netPresentValue,
        BigDecimal ratio,
        BigDecimal netRatio,
        BigDecimal paybackMonths,
        BigDecimal investmentPresentValue,
        List<YearValue> years,
        List<OutcomeResult> outcomes,
        List<StakeholderResult> stakeholders,
        List<SensitivityResult> sensitivity,
        MonteCarloResult monteCarlo) {

    SroiResult withAnalyses(List<SensitivityResult> newSensitivity, MonteCarloResult newMonteCarlo) {
        return new SroiResult(totalPresentValue, netPresentValue, ratio, netRatio, paybackMonths,
                investmentPresentValue, years, outcomes, stakeholders, newSensitivity, newMonteCarlo);
    }
}
