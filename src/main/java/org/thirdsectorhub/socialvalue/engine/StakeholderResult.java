package org.thirdsectorhub.socialvalue.engine;

import java.math.BigDecimal;

/**
 * Present value accruing to one stakeholder, in order of first appearance among the outcomes.
 *
 * @param stakeholder the name (outcomes without one are grouped under {@link SroiEngine#UNNAMED_STAKEHOLDER})
 * @param presentValue sum of the present values of the stakeholder's outcomes
 * @param share fraction of the total present value (0 when the total is 0)
 */
public record StakeholderResult(String stakeholder, BigDecimal presentValue, BigDecimal share) {
}
