package org.thirdsectorhub.opportunities;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An applicant's own forecast of social return, as the SROI engine calculated it. Deadweight,
 * attribution and drop-off are percentages as the applicant gave them.
 */
public record SroiForecast(String outcome, BigDecimal people, BigDecimal proxyValue, BigDecimal deadweightPercent,
        BigDecimal attributionPercent, BigDecimal dropOffPercent, int durationYears, BigDecimal investment,
        BigDecimal ratio, BigDecimal presentValue, BigDecimal investmentPresentValue, BigDecimal netPresentValue,
        Instant calculatedAt) {}
