package org.thirdsectorhub.socialvalue.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.socialvalue.engine.CalculationOptions;
import org.thirdsectorhub.socialvalue.engine.Distribution;
import org.thirdsectorhub.socialvalue.engine.EvidenceGrade;
import org.thirdsectorhub.socialvalue.engine.ImpactInput;
import org.thirdsectorhub.socialvalue.engine.ImpactMap;
import org.thirdsectorhub.socialvalue.engine.MonteCarloSettings;
import org.thirdsectorhub.socialvalue.engine.Outcome;
import org.thirdsectorhub.socialvalue.engine.OutcomeParameter;
import org.thirdsectorhub.socialvalue.engine.SroiEngine;
import org.thirdsectorhub.socialvalue.engine.SroiResult;
import org.thirdsectorhub.socialvalue.engine.Stakeholder;

/**
 * Calculates an analysis with the engine. The hub's question pages ask for an evidence grade rather than
 * a distribution for each assumption, so the Monte Carlo simulation derives one from the grade: a
 * triangular distribution around the central value whose width grows as the evidence weakens
 * (amounts ±10 / ±25 / ±50 %, fractions ±0.05 / ±0.10 / ±0.20 for strong / medium / weak; ungraded
 * counts as medium). The same ranges drive the tornado.
 */
@Component
public class AnalysisCalculation {

    public static final long SEED = 2026L;
    public static final int ITERATIONS = MonteCarloSettings.DEFAULT_ITERATIONS;
    private static final List<OutcomeParameter> VARIED = List.of(OutcomeParameter.QUANTITY, OutcomeParameter.PROXY_VALUE,
            OutcomeParameter.DEADWEIGHT, OutcomeParameter.DISPLACEMENT, OutcomeParameter.ATTRIBUTION,
            OutcomeParameter.DROP_OFF);

    private final SroiEngine engine = new SroiEngine();

    /** The full calculation: figures, tornado and Monte Carlo. */
    public SroiResult calculate(AnalysisDocument document) {
        return engine.calculate(impactMap(document),
                new CalculationOptions(document.discountRate(), null, true, new MonteCarloSettings(ITERATIONS, SEED)));
    }

    /** The figures only, for lists. */
    public SroiResult figures(AnalysisDocument document) {
        return engine.calculate(impactMap(document),
                new CalculationOptions(document.discountRate(), null, false, null));
    }

    public ImpactMap impactMap(AnalysisDocument document) {
        List<Stakeholder> stakeholders = document.stakeholders().stream()
                .map(s -> new Stakeholder(s.name(), s.description())).toList();
        List<ImpactInput> inputs = document.inputs().stream()
                .map(i -> new ImpactInput(i.description(), i.stakeholder(), i.kind(), i.year(), i.amount(), i.hours(),
                        i.hourlyRate()))
                .toList();
        List<Outcome> outcomes = new ArrayList<>();
        for (AnalysisDocument.OutcomeEntry entry : document.outcomes()) {
            Outcome outcome = new Outcome(entry.name(), entry.stakeholder(), entry.indicator(), entry.quantity(),
                    entry.proxyValue(), entry.proxySource(), entry.proxyId(), entry.durationYears(), entry.startYear(),
                    entry.deadweight(), entry.displacement(), entry.attribution(), entry.dropOff(), Map.of(),
                    entry.evidence());
            for (OutcomeParameter parameter : VARIED) {
                Distribution distribution = distribution(parameter, outcome.value(parameter),
                        entry.evidenceFor(parameter.fieldName()));
                if (distribution != null) {
                    outcome = outcome.withUncertainty(parameter, distribution);
                }
            }
            outcomes.add(outcome);
        }
        return new ImpactMap(stakeholders, inputs, List.of(), outcomes);
    }

    static Distribution distribution(OutcomeParameter parameter, BigDecimal central, EvidenceGrade grade) {
        if (central == null || central.signum() < 0) {
            return null;
        }
        EvidenceGrade effective = grade == null ? EvidenceGrade.MEDIUM : grade;
        BigDecimal min;
        BigDecimal max;
        if (parameter.kind() == OutcomeParameter.Kind.AMOUNT) {
            BigDecimal step = switch (effective) {
                case STRONG -> new BigDecimal("0.10");
                case MEDIUM -> new BigDecimal("0.25");
                case WEAK -> new BigDecimal("0.50");
            };
            min = central.multiply(BigDecimal.ONE.subtract(step));
            max = central.multiply(BigDecimal.ONE.add(step));
        } else {
            BigDecimal step = switch (effective) {
                case STRONG -> new BigDecimal("0.05");
                case MEDIUM -> new BigDecimal("0.10");
                case WEAK -> new BigDecimal("0.20");
            };
            min = central.subtract(step).max(BigDecimal.ZERO);
            max = central.add(step).min(BigDecimal.ONE);
        }
        if (min.compareTo(max) >= 0 || central.compareTo(min) < 0 || central.compareTo(max) > 0) {
            return null;
        }
        return Distribution.triangular(min.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros(), central,
                max.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros());
    }
}
