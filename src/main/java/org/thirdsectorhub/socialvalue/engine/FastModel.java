package org.thirdsectorhub.socialvalue.engine;

import java.util.List;

/**
 * A double-precision copy of a validated input for the thousands of re-evaluations that sensitivity
 * and Monte Carlo need. Same formulas as {@link DeterministicCalculator}; BigDecimal there would make
 * 10,000 iterations of a large map take seconds instead of milliseconds.
 */
final class FastModel {

    static final int PARAMETER_COUNT = OutcomeParameter.values().length;
    private static final int QUANTITY = OutcomeParameter.QUANTITY.ordinal();
    private static final int PROXY_VALUE = OutcomeParameter.PROXY_VALUE.ordinal();
    private static final int DEADWEIGHT = OutcomeParameter.DEADWEIGHT.ordinal();
    private static final int DISPLACEMENT = OutcomeParameter.DISPLACEMENT.ordinal();
    private static final int ATTRIBUTION = OutcomeParameter.ATTRIBUTION.ordinal();
    private static final int DROP_OFF = OutcomeParameter.DROP_OFF.ordinal();
    private static final int DURATION_YEARS = OutcomeParameter.DURATION_YEARS.ordinal();

    private final double[] presentValueFactors;
    private final double[][] parameters;
    private final int[] startYears;
    private final int[] investmentYears;
    private final double[] investmentAmounts;
    private final double[] outcomePresentValues;
    private final double totalPresentValue;
    private final double investmentPresentValue;

    FastModel(SroiInput input, DiscountSchedule schedule) {
        presentValueFactors = schedule.presentValueFactors();
        List<Outcome> outcomes = input.outcomes();
        parameters = new double[outcomes.size()][PARAMETER_COUNT];
        startYears = new int[outcomes.size()];
        outcomePresentValues = new double[outcomes.size()];
        double total = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            for (OutcomeParameter parameter : OutcomeParameter.values()) {
                parameters[i][parameter.ordinal()] = outcomes.get(i).value(parameter).doubleValue();
            }
            startYears[i] = outcomes.get(i).startYear();
            outcomePresentValues[i] = presentValue(parameters[i], startYears[i]);
            total += outcomePresentValues[i];
        }
        totalPresentValue = total;
        List<Investment> investments = input.investmentSchedule();
        investmentYears = investments.stream().mapToInt(Investment::year).toArray();
        investmentAmounts = investments.stream().mapToDouble(i -> i.amount().doubleValue()).toArray();
        investmentPresentValue = investmentPresentValue(investmentAmounts);
    }

    int outcomeCount() {
        return parameters.length;
    }

    double totalPresentValue() {
        return totalPresentValue;
    }

    double investmentPresentValue() {
        return investmentPresentValue;
    }

    double ratio() {
        return totalPresentValue / investmentPresentValue;
    }

    double parameter(int outcome, OutcomeParameter parameter) {
        return parameters[outcome][parameter.ordinal()];
    }

    /** @return a copy of the outcome's central parameter values, indexed by {@link OutcomeParameter#ordinal()} */
    double[] parameters(int outcome) {
        return parameters[outcome].clone();
    }

    int startYear(int outcome) {
        return startYears[outcome];
    }

    double outcomePresentValue(int outcome) {
        return outcomePresentValues[outcome];
    }

    double[] investmentAmounts() {
        return investmentAmounts.clone();
    }

    /** @return the outcome's present value for parameter values indexed by {@link OutcomeParameter#ordinal()} */
    double presentValue(double[] values, int startYear) {
        return impactYear1(values) * discountedYears(values[DROP_OFF], (int) values[DURATION_YEARS], startYear);
    }

    /** @return quantity × proxy × (1 − deadweight) × (1 − displacement) × (1 − attribution) */
    static double impactYear1(double[] values) {
        return values[QUANTITY] * values[PROXY_VALUE] * (1 - values[DEADWEIGHT])
                * (1 - values[DISPLACEMENT]) * (1 - values[ATTRIBUTION]);
    }

    /** @return the outcome's present value per unit of year-1 impact at its central drop-off and duration */
    double discountedYears(int outcome) {
        double[] values = parameters[outcome];
        return discountedYears(values[DROP_OFF], (int) values[DURATION_YEARS], startYears[outcome]);
    }

    /** @return Σ (1−d)^(k−1) / (1+r)^(start+k−1) for k = 1..duration: present value per unit of year-1 impact */
    double discountedYears(double dropOff, int duration, int startYear) {
        double retained = 1 - dropOff;
        double share = 1;
        double sum = 0;
        for (int k = 0; k < duration; k++) {
            sum += share * presentValueFactors[startYear + k];
            share *= retained;
        }
        return sum;
    }

    /** @return the outcome's present value with one parameter replaced */
    double presentValueWith(int outcome, OutcomeParameter parameter, double value) {
        double[] values = parameters[outcome].clone();
        values[parameter.ordinal()] = value;
        return presentValue(values, startYears[outcome]);
    }

    /** @return the SROI ratio with one parameter of one outcome replaced, everything else central */
    double ratioWith(int outcome, OutcomeParameter parameter, double value) {
        double others = totalPresentValue - outcomePresentValues[outcome];
        return (others + presentValueWith(outcome, parameter, value)) / investmentPresentValue;
    }

    /** @return present value of investment amounts given in the order of the input's schedule */
    double investmentPresentValue(double[] amounts) {
        double total = 0;
        for (int i = 0; i < amounts.length; i++) {
            total += amounts[i] * presentValueFactors[investmentYears[i]];
        }
        return total;
    }
}
