package org.thirdsectorhub.opportunities.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The decision on an application, with its reasons and, for an unsuccessful one, feedback to the applicant. */
public record Decision(UUID application, String outcome, BigDecimal amountAwarded, String reasons, String feedback,
        UUID award, String decidedBy, Instant decidedAt) {

    public static final String SUCCESSFUL = "SUCCESSFUL";
    public static final String UNSUCCESSFUL = "UNSUCCESSFUL";

    public boolean successful() {
        return SUCCESSFUL.equals(outcome);
    }
}
