package org.thirdsectorhub.commissioning.conformance;

import java.math.BigDecimal;

/** Proportionate monitoring, lightest first: each award's tier follows from its value. */
public enum MonitoringTier {
    END_OF_GRANT_FORM("an end-of-grant form"),
    LIGHT_SIX_MONTHLY("a light six-monthly return"),
    QUARTERLY_INDICATORS("quarterly indicators"),
    QUARTERLY_WITH_VISIT("quarterly indicators and a visit");

    private final String description;

    MonitoringTier(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public static MonitoringTier forAmount(BigDecimal amount, Thresholds thresholds) {
        if (amount.compareTo(thresholds.lightMonitoringBelow()) < 0) {
            return END_OF_GRANT_FORM;
        }
        if (amount.compareTo(thresholds.quarterlyMonitoringFrom()) < 0) {
            return LIGHT_SIX_MONTHLY;
        }
        return amount.compareTo(thresholds.visitFrom()) < 0 ? QUARTERLY_INDICATORS : QUARTERLY_WITH_VISIT;
    }
}
