package org.thirdsectorhub.opendata.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One grant or contract award read from another publisher's file, as given, with the identifiers its
 * recipient may be found by in the register (org-ids first, then registration numbers).
 */
public record FundingRecord(String kind, String sourceKey, String recordId, String awardId, String publisher,
        String title, BigDecimal amount, String currency, LocalDate awardedOn, String funderName, String funderOrgId,
        String recipientName, String recipientOrgId, List<Candidate> candidates) {

    public static final String GRANT = "GRANT";
    public static final String CONTRACT = "CONTRACT";

    /** An identifier to look the recipient up by: an org-id (scheme null) or a number in a scheme. */
    public record Candidate(String scheme, String value) {

        public static Candidate orgId(String orgId) {
            return new Candidate(null, orgId);
        }
    }
}
