package org.thirdsectorhub.opportunities.application;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.audit.AuditTrail;
import org.thirdsectorhub.audit.AuditedChange;
import org.thirdsectorhub.opportunities.ApplicationAnswers;
import org.thirdsectorhub.opportunities.ApplicationView;
import org.thirdsectorhub.opportunities.Applications;
import org.thirdsectorhub.opportunities.SroiForecast;
import org.thirdsectorhub.opportunities.round.RefusedChange;
import org.thirdsectorhub.opportunities.round.Round;
import org.thirdsectorhub.opportunities.round.Rounds;
import org.thirdsectorhub.shared.security.Actor;
import org.thirdsectorhub.shared.web.NotFoundException;
import org.thirdsectorhub.socialvalue.SocialValueManagement;
import org.thirdsectorhub.socialvalue.engine.Outcome;
import org.thirdsectorhub.socialvalue.engine.SroiInput;
import org.thirdsectorhub.socialvalue.engine.SroiResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * An organisation's application or bid while it is a draft: every question page saves here. Nothing
 * changes once it is submitted or withdrawn, or after the deadline, whatever the page sent.
 */
@Service
@Transactional
public class ApplicationDrafts {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Applications applications;
    private final Rounds rounds;
    private final SocialValueManagement socialValue;
    private final AuditTrail audit;
    private final Clock clock;

    ApplicationDrafts(JdbcClient jdbc, JsonMapper json, Applications applications, Rounds rounds,
            SocialValueManagement socialValue, AuditTrail audit, Clock clock) {
        this.socialValue = socialValue;
        this.jdbc = jdbc;
        this.json = json;
        this.applications = applications;
        this.rounds = rounds;
        this.audit = audit;
        this.clock = clock;
    }

    /** Starts the organisation's application; refused when it already has a live one or the opportunity is not open. */
    public UUID start(Round round, UUID organisation, String organisationName, UUID person) {
        if (!round.acceptsApplications(Instant.now(clock))) {
            throw new RefusedChange("opportunities.refused.notOpen");
        }
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param(round.id().toString()).query().listOfRows();
        if (applications.liveFor(round.id(), organisation).isPresent()) {
            throw new RefusedChange("opportunities.refused.alreadyApplying");
        }
        int last = jdbc.sql("SELECT count(*) FROM opportunities.application WHERE opportunity = ?").param(round.id())
                .query(Integer.class).single();
        String reference = round.reference() + "-" + String.format("%03d", last + 1);
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now(clock));
        jdbc.sql("""
                INSERT INTO opportunities.application (id, opportunity, organisation, organisation_name, reference, answers,
                    status, created_by, created_by_user, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?::jsonb, 'DRAFT', ?, ?, ?, ?)""")
                .params(id, round.id(), organisation, organisationName, reference,
                        json.writeValueAsString(ApplicationAnswers.NONE), Actor.current().label(), person, now, now)
                .update();
        audit.record(new AuditedChange("opportunities", "application", id.toString(), "started",
                "Started " + (round.grantRound() ? "an application" : "a bid") + " " + reference + " for "
                        + organisationName + " to " + round.reference()));
        return id;
    }

    /** The draft, when it may still be changed; otherwise refused with the reason. */
    public ApplicationView editable(UUID id) {
        ApplicationView application = applications.find(id).orElseThrow(() -> new NotFoundException("application " + id));
        if (!application.draft()) {
            throw new RefusedChange("opportunities.refused.notDraft.application");
        }
        Round round = rounds.find(application.opportunity()).orElseThrow();
        if (!round.acceptsApplications(Instant.now(clock))) {
            throw new RefusedChange("opportunities.refused.deadlinePassed");
        }
        return application;
    }

    public void saveProject(UUID id, String title, String summary) {
        editable(id);
        jdbc.sql("UPDATE opportunities.application SET title = ? WHERE id = ?").params(title, id).update();
        changeAnswers(id, a -> new ApplicationAnswers(summary, a.outcomes(), a.beneficiaries(), a.wardCodes(),
                a.startsOn(), a.endsOn()), "project");
    }

    public void saveOutcomes(UUID id, String outcomes, String beneficiaries, List<String> wards) {
        changeAnswers(id, a -> new ApplicationAnswers(a.summary(), outcomes, beneficiaries, wards, a.startsOn(),
                a.endsOn()), "outcomes");
    }

    public void saveAmount(UUID id, BigDecimal amount, java.time.LocalDate startsOn, java.time.LocalDate endsOn) {
        editable(id);
        jdbc.sql("UPDATE opportunities.application SET amount_requested = ? WHERE id = ?").params(amount, id).update();
        changeAnswers(id, a -> new ApplicationAnswers(a.summary(), a.outcomes(), a.beneficiaries(), a.wardCodes(),
                startsOn, endsOn), "amount and dates");
    }

    public void addBudgetLine(UUID id, String category, String description, BigDecimal amount) {
        ApplicationView application = editable(id);
        jdbc.sql("""
                INSERT INTO opportunities.budget_line (id, application, position, category, description, amount)
                VALUES (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM opportunities.budget_line WHERE application = ?),
                        ?, ?, ?)""")
                .params(UUID.randomUUID(), id, id, category, description, amount).update();
        touch(id, application, "Added a budget line (" + category.toLowerCase() + ", £" + amount.toPlainString() + ")");
    }

    public void removeBudgetLine(UUID id, UUID line) {
        ApplicationView application = editable(id);
        if (jdbc.sql("DELETE FROM opportunities.budget_line WHERE application = ? AND id = ?").params(id, line).update() == 0) {
            throw new NotFoundException("budget line " + line);
        }
        touch(id, application, "Removed a budget line");
    }

    /**
     * Calculates a one-outcome forecast with the hub's SROI engine; percentages as the applicant gives them.
     * Throws the engine's validation exception when the figures cannot be calculated.
     */
    public SroiForecast calculate(String outcome, BigDecimal people, BigDecimal proxyValue, BigDecimal deadweight,
            BigDecimal attribution, BigDecimal dropOff, int years, BigDecimal investment) {
        SroiResult result = socialValue.calculate(SroiInput.of(investment, List.of(Outcome.of(outcome,
                "People the project helps", people, proxyValue, years, fraction(deadweight), BigDecimal.ZERO,
                fraction(attribution), fraction(dropOff)))));
        return new SroiForecast(outcome, people, proxyValue, deadweight, attribution, dropOff, years, investment,
                money(result.ratio()), money(result.totalPresentValue()), money(result.investmentPresentValue()),
                money(result.netPresentValue()), Instant.now(clock));
    }

    private static BigDecimal fraction(BigDecimal percent) {
        return percent.divide(BigDecimal.valueOf(100), MathContext.DECIMAL64);
    }

    private static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    public void saveForecast(UUID id, SroiForecast forecast) {
        ApplicationView application = editable(id);
        jdbc.sql("UPDATE opportunities.application SET sroi_forecast = ?::jsonb WHERE id = ?")
                .params(json.writeValueAsString(forecast), id).update();
        touch(id, application, "Recorded an SROI forecast of £" + forecast.ratio() + " for every £1");
    }

    public UUID addAttachment(UUID id, String fileName, String contentType, byte[] content) {
        ApplicationView application = editable(id);
        UUID attachment = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO opportunities.attachment (id, application, file_name, content_type, size_bytes, content,
                    uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(attachment, id, fileName, contentType, content.length, content, Actor.current().label(),
                        Timestamp.from(Instant.now(clock)))
                .update();
        touch(id, application, "Attached \"" + fileName + "\"");
        return attachment;
    }

    public void removeAttachment(UUID id, UUID attachment) {
        ApplicationView application = editable(id);
        if (jdbc.sql("DELETE FROM opportunities.attachment WHERE application = ? AND id = ?").params(id, attachment)
                .update() == 0) {
            throw new NotFoundException("attachment " + attachment);
        }
        touch(id, application, "Removed an attachment");
    }

    private void changeAnswers(UUID id, UnaryOperator<ApplicationAnswers> change, String page) {
        ApplicationView application = editable(id);
        jdbc.sql("UPDATE opportunities.application SET answers = ?::jsonb WHERE id = ?")
                .params(json.writeValueAsString(change.apply(application.answers())), id).update();
        touch(id, application, "Saved the " + page + " answers");
    }

    private void touch(UUID id, ApplicationView application, String summary) {
        jdbc.sql("UPDATE opportunities.application SET updated_at = ?, version = version + 1 WHERE id = ?")
                .params(Timestamp.from(Instant.now(clock)), id).update();
        audit.record(new AuditedChange("opportunities", "application", id.toString(), "changed",
                summary + " on " + application.reference() + " for " + application.organisationName()));
    }
}
