package org.thirdsectorhub.opportunities.round;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A grant round or a tender as stored, with its criteria. */
public record Round(UUID id, String reference, String kind, UUID exercise, UUID ownerOrganisation, String ownerName,
        String title, String summary, String description, String eligibility, BigDecimal totalBudget,
        BigDecimal minimumAward, BigDecimal maximumAward, String procurementCategory, String procurementMethod,
        boolean suitableForSme, boolean suitableForVcse, List<String> wardCodes, Instant opensAt,
        Instant clarificationsCloseAt, Instant closesAt, LocalDate decisionExpectedOn, LocalDate startsOn,
        LocalDate endsOn, String storedStatus, Instant publishedAt, Instant cancelledAt, String cancelReason,
        List<Criterion> criteria) {

    public boolean grantRound() {
        return "GRANT_ROUND".equals(kind);
    }

    /** The status as of now: an open opportunity whose deadline has passed is closed, whatever is stored. */
    public String status(Instant now) {
        if ("OPEN".equals(storedStatus) && closesAt != null && !now.isBefore(closesAt)) {
            return "CLOSED";
        }
        return storedStatus;
    }

    public boolean published() {
        return publishedAt != null;
    }

    public boolean acceptsApplications(Instant now) {
        return "OPEN".equals(status(now)) && (opensAt == null || !now.isBefore(opensAt));
    }

    public boolean acceptsQuestions(Instant now) {
        return acceptsApplications(now) && (clarificationsCloseAt == null || now.isBefore(clarificationsCloseAt));
    }

    /** Whether the commissioner may still change it. */
    public boolean editable(Instant now) {
        String status = status(now);
        return "DRAFT".equals(status) || "OPEN".equals(status);
    }

    public boolean hasSocialValueCriterion() {
        return criteria.stream().anyMatch(Criterion::socialValue);
    }

    public int totalWeight() {
        return criteria.stream().mapToInt(Criterion::weight).sum();
    }

    /** Message keys naming what must be filled in before it can be published. */
    public List<String> missingForPublication(Instant now) {
        List<String> missing = new ArrayList<>();
        if (blank(summary)) {
            missing.add("opportunities.publish.missing.summary");
        }
        if (blank(description)) {
            missing.add("opportunities.publish.missing.description");
        }
        if (blank(eligibility)) {
            missing.add("opportunities.publish.missing.eligibility");
        }
        if (totalBudget == null) {
            missing.add("opportunities.publish.missing.budget");
        }
        if (closesAt == null) {
            missing.add("opportunities.publish.missing.closes");
        } else if (!closesAt.isAfter(now)) {
            missing.add("opportunities.publish.missing.closesPast");
        }
        if (criteria.isEmpty()) {
            missing.add("opportunities.publish.missing.criteria");
        } else if (totalWeight() != 100) {
            missing.add("opportunities.publish.missing.weights");
        }
        return missing;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** What applications are scored against. */
    public record Criterion(int position, String title, String guidance, int weight, boolean socialValue) {}
}
