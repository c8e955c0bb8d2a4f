package org.thirdsectorhub.opportunities.round;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** What starts an opportunity: its kind, its owner, and whatever a commissioning exercise already says. */
public record NewRound(String kind, UUID exercise, UUID ownerOrganisation, String ownerName, String title,
        BigDecimal totalBudget, List<String> wardCodes) {}
