package org.thirdsectorhub.opportunities;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything an organisation has put into an application or bid: answers, budget with its overhead
 * share, SROI forecast and attachments.
 */
public record ApplicationView(UUID id, String reference, UUID opportunity, String opportunityReference,
        String opportunityTitle, UUID organisation, String organisationName, String title, ApplicationAnswers answers,
        BigDecimal amountRequested, List<BudgetLine> budget, SroiForecast sroiForecast,
        List<AttachmentInfo> attachments, String status, Instant submittedAt, String submittedBy, Instant updatedAt) {

    public boolean draft() {
        return "DRAFT".equals(status);
    }

    public BigDecimal budgetTotal() {
        return budget.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal directCosts() {
        return budget.stream().filter(line -> !line.overhead()).map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal overheads() {
        return budget.stream().filter(BudgetLine::overhead).map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Overheads as a percentage of the whole budget, to one decimal place; zero for an empty budget. */
    public BigDecimal overheadShare() {
        BigDecimal total = budgetTotal();
        if (total.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return overheads().multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP);
    }
}
