package org.thirdsectorhub.socialvalue.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.thirdsectorhub.socialvalue.engine.TestInputs.d;
import static org.thirdsectorhub.socialvalue.engine.TestInputs.input;
import static org.thirdsectorhub.socialvalue.engine.TestInputs.outcome;
import static org.thirdsectorhub.socialvalue.engine.TestInputs.randomInput;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SensitivityAnalysisTest {

    private static final BigDecimal TOLERANCE = new BigDecimal("1e-9");
    private final SroiEngine engine = new SroiEngine();

    @Test
    void everyAssumptionOfEveryOutcomeAndTheInvestmentGetsARowInOrder() {
        SroiInput input = input("50000", outcome("40", "2500", 3, "0.25", "0", "0.1", "0.2"),
                outcome("10", "1000", 2)).withAnalyses(true, null);

        List<SensitivityResult> rows = engine.calculate(input).sensitivity();

        assertThat(rows).extracting(SensitivityResult::parameter).containsExactly(
                "outcomes[0].quantity", "outcomes[0].proxyValue", "outcomes[0].deadweight", "outcomes[0].displacement",
                "outcomes[0].attribution", "outcomes[0].dropOff", "outcomes[0].durationYears",
                "outcomes[1].quantity", "outcomes[1].proxyValue", "outcomes[1].deadweight", "outcomes[1].displacement",
                "outcomes[1].attribution", "outcomes[1].dropOff", "outcomes[1].durationYears",
                "investment");
    }

    @Test
    void defaultRangesAreTwentyPercentForAmountsTenPointsForFractionsAndAYearForDuration() {
        SroiInput input = input("50000", outcome("40", "2500", 1, "0.25", "0.05", "0.95", "0.2"))
                .withAnalyses(true, null);

        Map<String, SensitivityResult> rows = byParameter(engine.calculate(input).sensitivity());

        assertRange(rows.get("outcomes[0].quantity"), "32", "48");
        assertRange(rows.get("outcomes[0].proxyValue"), "2000", "3000");
        assertRange(rows.get("outcomes[0].deadweight"), "0.15", "0.35");
        assertRange(rows.get("outcomes[0].displacement"), "0", "0.15");
        assertRange(rows.get("outcomes[0].attribution"), "0.85", "1");
        assertRange(rows.get("outcomes[0].durationYears"), "1", "2");
        assertRange(rows.get("investment"), "40000", "60000");
    }

    @Test
    void distributionBoundsReplaceTheDefaultRange() {
        Outcome outcome = outcome("40", "2500", 3, "0.25", "0", "0.1", "0.2")
                .withUncertainty(OutcomeParameter.DEADWEIGHT, Distribution.triangular(d("0.1"), d("0.25"), d("0.5")))
                .withUncertainty(OutcomeParameter.PROXY_VALUE, Distribution.uniform(d("2000"), d("3500")))
                .withUncertainty(OutcomeParameter.DURATION_YEARS, Distribution.pert(d("1.6"), d("3"), d("5.4")))
                .withUncertainty(OutcomeParameter.ATTRIBUTION, Distribution.normal(d("0.1"), d("0.1")));

        Map<String, SensitivityResult> rows = byParameter(engine.calculate(input("50000", outcome)
                .withAnalyses(true, null)).sensitivity());

        assertRange(rows.get("outcomes[0].deadweight"), "0.1", "0.5");
        assertRange(rows.get("outcomes[0].proxyValue"), "2000", "3500");
        assertRange(rows.get("outcomes[0].durationYears"), "2", "5");
        // Normal: mean ± 1.645 sd = 0.1 ± 0.1645, clamped at 0.
        assertRange(rows.get("outcomes[0].attribution"), "0", "0.2645");
    }

    @Test
    void ratiosAtLowAndHighMatchAFullRecalculation() {
        SroiInput input = input("50000", outcome("40", "2500", 3, "0.25", "0", "0.1", "0.2"),
                outcome("10", "1000", 2, "0.5", "0.1", "0", "0.3").withStartYear(2));
        List<SensitivityResult> rows = engine.calculate(input.withAnalyses(true, null)).sensitivity();

        for (SensitivityResult row : rows.subList(0, rows.size() - 1)) {
            assertThat(row.ratioAtLow()).isCloseTo(ratioWith(input, row.parameter(), row.low()), within(TOLERANCE));
            assertThat(row.ratioAtHigh()).isCloseTo(ratioWith(input, row.parameter(), row.high()), within(TOLERANCE));
        }
    }

    @Test
    void breakEvenValuesGiveARatioOfOneWhenRecalculated() {
        Random random = new Random(11);
        int checked = 0;
        for (int run = 0; run < 200; run++) {
            SroiInput input = randomInput(random);
            for (SensitivityResult row : engine.calculate(input.withAnalyses(true, null)).sensitivity()) {
                if (row.breakEven() == null || row.parameter().endsWith("durationYears")) {
                    continue;
                }
                BigDecimal ratio = row.parameter().equals("investment")
                        ? ratioWithTotalInvestment(input, row.breakEven())
                        : ratioWith(input, row.parameter(), row.breakEven());
                assertThat(ratio).as(row.parameter()).isCloseTo(BigDecimal.ONE, within(TOLERANCE));
                checked++;
            }
        }
        assertThat(checked).as("break-even values found").isGreaterThan(300);
    }

    @Test
    void breakEvenDurationIsTheShortestWholeNumberOfYearsReachingARatioOfOne() {
        // £10,000 a year undiscounted against £25,000: 2 years give 0.8, 3 years give 1.2, so 3.
        SroiInput input = input("25000", outcome("100", "100", 5)).withDiscountRates(BigDecimal.ZERO, null);

        SensitivityResult row = byParameter(engine.calculate(input.withAnalyses(true, null)).sensitivity())
                .get("outcomes[0].durationYears");

        assertThat(row.breakEven()).isEqualByComparingTo("3");
        assertThat(ratioWith(input, row.parameter(), d("3"))).isGreaterThanOrEqualTo(BigDecimal.ONE);
        assertThat(ratioWith(input, row.parameter(), d("2"))).isLessThan(BigDecimal.ONE);
    }

    @Test
    void breakEvenIsNullWhenNoValueInTheValidRangeReachesOne() {
        // The second outcome alone is worth 3 × the investment, so no deadweight on the first brings the ratio to 1;
        // and a single-year outcome's drop-off changes nothing.
        SroiInput input = input("1000", outcome("1", "500", 1, "0.2", "0", "0", "0.5"), outcome("30", "100", 1))
                .withDiscountRates(BigDecimal.ZERO, null);

        Map<String, SensitivityResult> rows = byParameter(engine.calculate(input.withAnalyses(true, null)).sensitivity());

        assertThat(rows.get("outcomes[0].deadweight").breakEven()).isNull();
        assertThat(rows.get("outcomes[0].quantity").breakEven()).isNull();
        assertThat(rows.get("outcomes[0].dropOff").breakEven()).isNull();
        assertThat(rows.get("outcomes[0].durationYears").breakEven()).isNull();
        // The investment can always rise until the ratio is 1: total PV 500 × 0.8 + 3,000 = 3,400.
        assertThat(rows.get("investment").breakEven()).isCloseTo(d("3400"), within(TOLERANCE));
    }

    @Test
    void deductionBreakEvenIsSolvedExactly() {
        // Undiscounted: 100 × £100 × (1 − dw) = 5,000 when dw = 0.5.
        SroiInput input = input("5000", outcome("100", "100", 1, "0.2", "0", "0", "0"))
                .withDiscountRates(BigDecimal.ZERO, null);

        Map<String, SensitivityResult> rows = byParameter(engine.calculate(input.withAnalyses(true, null)).sensitivity());

        assertThat(rows.get("outcomes[0].deadweight").breakEven()).isCloseTo(d("0.5"), within(TOLERANCE));
        assertThat(rows.get("outcomes[0].quantity").breakEven()).isCloseTo(d("62.5"), within(TOLERANCE));
        assertThat(rows.get("outcomes[0].proxyValue").breakEven()).isCloseTo(d("62.5"), within(TOLERANCE));
    }

    private BigDecimal ratioWith(SroiInput input, String parameter, BigDecimal value) {
        int index = Integer.parseInt(parameter.substring(parameter.indexOf('[') + 1, parameter.indexOf(']')));
        OutcomeParameter which = OutcomeParameter.fromFieldName(parameter.substring(parameter.indexOf('.') + 1)).orElseThrow();
        Outcome changed = input.outcomes().get(index).with(which, value);
        return engine.calculate(SroiPropertiesTest.withOutcome(input, index, changed)).ratio();
    }

    private BigDecimal ratioWithTotalInvestment(SroiInput input, BigDecimal total) {
        List<Investment> schedule = input.investmentSchedule();
        BigDecimal current = schedule.stream().map(Investment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal factor = total.divide(current, MathContext.DECIMAL128);
        return engine.calculate(input.withInvestments(schedule.stream()
                .map(i -> Investment.of(i.year(), i.amount().multiply(factor))).toList())).ratio();
    }

    private static void assertRange(SensitivityResult row, String low, String high) {
        assertThat(row.low()).as(row.parameter() + " low").isEqualByComparingTo(low);
        assertThat(row.high()).as(row.parameter() + " high").isEqualByComparingTo(high);
    }

    private static Map<String, SensitivityResult> byParameter(List<SensitivityResult> rows) {
        return rows.stream().collect(Collectors.toMap(SensitivityResult::parameter, Function.identity()));
    }
}
