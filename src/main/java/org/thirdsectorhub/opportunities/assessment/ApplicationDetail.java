package org.thirdsectorhub.opportunities.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** What an assessor reads: the answers, the budget and the applicant's own SROI forecast. */
public record ApplicationDetail(Submission submission, List<Answer> answers, List<BudgetLine> budget,
        SroiForecast forecast) {

    public record Answer(String question, String text) {}

    public record BudgetLine(String category, String description, BigDecimal amount) {

        public boolean overhead() {
            return "OVERHEAD".equals(category);
        }
    }

    public BigDecimal budgetTotal() {
        return budget.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal overheads() {
        return budget.stream().filter(BudgetLine::overhead).map(BudgetLine::amount).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }

    /** The overheads as a whole-number percentage of the budget, for full cost recovery; null without a budget. */
    public BigDecimal overheadShare() {
        BigDecimal total = budgetTotal();
        return total.signum() == 0 ? null
                : overheads().multiply(BigDecimal.valueOf(100)).divide(total, 0, RoundingMode.HALF_UP);
    }
}
