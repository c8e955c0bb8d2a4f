package org.thirdsectorhub.socialvalue.engine;

/**
 * The SROI calculation: stateless and thread-safe, so one instance can serve every caller.
 *
 * <p>Definitions the answer follows (Cabinet Office SROI guide):
 * <ul>
 *   <li>impact in an outcome's first year = quantity × proxy × (1 − deadweight) × (1 − displacement)
 *       × (1 − attribution); in its k-th year impact × (1 − drop-off)^(k−1), placed in calendar year
 *       startYear + k − 1;</li>
 *   <li>a value in calendar year t is discounted by (1+r)^t (with the optional lower rate after year 30);
 *       investment in year 0 is not discounted, in year k it is discounted by (1+r)^k;</li>
 *   <li>ratio = total PV ÷ investment PV; net ratio = NPV ÷ investment PV;</li>
 *   <li>payback in months = investment PV ÷ (undiscounted value in calendar year 1 ÷ 12), null when that
 *       value is zero.</li>
 * </ul>
 */
public final class SroiEngine {

    /** Stakeholder name for outcomes that have none. */
    public static final String UNNAMED_STAKEHOLDER = "Not specified";

    /**
     * Calculates the SROI, and the sensitivity analysis and Monte Carlo simulation when the input asks
     * for them.
     *
     * @param input the analysis
     * @return the figures; {@code sensitivity} and {@code monteCarlo} are null when not asked for
     * @throws SroiValidationException listing every invalid field
     */
    public SroiResult calculate(SroiInput input) {
        InputValidator.validate(input);
        DiscountSchedule schedule = new DiscountSchedule(input.discountRate(), input.discountRateAfterYear30(),
                DeterministicCalculator.MC);
        SroiResult result = DeterministicCalculator.calculate(input, schedule);
        if (!input.sensitivity() && input.monteCarlo() == null) {
            return result;
        }
        FastModel model = new FastModel(input, schedule);
        return result.withAnalyses(
                input.sensitivity() ? SensitivityAnalysis.analyse(input, model) : null,
                input.monteCarlo() == null ? null : MonteCarloSimulation.run(input, model, input.monteCarlo()));
    }

    /**
     * Calculates the SROI of an impact map: its inputs, summed per year, are the investment.
     *
     * @param map the impact map
     * @param options discount rates and the analyses wanted
     * @return the figures
     * @throws SroiValidationException listing every invalid field of the map's inputs and outcomes
     */
    public SroiResult calculate(ImpactMap map, CalculationOptions options) {
        ImpactMapValidator.validate(map);
        return calculate(map.toInput(options));
    }

    /**
     * Checks an input without calculating.
     *
     * @param input the analysis
     * @throws SroiValidationException listing every invalid field
     */
    public void validate(SroiInput input) {
        InputValidator.validate(input);
    }
}
