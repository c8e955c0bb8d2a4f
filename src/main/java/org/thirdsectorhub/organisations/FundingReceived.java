package org.thirdsectorhub.organisations;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A grant or contract an organisation received, as shown on its public page: from the hub's own awards or
 * from another publisher's open data.
 */
public record FundingReceived(String funderName, String funderOrgId, String title, BigDecimal amount, String currency,
        LocalDate awardedOn, String kind, String source, String href) {}
