package org.thirdsectorhub.socialvalue.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * The figures for one outcome, in the order of the input.
 *
 * @param name the outcome's name
 * @param stakeholder the outcome's stakeholder
 * @param impactYear1 impact in the outcome's own first year (its start year):
 *     quantity × proxy × (1 − deadweight) × (1 − displacement) × (1 − attribution)
 * @param presentValue sum of the discounted yearly values
 * @param values the value in each calendar year in which the outcome lasts
 */
public record OutcomeResult(
        String name, String stakeholder, BigDecimal impactYear1, BigDecimal presentValue, List<YearValue> values) {
}
