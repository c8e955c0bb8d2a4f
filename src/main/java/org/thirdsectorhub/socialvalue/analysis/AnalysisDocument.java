package org.thirdsectorhub.socialvalue.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.thirdsectorhub.socialvalue.engine.EvidenceGrade;
import org.thirdsectorhub.socialvalue.engine.InputKind;

/**
 * The content of one version of an analysis: its impact map, the settings of the calculation and the
 * analyst's notes on the seven principles. Stored as JSON, one document per version. Fractions are 0–1.
 *
 * @param description what the activity is and the period the analysis covers
 * @param priceYear the price year in which values are expressed; library proxies are rebased to it
 * @param discountRate yearly discount rate, default 3.5 %
 * @param stakeholders who is involved
 * @param inputs what is put in
 * @param outcomes what changes
 * @param principles the analyst's check against each principle, keyed by {@link Principle#name()}
 */
public record AnalysisDocument(
        String description,
        Integer priceYear,
        BigDecimal discountRate,
        List<StakeholderEntry> stakeholders,
        List<InputEntry> inputs,
        List<OutcomeEntry> outcomes,
        Map<String, PrincipleNote> principles) {

    public AnalysisDocument {
        description = description == null ? "" : description;
        stakeholders = stakeholders == null ? List.of() : List.copyOf(stakeholders);
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        principles = principles == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(principles));
    }

    public static AnalysisDocument empty(String description, int priceYear) {
        return new AnalysisDocument(description, priceYear, new BigDecimal("0.035"), null, null, null, null);
    }

    public AnalysisDocument withDetails(String newDescription, Integer newPriceYear, BigDecimal newDiscountRate) {
        return new AnalysisDocument(newDescription, newPriceYear, newDiscountRate, stakeholders, inputs, outcomes, principles);
    }

    public AnalysisDocument withStakeholders(UnaryOperator<List<StakeholderEntry>> change) {
        return new AnalysisDocument(description, priceYear, discountRate, change.apply(new ArrayList<>(stakeholders)),
                inputs, outcomes, principles);
    }

    public AnalysisDocument withInputs(UnaryOperator<List<InputEntry>> change) {
        return new AnalysisDocument(description, priceYear, discountRate, stakeholders,
                change.apply(new ArrayList<>(inputs)), outcomes, principles);
    }

    public AnalysisDocument withOutcomes(UnaryOperator<List<OutcomeEntry>> change) {
        return new AnalysisDocument(description, priceYear, discountRate, stakeholders, inputs,
                change.apply(new ArrayList<>(outcomes)), principles);
    }

    public AnalysisDocument withPrinciples(Map<String, PrincipleNote> newPrinciples) {
        return new AnalysisDocument(description, priceYear, discountRate, stakeholders, inputs, outcomes, newPrinciples);
    }

    /** @return the note on a principle, or an empty one */
    public PrincipleNote principle(Principle principle) {
        return principles.getOrDefault(principle.name(), new PrincipleNote(null, ""));
    }

    /** @return the total value of the inputs, undiscounted */
    public BigDecimal totalInputs() {
        return inputs.stream().map(InputEntry::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * A stakeholder.
     *
     * @param name e.g. "Older people living alone"
     * @param description who they are and how they were involved in the analysis
     */
    public record StakeholderEntry(String name, String description) {}

    /**
     * An input: money, in kind, or volunteer time (hours × hourly rate).
     *
     * @param description what is put in
     * @param stakeholder who puts it in
     * @param kind money, in kind or volunteer time
     * @param year 0 = up front, k = during year k
     * @param amount value of money and in-kind inputs
     * @param hours volunteer hours
     * @param hourlyRate value of a volunteer hour
     * @param rateSource where the hourly rate comes from
     */
    public record InputEntry(String description, String stakeholder, InputKind kind, int year, BigDecimal amount,
            BigDecimal hours, BigDecimal hourlyRate, String rateSource) {

        public BigDecimal value() {
            if (kind == InputKind.VOLUNTEER_TIME) {
                return hours == null || hourlyRate == null ? BigDecimal.ZERO : hours.multiply(hourlyRate);
            }
            return amount == null ? BigDecimal.ZERO : amount;
        }
    }

    /**
     * An outcome row. Evidence grades are keyed by the engine's parameter field names
     * ({@code quantity}, {@code proxyValue}, {@code deadweight}, …).
     *
     * @param name what changes
     * @param stakeholder who experiences it
     * @param indicator how the change is measured
     * @param quantity how many experience it
     * @param proxyValue value of one unit of the change
     * @param proxyUnit what one unit is, e.g. "per person per year"
     * @param proxySource where the value comes from
     * @param proxyId the library entry it came from, if any
     * @param durationYears how many years it lasts
     * @param startYear in which year of the analysis it starts
     * @param deadweight share that would have happened anyway
     * @param displacement share that displaces other outcomes
     * @param attribution share owed to others
     * @param dropOff yearly decline after the first year
     * @param evidence grade of the evidence for each assumption
     */
    public record OutcomeEntry(String name, String stakeholder, String indicator, BigDecimal quantity,
            BigDecimal proxyValue, String proxyUnit, String proxySource, String proxyId, int durationYears,
            int startYear, BigDecimal deadweight, BigDecimal displacement, BigDecimal attribution, BigDecimal dropOff,
            Map<String, EvidenceGrade> evidence) {

        public OutcomeEntry {
            evidence = evidence == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
        }

        public EvidenceGrade evidenceFor(String parameter) {
            return evidence.get(parameter);
        }

        /** @return a copy with another quantity, as when actual results replace forecast ones */
        public OutcomeEntry withQuantity(BigDecimal newQuantity) {
            return new OutcomeEntry(name, stakeholder, indicator, newQuantity, proxyValue, proxyUnit, proxySource,
                    proxyId, durationYears, startYear, deadweight, displacement, attribution, dropOff, evidence);
        }
    }

    /**
     * The analyst's check against one principle.
     *
     * @param status how far the analysis meets it, or null when not yet assessed
     * @param note what was done, or what is still to do
     */
    public record PrincipleNote(PrincipleStatus status, String note) {}

    /** How far an analysis meets a principle. */
    public enum PrincipleStatus {
        MET,
        PARTLY_MET,
        NOT_MET
    }
}
