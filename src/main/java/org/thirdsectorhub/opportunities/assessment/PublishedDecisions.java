package org.thirdsectorhub.opportunities.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the public sees of a round's decisions: who was funded, how much and why; the rest only as counts. */
public record PublishedDecisions(Round round, List<Funded> funded, int applications, int unsuccessful,
        BigDecimal totalAwarded, Instant publishedAt) {

    public record Funded(UUID organisation, String organisationName, String title, BigDecimal amount, String reasons,
            UUID award) {}
}
