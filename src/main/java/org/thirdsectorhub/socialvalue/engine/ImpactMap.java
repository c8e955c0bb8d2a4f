package org.thirdsectorhub.socialvalue.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The impact map: stakeholders, what they put in, what the activity produces and what changes.
 *
 * @param stakeholders who is involved
 * @param inputs what is put in; their values, summed per year, are the investment
 * @param outputs what is produced (descriptive)
 * @param outcomes what changes, valued by the calculation
 */
public record ImpactMap(
        List<Stakeholder> stakeholders, List<ImpactInput> inputs, List<Output> outputs, List<Outcome> outcomes) {

    public ImpactMap {
        stakeholders = stakeholders == null ? List.of() : List.copyOf(stakeholders);
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        outputs = outputs == null ? List.of() : List.copyOf(outputs);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }

    /** @return the inputs' values summed per year, earliest year first */
    public List<Investment> investments() {
        Map<Integer, BigDecimal> byYear = new TreeMap<>();
        for (ImpactInput input : inputs) {
            byYear.merge(input.year(), input.value(), BigDecimal::add);
        }
        List<Investment> investments = new ArrayList<>(byYear.size());
        byYear.forEach((year, amount) -> investments.add(Investment.of(year, amount)));
        return List.copyOf(investments);
    }

    /** @return the calculation input for this map */
    public SroiInput toInput(CalculationOptions options) {
        return new SroiInput(options.discountRate(), options.discountRateAfterYear30(), null, investments(),
                outcomes, options.sensitivity(), options.monteCarlo());
    }
}
