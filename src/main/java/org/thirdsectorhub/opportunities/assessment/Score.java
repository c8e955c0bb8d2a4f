package org.thirdsectorhub.opportunities.assessment;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One assessor's score against one criterion. The SROI fields are set when the assessor checked the
 * applicant's forecast with their own deductions (fractions).
 */
public record Score(UUID criterion, int score, String comment, BigDecimal checkedRatio, BigDecimal deadweight,
        BigDecimal attribution, BigDecimal dropOff) {

    public static Score of(UUID criterion, int score, String comment) {
        return new Score(criterion, score, comment, null, null, null, null);
    }
}
