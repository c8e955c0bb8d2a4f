package org.thirdsectorhub.opportunities.assessment;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.audit.AuditTrail;
import org.thirdsectorhub.audit.AuditedChange;
import org.thirdsectorhub.commissioning.AwardMaking;
import org.thirdsectorhub.commissioning.AwardRequest;
import org.thirdsectorhub.identity.IdentityManagement;
import org.thirdsectorhub.identity.Role;
import org.thirdsectorhub.mail.Mailer;
import org.thirdsectorhub.mail.OutgoingMail;
import org.thirdsectorhub.opportunities.DecisionsPublished;
import org.thirdsectorhub.shared.security.Actor;

/**
 * Decisions on a round's applications: recorded one by one, then published together once every
 * submitted application has one and the deadline has passed. Publishing makes the awards and tells
 * every applicant.
 */
@Service
@Transactional
public class Decisions {

    private static final Locale UK = Locale.UK;

    private final JdbcClient jdbc;
    private final AssessedRounds rounds;
    private final AwardMaking awards;
    private final IdentityManagement identity;
    private final Mailer mailer;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    Decisions(JdbcClient jdbc, AssessedRounds rounds, AwardMaking awards, IdentityManagement identity, Mailer mailer,
            MessageSource messages, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.awards = awards;
        this.identity = identity;
        this.mailer = mailer;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records or changes the decision on an application until the decisions are published.
     *
     * @throws AssessmentRefused when the decisions were published, or the amount is not above 0 and within
     *     the amount requested
     */
    public void record(Round round, Submission application, String outcome, BigDecimal amount, String reasons,
            String feedback) {
        if (round.decided()) {
            throw new AssessmentRefused("assessment.decided");
        }
        boolean successful = Decision.SUCCESSFUL.equals(outcome);
        if (successful && (amount == null || amount.signum() <= 0
                || (application.amountRequested() != null && amount.compareTo(application.amountRequested()) > 0))) {
            throw new AssessmentRefused("assessment.decision.amount.range");
        }
        jdbc.sql("""
                INSERT INTO opportunities.decision (application, outcome, amount_awarded, reasons, feedback, decided_by, decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (application) DO UPDATE SET outcome = excluded.outcome, amount_awarded = excluded.amount_awarded,
                    reasons = excluded.reasons, feedback = excluded.feedback, decided_by = excluded.decided_by,
                    decided_at = excluded.decided_at""")
                .params(application.id(), successful ? Decision.SUCCESSFUL : Decision.UNSUCCESSFUL,
                        successful ? amount : null, reasons.strip(), feedback == null ? "" : feedback.strip(),
                        Actor.current().label(), Timestamp.from(Instant.now(clock)))
                .update();
        audit.record(new AuditedChange("opportunities", "decision", application.id().toString(), "recorded",
                (successful ? "Recorded a decision to award £" + amount.toPlainString() + " to "
                        : "Recorded a decision not to fund ") + application.organisationName() + " (" + application.reference() + ")"));
    }

    @Transactional(readOnly = true)
    public Map<UUID, Decision> decisions(UUID opportunity) {
        Map<UUID, Decision> decisions = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT d.* FROM opportunities.decision d JOIN opportunities.application a ON a.id = d.application
                WHERE a.opportunity = ? ORDER BY a.reference""").param(opportunity)
                .query((rs, n) -> decisions.put(rs.getObject("application", UUID.class), new Decision(
                        rs.getObject("application", UUID.class), rs.getString("outcome"), rs.getBigDecimal("amount_awarded"),
                        rs.getString("reasons"), rs.getString("feedback"), rs.getObject("award", UUID.class),
                        rs.getString("decided_by"), AssessedRounds.instant(rs, "decided_at"))))
                .list();
        return decisions;
    }

    /**
     * Publishes every decision: sets the applications' statuses, makes an award for each successful one,
     * emails each applicant, and marks the round decided.
     *
     * @throws AssessmentRefused before the deadline, when already published, or while an application has no decision
     */
    public void publish(Round round) {
        Instant now = Instant.now(clock);
        if (round.decided()) {
            throw new AssessmentRefused("assessment.decided");
        }
        if (!round.closedBy(now)) {
            throw new AssessmentRefused("assessment.publish.beforeDeadline");
        }
        List<Submission> submissions = rounds.submissions(round.id());
        Map<UUID, Decision> decisions = decisions(round.id());
        long missing = submissions.stream().filter(s -> !decisions.containsKey(s.id())).count();
        if (submissions.isEmpty() || missing > 0) {
            throw new AssessmentRefused("assessment.publish.missing", missing);
        }
        for (Submission application : submissions) {
            Decision decision = decisions.get(application.id());
            jdbc.sql("UPDATE opportunities.application SET status = ?, updated_at = ?, version = version + 1 WHERE id = ?")
                    .params(decision.outcome(), Timestamp.from(now), application.id()).update();
            if (decision.successful()) {
                UUID award = awards.make(awardFor(round, application, decision, now));
                jdbc.sql("UPDATE opportunities.decision SET award = ? WHERE application = ?").params(award, application.id())
                        .update();
            }
            tell(round, application, decision);
        }
        jdbc.sql("UPDATE opportunities.opportunity SET status = 'DECIDED', decisions_published_at = ?, updated_at = ?, "
                + "version = version + 1 WHERE id = ?").params(Timestamp.from(now), Timestamp.from(now), round.id()).update();
        long successful = decisions.values().stream().filter(Decision::successful).count();
        audit.record(new AuditedChange("opportunities", "opportunity", round.id().toString(), "decisions published",
                "Published the decisions on \"" + round.title() + "\": " + successful + " successful, "
                        + (decisions.size() - successful) + " unsuccessful"));
        events.publishEvent(new DecisionsPublished(round.id(), round.reference(), "TENDER".equals(round.kind()),
                (int) successful));
    }

    /** The published decisions of a round; not found until they are published. */
    @Transactional(readOnly = true)
    public PublishedDecisions published(Round round) {
        if (!round.decided()) {
            throw new org.thirdsectorhub.shared.web.NotFoundException("decisions of " + round.reference());
        }
        List<Submission> submissions = rounds.submissions(round.id());
        Map<UUID, Decision> decisions = decisions(round.id());
        List<PublishedDecisions.Funded> funded = new java.util.ArrayList<>();
        for (Submission application : submissions) {
            Decision decision = decisions.get(application.id());
            if (decision != null && decision.successful()) {
                funded.add(new PublishedDecisions.Funded(application.organisation(), application.organisationName(),
                        application.title(), decision.amountAwarded(), decision.reasons(), decision.award()));
            }
        }
        funded.sort(java.util.Comparator.comparing(PublishedDecisions.Funded::organisationName));
        BigDecimal total = funded.stream().map(PublishedDecisions.Funded::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new PublishedDecisions(round, funded, submissions.size(), submissions.size() - funded.size(), total,
                round.decisionsPublishedAt());
    }

    private AwardRequest awardFor(Round round, Submission application, Decision decision, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneId.of("Europe/London"));
        LocalDate starts = round.startsOn() != null ? round.startsOn() : today.plusMonths(1).withDayOfMonth(1);
        LocalDate ends = round.endsOn() != null && round.endsOn().isAfter(starts) ? round.endsOn()
                : starts.plusYears(1).minusDays(1);
        boolean overheads = jdbc.sql("SELECT count(*) FROM opportunities.budget_line WHERE application = ? "
                + "AND category = 'OVERHEAD'").param(application.id()).query(Integer.class).single() > 0;
        String title = application.title() == null || application.title().isBlank()
                ? round.title() + ": " + application.organisationName() : application.title();
        return new AwardRequest(round.exercise(), round.grantRound() ? "GRANT" : "CONTRACT", title, round.owner(),
                round.ownerName(), application.organisation(), application.organisationName(), decision.amountAwarded(),
                starts, ends, text(round.grantRound() ? "assessment.award.reason.grant" : "assessment.award.reason.tender",
                        round.title(), round.reference()), overheads, round.grantRound());
    }

    private void tell(Round round, Submission application, Decision decision) {
        Set<String> recipients = new LinkedHashSet<>();
        if (application.submittedBy() != null && application.submittedBy().contains("@")) {
            recipients.add(application.submittedBy());
        }
        identity.membersOf(application.organisation()).stream()
                .filter(member -> member.organisations().get(application.organisation()) == Role.ORGANISATION_ADMIN)
                .forEach(member -> recipients.add(member.email()));
        String subject = text("assessment.mail.decision.subject", round.title());
        String body = decision.successful()
                ? text("assessment.mail.successful.body", application.organisationName(), round.title(),
                        "£" + String.format(UK, "%,.2f", decision.amountAwarded()), decision.reasons(), round.ownerName())
                : text("assessment.mail.unsuccessful.body", application.organisationName(), round.title(),
                        decision.reasons(), decision.feedback(), round.ownerName());
        recipients.forEach(to -> mailer.send(new OutgoingMail(to, subject, body)));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, UK);
    }
}
