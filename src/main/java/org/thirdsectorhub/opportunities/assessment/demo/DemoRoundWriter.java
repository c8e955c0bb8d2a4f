package org.thirdsectorhub.opportunities.assessment.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.organisations.OrganisationSummary;

/** Writes demo rounds, criteria and submitted applications into the module's core tables. */
@Component
class DemoRoundWriter {

    private final JdbcClient jdbc;

    DemoRoundWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record RoundText(String reference, String title, String summary, String description, BigDecimal budget,
            BigDecimal minimum, BigDecimal maximum) {}

    record CriterionText(String title, String guidance, int weight, boolean socialValue) {}

    record ApplicationText(String title, String need, String delivery, String outcomes, BigDecimal staff,
            BigDecimal activities, BigDecimal overheads, int people, BigDecimal proxy, String outcome, String stakeholder) {

        BigDecimal requested() {
            return staff.add(activities).add(overheads);
        }
    }

    UUID round(RoundText text, OrganisationSummary owner, Instant opens, Instant closes, LocalDate startsOn,
            LocalDate endsOn, List<CriterionText> criteria) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO opportunities.opportunity (id, reference, kind, owner_organisation, owner_name, title, summary,
                    description, eligibility, total_budget, minimum_award, maximum_award, opens_at, closes_at,
                    decision_expected_on, starts_on, ends_on, status, published_at, created_by, created_at, updated_at)
                VALUES (?, ?, 'GRANT_ROUND', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'CLOSED', ?, 'demo data', ?, ?)""")
                .params(id, text.reference(), owner.id(), owner.name(), text.title(), text.summary(), text.description(),
                        "Voluntary and community groups, charities, community interest companies and social enterprises "
                                + "working in Milton Keynes.",
                        text.budget(), text.minimum(), text.maximum(), Timestamp.from(opens), Timestamp.from(closes),
                        startsOn.minusWeeks(3), startsOn, endsOn, Timestamp.from(opens), Timestamp.from(opens),
                        Timestamp.from(closes))
                .update();
        int position = 1;
        for (CriterionText criterion : criteria) {
            jdbc.sql("INSERT INTO opportunities.criterion (id, opportunity, position, title, guidance, weight, social_value) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), id, position++, criterion.title(), criterion.guidance(), criterion.weight(),
                            criterion.socialValue())
                    .update();
        }
        return id;
    }

    UUID application(UUID round, String reference, OrganisationSummary applicant, ApplicationText text, String submittedBy,
            Instant submitted) {
        UUID id = UUID.randomUUID();
        String answers = """
                {"need": %s, "delivery": %s, "outcomes": %s}""".formatted(quote(text.need()), quote(text.delivery()),
                quote(text.outcomes()));
        String forecast = """
                {"investment": %s, "discountRate": 0.035, "ratio": %s, "outcomes": [
                  {"name": %s, "stakeholder": %s, "quantity": %d, "proxyValue": %s, "durationYears": 2,
                   "deadweight": 0.2, "attribution": 0.15, "dropOff": 0.25}]}"""
                .formatted(text.requested().toPlainString(), ratio(text).toPlainString(), quote(text.outcome()),
                        quote(text.stakeholder()), text.people(), text.proxy().toPlainString());
        jdbc.sql("""
                INSERT INTO opportunities.application (id, opportunity, organisation, organisation_name, reference, title,
                    answers, amount_requested, sroi_forecast, status, submitted_at, submitted_by, created_by, created_at,
                    updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb, 'SUBMITTED', ?, ?, ?, ?, ?)""")
                .params(id, round, applicant.id(), applicant.name(), reference, text.title(), answers, text.requested(),
                        forecast, Timestamp.from(submitted), submittedBy, submittedBy, Timestamp.from(submitted.minusSeconds(86400 * 5)),
                        Timestamp.from(submitted))
                .update();
        budget(id, 1, "DIRECT", "Project coordinator (part time)", text.staff());
        budget(id, 2, "DIRECT", "Activities, venue hire and volunteer expenses", text.activities());
        budget(id, 3, "OVERHEAD", "Share of management, finance and premises costs", text.overheads());
        attachment(id, "budget-breakdown.csv", "text/csv", ("line,category,amount\n"
                + "Project coordinator (part time),DIRECT," + text.staff().toPlainString() + "\n"
                + "Activities and venue hire and volunteer expenses,DIRECT," + text.activities().toPlainString() + "\n"
                + "Share of management and finance and premises,OVERHEAD," + text.overheads().toPlainString() + "\n")
                .getBytes(StandardCharsets.UTF_8), submittedBy, submitted.minusSeconds(3600));
        return id;
    }

    /** As the applicant's attachments page would have stored it before the application was submitted. */
    private void attachment(UUID application, String fileName, String contentType, byte[] content, String by,
            Instant at) {
        jdbc.sql("""
                INSERT INTO opportunities.attachment (id, application, file_name, content_type, size_bytes, content,
                    uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), application, fileName, contentType, content.length, content, by,
                        Timestamp.from(at))
                .update();
    }

    /** The ratio the applicant's own calculation gave, roughly: two years of value after deductions over the cost. */
    private static BigDecimal ratio(ApplicationText text) {
        double year1 = text.people() * text.proxy().doubleValue() * 0.8 * 0.85;
        double pv = year1 / 1.035 + year1 * 0.75 / (1.035 * 1.035);
        return BigDecimal.valueOf(pv / text.requested().doubleValue()).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private void budget(UUID application, int position, String category, String description, BigDecimal amount) {
        jdbc.sql("INSERT INTO opportunities.budget_line (id, application, position, category, description, amount) "
                + "VALUES (?, ?, ?, ?, ?, ?)").params(UUID.randomUUID(), application, position, category, description, amount)
                .update();
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
