package org.thirdsectorhub.opportunities;

import java.math.BigDecimal;
import java.util.UUID;

/** One line of an application's budget: a DIRECT cost or a share of OVERHEAD (full cost recovery). */
public record BudgetLine(UUID id, String category, String description, BigDecimal amount) {

    public boolean overhead() {
        return "OVERHEAD".equals(category);
    }
}
