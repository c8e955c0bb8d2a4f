package org.thirdsectorhub.opportunities.assessment;

import java.math.BigDecimal;
import java.util.List;
import org.thirdsectorhub.socialvalue.engine.SroiInput;

/**
 * The applicant's SROI forecast as stored with the application: the engine's input and the ratio the
 * applicant got. {@code input} is null when the stored forecast cannot be recalculated.
 */
public record SroiForecast(BigDecimal ratio, BigDecimal investment, List<String> outcomes, SroiInput input) {

    public boolean checkable() {
        return input != null && !input.outcomes().isEmpty();
    }
}
