package org.thirdsectorhub.socialvalue.engine;

import java.math.BigDecimal;

/**
 * What the activity produces, e.g. "12 training sessions"; descriptive, not valued.
 *
 * @param name what is produced
 * @param quantity how many
 * @param description detail
 */
public record Output(String name, BigDecimal quantity, String description) {
}
