package org.thirdsectorhub.opportunities.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.shared.web.NotFoundException;
import org.thirdsectorhub.socialvalue.engine.Investment;
import org.thirdsectorhub.socialvalue.engine.Outcome;
import org.thirdsectorhub.socialvalue.engine.SroiInput;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads what assessment needs of opportunities and applications from the module's core tables. */
@Component
@Transactional(readOnly = true)
public class AssessedRounds {

    static final String ASSESSED = "('SUBMITTED', 'SUCCESSFUL', 'UNSUCCESSFUL')";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AssessedRounds(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Round find(String reference) {
        return jdbc.sql("SELECT * FROM opportunities.opportunity WHERE reference = ?").param(reference)
                .query((rs, n) -> round(rs)).optional()
                .orElseThrow(() -> new NotFoundException("opportunity " + reference));
    }

    public Round find(UUID id) {
        return jdbc.sql("SELECT * FROM opportunities.opportunity WHERE id = ?").param(id)
                .query((rs, n) -> round(rs)).optional().orElseThrow(() -> new NotFoundException("opportunity " + id));
    }

    public List<Criterion> criteria(UUID opportunity) {
        return jdbc.sql("SELECT * FROM opportunities.criterion WHERE opportunity = ? ORDER BY position").param(opportunity)
                .query((rs, n) -> new Criterion(rs.getObject("id", UUID.class), rs.getInt("position"),
                        rs.getString("title"), rs.getString("guidance"), rs.getInt("weight"), rs.getBoolean("social_value")))
                .list();
    }

    /** The applications that were submitted, in the order they came in. */
    public List<Submission> submissions(UUID opportunity) {
        return jdbc.sql("SELECT * FROM opportunities.application WHERE opportunity = ? AND status IN " + ASSESSED
                        + " ORDER BY submitted_at, reference")
                .param(opportunity).query((rs, n) -> submission(rs)).list();
    }

    /** A submitted application of this round; anything else is not found. */
    public Submission submission(UUID opportunity, UUID application) {
        return jdbc.sql("SELECT * FROM opportunities.application WHERE id = ? AND opportunity = ? AND status IN " + ASSESSED)
                .params(application, opportunity).query((rs, n) -> submission(rs)).optional()
                .orElseThrow(() -> new NotFoundException("application " + application));
    }

    public ApplicationDetail detail(Submission submission) {
        List<ApplicationDetail.BudgetLine> budget = jdbc.sql(
                        "SELECT category, description, amount FROM opportunities.budget_line WHERE application = ? ORDER BY position")
                .param(submission.id())
                .query((rs, n) -> new ApplicationDetail.BudgetLine(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)))
                .list();
        Map<String, Object> row = jdbc.sql("SELECT answers::text AS answers, sroi_forecast::text AS forecast "
                + "FROM opportunities.application WHERE id = ?").param(submission.id()).query().singleRow();
        return new ApplicationDetail(submission, answers((String) row.get("answers")), budget,
                forecast((String) row.get("forecast")));
    }

    private List<ApplicationDetail.Answer> answers(String text) {
        List<ApplicationDetail.Answer> answers = new ArrayList<>();
        JsonNode node = json.readTree(text == null ? "{}" : text);
        for (var entry : node.properties()) {
            JsonNode value = entry.getValue();
            String answer = value.isString() ? value.asString() : value.isNull() ? "" : value.toString();
            answers.add(new ApplicationDetail.Answer(question(entry.getKey()), answer));
        }
        return answers;
    }

    /** Answers are keyed by question; a key like "deliveryPlan" or "delivery_plan" reads as "Delivery plan". */
    static String question(String key) {
        String spaced = key.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').replace('-', ' ').strip();
        return spaced.isEmpty() ? key : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1).toLowerCase();
    }

    /** The forecast as the application's question page stores it: one outcome, percentages as entered. */
    private static SroiForecast fromApplicationForm(JsonNode node) {
        java.math.BigDecimal ratio = decimal(node, "ratio");
        java.math.BigDecimal investment = decimal(node, "investment");
        String outcome = node.path("outcome").asString("");
        SroiInput input;
        try {
            input = SroiInput.of(investment, List.of(Outcome.of(outcome, "People the project helps",
                    decimal(node, "people"), decimal(node, "proxyValue"), node.path("durationYears").asInt(1),
                    fraction(node, "deadweightPercent"), java.math.BigDecimal.ZERO, fraction(node, "attributionPercent"),
                    fraction(node, "dropOffPercent"))));
        } catch (RuntimeException e) {
            input = null;
        }
        return new SroiForecast(ratio, investment, List.of(outcome), input);
    }

    private static java.math.BigDecimal decimal(JsonNode node, String field) {
        return node.path(field).isNumber() ? node.path(field).decimalValue() : null;
    }

    private static java.math.BigDecimal fraction(JsonNode node, String field) {
        java.math.BigDecimal percent = decimal(node, field);
        return percent == null ? java.math.BigDecimal.ZERO : percent.movePointLeft(2);
    }

    SroiForecast forecast(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        JsonNode node = json.readTree(text);
        if (node.has("proxyValue")) {
            return fromApplicationForm(node);
        }
        java.math.BigDecimal ratio = node.path("ratio").isNumber() ? node.path("ratio").decimalValue() : null;
        java.math.BigDecimal investment = node.path("investment").isNumber() ? node.path("investment").decimalValue() : null;
        List<String> names = new ArrayList<>();
        node.path("outcomes").forEach(outcome -> names.add(outcome.path("name").asString("")));
        SroiInput input;
        try {
            List<Outcome> outcomes = json.convertValue(node.path("outcomes"),
                    new tools.jackson.core.type.TypeReference<List<Outcome>>() {});
            List<Investment> investments = node.has("investments") ? json.convertValue(node.path("investments"),
                    new tools.jackson.core.type.TypeReference<List<Investment>>() {}) : null;
            java.math.BigDecimal rate = node.path("discountRate").isNumber() ? node.path("discountRate").decimalValue() : null;
            input = new SroiInput(rate, null, investment, investments, outcomes, false, null);
        } catch (RuntimeException e) {
            input = null;
        }
        return new SroiForecast(ratio, investment, names, input);
    }

    private static Round round(ResultSet rs) throws SQLException {
        return new Round(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("kind"),
                rs.getObject("exercise", UUID.class), rs.getObject("owner_organisation", UUID.class),
                rs.getString("owner_name"), rs.getString("title"), rs.getBigDecimal("total_budget"),
                instant(rs, "closes_at"), rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getString("status"), instant(rs, "decisions_published_at"));
    }

    private static Submission submission(ResultSet rs) throws SQLException {
        return new Submission(rs.getObject("id", UUID.class), rs.getObject("opportunity", UUID.class),
                rs.getString("reference"), rs.getObject("organisation", UUID.class), rs.getString("organisation_name"),
                rs.getString("title"), rs.getBigDecimal("amount_requested"), instant(rs, "submitted_at"),
                rs.getString("submitted_by"), rs.getString("status"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
