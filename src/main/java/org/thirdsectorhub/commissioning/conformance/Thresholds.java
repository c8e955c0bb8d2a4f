package org.thirdsectorhub.commissioning.conformance;

import java.math.BigDecimal;

/**
 * The numbers the rules judge by. They are data, kept and versioned by the hub, so a partnership can
 * agree its own and a past judgement can be recomputed with the thresholds of its day.
 */
public record Thresholds(
        int consultationWeeks,
        int fundingNoticeMonths,
        int multiYearFundingYears,
        int preMarketEngagementWeeksBeforeRoute,
        BigDecimal smallOrganisationIncome,
        BigDecimal lightMonitoringBelow,
        BigDecimal quarterlyMonitoringFrom,
        BigDecimal visitFrom,
        int applicationHoursPerTenThousandPounds,
        int paymentGraceDays) {

    /** The defaults from the Compact and the domain notes: 12 weeks, 3 months, 3 years, £2k/£20k/£200k tiers. */
    public static Thresholds defaults() {
        return new Thresholds(12, 3, 3, 12, new BigDecimal("100000"), new BigDecimal("2000"), new BigDecimal("20000"),
                new BigDecimal("200000"), 4, 0);
    }
}
