package org.thirdsectorhub.socialvalue.engine;

/**
 * Finds the value of one assumption at which the SROI ratio is exactly 1, all others held central.
 * Quantity and proxy value enter linearly, the three deductions as (1 − x): both are solved exactly.
 * Drop-off enters as a polynomial that falls as drop-off rises, so it is bisected. Duration is a whole
 * number of years: its break-even is the shortest duration at which the ratio reaches at least 1.
 * Each returns NaN when no value in the valid range reaches a ratio of exactly 1.
 */
final class BreakEven {

    private static final int BISECTION_STEPS = 80;

    private BreakEven() {
    }

    static double of(FastModel model, int outcome, OutcomeParameter parameter) {
        // The outcome's present value at which the ratio is 1: what the investment needs beyond the others.
        double needed = model.investmentPresentValue() - (model.totalPresentValue() - model.outcomePresentValue(outcome));
        return switch (parameter) {
            case QUANTITY, PROXY_VALUE -> proportional(model.presentValueWith(outcome, parameter, 1), needed);
            case DEADWEIGHT, DISPLACEMENT, ATTRIBUTION -> deduction(model.presentValueWith(outcome, parameter, 0), needed);
            case DROP_OFF -> dropOff(model, outcome, needed);
            case DURATION_YEARS -> duration(model, outcome);
        };
    }

    /** PV = v × perUnit, so v = needed / perUnit; no upper limit. */
    private static double proportional(double presentValuePerUnit, double needed) {
        if (presentValuePerUnit <= 0 || needed < 0) {
            return Double.NaN;
        }
        return needed / presentValuePerUnit;
    }

    /** PV = withoutDeduction × (1 − x), so x = 1 − needed / withoutDeduction, valid in [0, 1]. */
    private static double deduction(double withoutDeduction, double needed) {
        if (withoutDeduction <= 0) {
            return Double.NaN;
        }
        double x = 1 - needed / withoutDeduction;
        return x >= 0 && x <= 1 ? x : Double.NaN;
    }

    private static double dropOff(FastModel model, int outcome, double needed) {
        double atNone = model.presentValueWith(outcome, OutcomeParameter.DROP_OFF, 0) - needed;
        double atFull = model.presentValueWith(outcome, OutcomeParameter.DROP_OFF, 1) - needed;
        if (atNone < 0 || atFull > 0 || atNone == atFull) {
            return Double.NaN;
        }
        double low = 0;
        double high = 1;
        for (int step = 0; step < BISECTION_STEPS && high - low > 1e-15; step++) {
            double middle = (low + high) / 2;
            if (model.presentValueWith(outcome, OutcomeParameter.DROP_OFF, middle) - needed > 0) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return (low + high) / 2;
    }

    /**
     * The ratio never falls as duration grows, so the break-even is the shortest duration whose ratio is
     * at least 1; NaN when even the longest falls short, or when the shortest is already above 1.
     */
    private static double duration(FastModel model, int outcome) {
        for (int years = 1; years <= OutcomeParameter.MAX_YEARS; years++) {
            double ratio = model.ratioWith(outcome, OutcomeParameter.DURATION_YEARS, years);
            if (ratio >= 1) {
                return years == 1 && ratio > 1 ? Double.NaN : years;
            }
        }
        return Double.NaN;
    }
}
