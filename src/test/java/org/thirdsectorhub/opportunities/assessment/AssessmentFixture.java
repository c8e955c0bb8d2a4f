package org.thirdsectorhub.opportunities.assessment;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes a closed grant round, its criteria and submitted applications straight into the core tables. */
public class AssessmentFixture {

    static final String FORECAST = """
            {"investment": 20000, "discountRate": 0.035, "ratio": 3.10, "outcomes": [
              {"name": "Older people less lonely", "stakeholder": "Older residents", "quantity": 40,
               "proxyValue": 1500, "durationYears": 2, "deadweight": 0.2, "attribution": 0.1, "dropOff": 0.3}]}""";

    private final JdbcClient jdbc;

    public AssessmentFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Made(UUID opportunity, String reference, UUID owner, List<UUID> criteria, List<UUID> applications,
            List<String> submitters) {}

    /** A round owned by the body, closed yesterday, with weights 40, 30 (social value) and 30. */
    public Made closedRound(UUID owner, int applications) {
        UUID id = UUID.randomUUID();
        String reference = "TEST-" + id.toString().substring(0, 8);
        Instant now = Instant.now();
        jdbc.sql("""
                INSERT INTO opportunities.opportunity (id, reference, kind, owner_organisation, owner_name, title, summary,
                    total_budget, minimum_award, maximum_award, opens_at, closes_at, starts_on, ends_on, status, published_at,
                    created_by, created_at, updated_at)
                VALUES (?, ?, 'GRANT_ROUND', ?, 'A test council', ?, 'For a test', 100000, 1000, 30000, ?, ?, ?, ?, 'CLOSED', ?,
                    'test', ?, ?)""")
                .params(id, reference, owner, "Test round " + reference, ts(now.minus(40, ChronoUnit.DAYS)),
                        ts(now.minus(1, ChronoUnit.DAYS)), LocalDate.now().plusMonths(2), LocalDate.now().plusMonths(14),
                        ts(now.minus(40, ChronoUnit.DAYS)), ts(now), ts(now))
                .update();
        List<UUID> criteria = new ArrayList<>();
        criteria.add(criterion(id, 1, "Need and evidence", 40, false));
        criteria.add(criterion(id, 2, "Social value", 30, true));
        criteria.add(criterion(id, 3, "Delivery and value for money", 30, false));
        List<UUID> made = new ArrayList<>();
        List<String> submitters = new ArrayList<>();
        for (int i = 1; i <= applications; i++) {
            UUID application = UUID.randomUUID();
            String submitter = "applicant-" + application.toString().substring(0, 8) + "@example.org";
            jdbc.sql("""
                    INSERT INTO opportunities.application (id, opportunity, organisation, organisation_name, reference, title,
                        answers, amount_requested, sroi_forecast, status, submitted_at, submitted_by, created_by, created_at,
                        updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, 20000, ?::jsonb, 'SUBMITTED', ?, ?, ?, ?, ?)""")
                    .params(application, id, UUID.randomUUID(), "Test applicant " + i, reference + "-" + i,
                            "Lunch club " + i, "{\"need\": \"Many older people in the ward live alone.\"}", FORECAST,
                            ts(now.minus(3, ChronoUnit.DAYS)), submitter, submitter, ts(now), ts(now))
                    .update();
            jdbc.sql("INSERT INTO opportunities.budget_line (id, application, position, category, description, amount) "
                    + "VALUES (?, ?, 1, 'DIRECT', 'Coordinator', 17000), (?, ?, 2, 'OVERHEAD', 'Share of rent', 3000)")
                    .params(UUID.randomUUID(), application, UUID.randomUUID(), application).update();
            made.add(application);
            submitters.add(submitter);
        }
        return new Made(id, reference, owner, criteria, made, submitters);
    }

    /** A file attached to an application, as the applicant's attachments page stores it. */
    public UUID attach(UUID application, String fileName, String contentType, byte[] content) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO opportunities.attachment (id, application, file_name, content_type, size_bytes, content,
                    uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, 'test', ?)""")
                .params(id, application, fileName, contentType, content.length, content, ts(Instant.now())).update();
        return id;
    }

    public void closesTomorrow(UUID opportunity) {
        jdbc.sql("UPDATE opportunities.opportunity SET closes_at = ?, status = 'OPEN' WHERE id = ?")
                .params(ts(Instant.now().plus(1, ChronoUnit.DAYS)), opportunity).update();
    }

    private UUID criterion(UUID opportunity, int position, String title, int weight, boolean socialValue) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO opportunities.criterion (id, opportunity, position, title, guidance, weight, social_value) "
                        + "VALUES (?, ?, ?, ?, 'Guidance', ?, ?)")
                .params(id, opportunity, position, title, weight, socialValue).update();
        return id;
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    static BigDecimal amount(String text) {
        return new BigDecimal(text);
    }
}
