package org.thirdsectorhub.socialvalue.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The tornado: every assumption of every outcome, then the investment, moved one at a time to its low
 * and high value (see {@link SensitivityRange}) with its break-even value (see {@link BreakEven}).
 */
final class SensitivityAnalysis {

    /** Name of the investment's row in the tornado. */
    static final String INVESTMENT = "investment";

    private SensitivityAnalysis() {
    }

    static List<SensitivityResult> analyse(SroiInput input, FastModel model) {
        List<SensitivityResult> results = new ArrayList<>(model.outcomeCount() * FastModel.PARAMETER_COUNT + 1);
        for (int i = 0; i < model.outcomeCount(); i++) {
            Outcome outcome = input.outcomes().get(i);
            for (OutcomeParameter parameter : OutcomeParameter.values()) {
                SensitivityRange range = SensitivityRange.of(parameter.kind(), outcome.value(parameter),
                        outcome.uncertaintyOf(parameter));
                results.add(new SensitivityResult(
                        "outcomes[" + i + "]." + parameter.fieldName(),
                        range.low(),
                        range.high(),
                        decimal(model.ratioWith(i, parameter, range.low().doubleValue())),
                        decimal(model.ratioWith(i, parameter, range.high().doubleValue())),
                        decimal(BreakEven.of(model, i, parameter))));
            }
        }
        results.add(investment(input.investmentSchedule(), model));
        return List.copyOf(results);
    }

    /**
     * Low and high are total undiscounted investments: each year at its distribution's bounds when any
     * year has one (years without keep their amount), otherwise every year ±20 %. The break-even scales
     * every year by the same factor.
     */
    private static SensitivityResult investment(List<Investment> schedule, FastModel model) {
        boolean anyUncertain = schedule.stream().anyMatch(i -> i.uncertainty() != null);
        double[] lowAmounts = new double[schedule.size()];
        double[] highAmounts = new double[schedule.size()];
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < schedule.size(); i++) {
            Investment investment = schedule.get(i);
            SensitivityRange range = anyUncertain && investment.uncertainty() == null
                    ? new SensitivityRange(investment.amount(), investment.amount())
                    : SensitivityRange.of(OutcomeParameter.Kind.AMOUNT, investment.amount(), investment.uncertainty());
            lowAmounts[i] = range.low().doubleValue();
            highAmounts[i] = range.high().doubleValue();
            low = low.add(range.low());
            high = high.add(range.high());
            total = total.add(investment.amount());
        }
        double totalPresentValue = model.totalPresentValue();
        double breakEven = totalPresentValue > 0 ? total.doubleValue() * model.ratio() : Double.NaN;
        return new SensitivityResult(INVESTMENT, low, high,
                decimal(totalPresentValue / model.investmentPresentValue(lowAmounts)),
                decimal(totalPresentValue / model.investmentPresentValue(highAmounts)),
                decimal(breakEven));
    }

    private static BigDecimal decimal(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value) : null;
    }
}
