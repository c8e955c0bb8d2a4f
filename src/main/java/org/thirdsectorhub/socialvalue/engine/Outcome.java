package org.thirdsectorhub.socialvalue.engine;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One outcome row of the impact map. Fractions are 0–1. Missing deductions (deadweight, displacement,
 * attribution, drop-off) default to 0 and a missing start year to 1; missing maps to empty.
 *
 * @param name what changes, e.g. "Improved wellbeing"
 * @param stakeholder who experiences the change
 * @param indicator how the change is measured (optional, descriptive)
 * @param quantity how many experience the change
 * @param proxyValue the financial proxy's value per unit
 * @param proxySource where the proxy comes from (optional, descriptive)
 * @param proxyId the proxy library entry the value came from (optional)
 * @param durationYears how many years the outcome lasts, 1–50
 * @param startYear the calendar year of the analysis in which the outcome first occurs, 1–50
 * @param deadweight share that would have happened anyway
 * @param displacement share that displaces other outcomes
 * @param attribution share owed to others' contribution
 * @param dropOff yearly decline after the outcome's first year
 * @param uncertainty distributions keyed by {@link OutcomeParameter#fieldName()}, for Monte Carlo and sensitivity ranges
 * @param evidence evidence grades keyed by {@link OutcomeParameter#fieldName()}
 */
public record Outcome(
        String name,
        String stakeholder,
        String indicator,
        BigDecimal quantity,
        BigDecimal proxyValue,
        String proxySource,
        String proxyId,
        Integer durationYears,
        Integer startYear,
        BigDecimal deadweight,
        BigDecimal displacement,
        BigDecimal attribution,
        BigDecimal dropOff,
        Map<String, Distribution> uncertainty,
        Map<String, EvidenceGrade> evidence) {

    public Outcome {
        startYear = startYear == null ? 1 : startYear;
        deadweight = deadweight == null ? BigDecimal.ZERO : deadweight;
        displacement = displacement == null ? BigDecimal.ZERO : displacement;
        attribution = attribution == null ? BigDecimal.ZERO : attribution;
        dropOff = dropOff == null ? BigDecimal.ZERO : dropOff;
        // Map.copyOf would throw on a JSON null; validation reports those instead.
        uncertainty = uncertainty == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(uncertainty));
        evidence = evidence == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }

    /**
     * An outcome starting in year 1 with no descriptive fields, uncertainty or evidence grades.
     *
     * @return the outcome
     */
    public static Outcome of(String name, String stakeholder, BigDecimal quantity, BigDecimal proxyValue,
            int durationYears, BigDecimal deadweight, BigDecimal displacement, BigDecimal attribution,
            BigDecimal dropOff) {
        return new Outcome(name, stakeholder, null, quantity, proxyValue, null, null, durationYears, 1,
                deadweight, displacement, attribution, dropOff, null, null);
    }

    /**
     * The current value of one assumption.
     *
     * @param parameter which assumption
     * @return its value (duration as a whole number)
     */
    public BigDecimal value(OutcomeParameter parameter) {
        return switch (parameter) {
            case QUANTITY -> quantity;
            case PROXY_VALUE -> proxyValue;
            case DEADWEIGHT -> deadweight;
            case DISPLACEMENT -> displacement;
            case ATTRIBUTION -> attribution;
            case DROP_OFF -> dropOff;
            case DURATION_YEARS -> durationYears == null ? null : BigDecimal.valueOf(durationYears);
        };
    }

    /**
     * A copy with one assumption replaced, e.g. to recompute the ratio at a break-even value.
     *
     * @param parameter which assumption
     * @param value the new value (duration must be a whole number)
     * @return the copy
     */
    public Outcome with(OutcomeParameter parameter, BigDecimal value) {
        return new Outcome(name, stakeholder, indicator,
                parameter == OutcomeParameter.QUANTITY ? value : quantity,
                parameter == OutcomeParameter.PROXY_VALUE ? value : proxyValue,
                proxySource, proxyId,
                parameter == OutcomeParameter.DURATION_YEARS ? value.intValueExact() : durationYears,
                startYear,
                parameter == OutcomeParameter.DEADWEIGHT ? value : deadweight,
                parameter == OutcomeParameter.DISPLACEMENT ? value : displacement,
                parameter == OutcomeParameter.ATTRIBUTION ? value : attribution,
                parameter == OutcomeParameter.DROP_OFF ? value : dropOff,
                uncertainty, evidence);
    }

    /** @return a copy starting in the given calendar year */
    public Outcome withStartYear(int year) {
        return new Outcome(name, stakeholder, indicator, quantity, proxyValue, proxySource, proxyId,
                durationYears, year, deadweight, displacement, attribution, dropOff, uncertainty, evidence);
    }

    /** @return a copy whose given assumption carries the distribution (replacing any earlier one) */
    public Outcome withUncertainty(OutcomeParameter parameter, Distribution distribution) {
        Map<String, Distribution> copy = new LinkedHashMap<>(uncertainty);
        copy.put(parameter.fieldName(), distribution);
        return new Outcome(name, stakeholder, indicator, quantity, proxyValue, proxySource, proxyId,
                durationYears, startYear, deadweight, displacement, attribution, dropOff, copy, evidence);
    }

    /** @return the distribution of the given assumption, or null when it is certain */
    public Distribution uncertaintyOf(OutcomeParameter parameter) {
        return uncertainty.get(parameter.fieldName());
    }
}
