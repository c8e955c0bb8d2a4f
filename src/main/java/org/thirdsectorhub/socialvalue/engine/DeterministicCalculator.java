package org.thirdsectorhub.socialvalue.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The guide's calculation in exact decimal arithmetic, for a validated input. */
final class DeterministicCalculator {

    static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);

    private DeterministicCalculator() {
    }

    static SroiResult calculate(SroiInput input, DiscountSchedule schedule) {
        int lastYear = input.outcomes().stream().mapToInt(o -> o.startYear() + o.durationYears() - 1).max().orElse(0);
        BigDecimal[] yearValues = zeros(lastYear + 1);
        BigDecimal[] yearPresentValues = zeros(lastYear + 1);
        List<OutcomeResult> outcomeResults = new ArrayList<>(input.outcomes().size());
        BigDecimal totalPresentValue = BigDecimal.ZERO;
        for (Outcome outcome : input.outcomes()) {
            OutcomeResult result = calculateOutcome(outcome, schedule, yearValues, yearPresentValues);
            outcomeResults.add(result);
            totalPresentValue = totalPresentValue.add(result.presentValue());
        }
        BigDecimal investmentPresentValue = investmentPresentValue(input.investmentSchedule(), schedule);
        BigDecimal netPresentValue = totalPresentValue.subtract(investmentPresentValue);
        List<YearValue> years = new ArrayList<>(lastYear);
        for (int year = 1; year <= lastYear; year++) {
            years.add(new YearValue(year, yearValues[year], yearPresentValues[year]));
        }
        return new SroiResult(
                totalPresentValue,
                netPresentValue,
                totalPresentValue.divide(investmentPresentValue, MC),
                netPresentValue.divide(investmentPresentValue, MC),
                paybackMonths(investmentPresentValue, lastYear >= 1 ? yearValues[1] : BigDecimal.ZERO),
                investmentPresentValue,
                List.copyOf(years),
                List.copyOf(outcomeResults),
                stakeholders(outcomeResults, totalPresentValue),
                null,
                null);
    }

    /** Year-1 impact; drop-off from the outcome's second year; each value discounted in its calendar year. */
    private static OutcomeResult calculateOutcome(Outcome outcome, DiscountSchedule schedule,
            BigDecimal[] yearValues, BigDecimal[] yearPresentValues) {
        BigDecimal impact = impactYear1(outcome);
        BigDecimal retained = BigDecimal.ONE.subtract(outcome.dropOff());
        BigDecimal value = impact;
        BigDecimal presentValue = BigDecimal.ZERO;
        List<YearValue> values = new ArrayList<>(outcome.durationYears());
        for (int k = 1; k <= outcome.durationYears(); k++) {
            int year = outcome.startYear() + k - 1;
            BigDecimal discounted = value.divide(schedule.factor(year), MC);
            values.add(new YearValue(year, value, discounted));
            yearValues[year] = yearValues[year].add(value);
            yearPresentValues[year] = yearPresentValues[year].add(discounted);
            presentValue = presentValue.add(discounted);
            value = value.multiply(retained, MC);
        }
        return new OutcomeResult(outcome.name(), stakeholderName(outcome), impact, presentValue, List.copyOf(values));
    }

    static BigDecimal impactYear1(Outcome outcome) {
        return outcome.quantity()
                .multiply(outcome.proxyValue(), MC)
                .multiply(BigDecimal.ONE.subtract(outcome.deadweight()), MC)
                .multiply(BigDecimal.ONE.subtract(outcome.displacement()), MC)
                .multiply(BigDecimal.ONE.subtract(outcome.attribution()), MC);
    }

    static BigDecimal investmentPresentValue(List<Investment> investments, DiscountSchedule schedule) {
        BigDecimal total = BigDecimal.ZERO;
        for (Investment investment : investments) {
            total = total.add(investment.amount().divide(schedule.factor(investment.year()), MC));
        }
        return total;
    }

    /** Months of year-1 value needed to repay the investment's present value; null when year 1 has none. */
    private static BigDecimal paybackMonths(BigDecimal investmentPresentValue, BigDecimal valueInYear1) {
        if (valueInYear1.signum() == 0) {
            return null;
        }
        return investmentPresentValue.multiply(MONTHS_PER_YEAR, MC).divide(valueInYear1, MC);
    }

    private static List<StakeholderResult> stakeholders(List<OutcomeResult> outcomes, BigDecimal totalPresentValue) {
        Map<String, BigDecimal> byStakeholder = new LinkedHashMap<>();
        for (OutcomeResult outcome : outcomes) {
            byStakeholder.merge(outcome.stakeholder(), outcome.presentValue(), BigDecimal::add);
        }
        List<StakeholderResult> results = new ArrayList<>(byStakeholder.size());
        byStakeholder.forEach((name, presentValue) -> results.add(new StakeholderResult(name, presentValue,
                totalPresentValue.signum() == 0 ? BigDecimal.ZERO : presentValue.divide(totalPresentValue, MC))));
        return List.copyOf(results);
    }

    static String stakeholderName(Outcome outcome) {
        return outcome.stakeholder() == null || outcome.stakeholder().isBlank()
                ? SroiEngine.UNNAMED_STAKEHOLDER : outcome.stakeholder();
    }

    private static BigDecimal[] zeros(int length) {
        BigDecimal[] values = new BigDecimal[length];
        java.util.Arrays.fill(values, BigDecimal.ZERO);
        return values;
    }
}
