package org.thirdsectorhub.opportunities.application;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.audit.AuditTrail;
import org.thirdsectorhub.audit.AuditedChange;
import org.thirdsectorhub.identity.IdentityManagement;
import org.thirdsectorhub.identity.Role;
import org.thirdsectorhub.identity.UserSummary;
import org.thirdsectorhub.mail.Mailer;
import org.thirdsectorhub.mail.OutgoingMail;
import org.thirdsectorhub.opportunities.ApplicationView;
import org.thirdsectorhub.opportunities.Applications;
import org.thirdsectorhub.opportunities.round.RefusedChange;
import org.thirdsectorhub.opportunities.round.Round;
import org.thirdsectorhub.opportunities.round.Rounds;
import org.thirdsectorhub.shared.security.Actor;
import org.thirdsectorhub.shared.web.NotFoundException;

/** Submitting and withdrawing: the checks before submission, the deadline, and the acknowledgement email. */
@Service
@Transactional
public class Submissions {

    private final JdbcClient jdbc;
    private final Applications applications;
    private final ApplicationDrafts drafts;
    private final Rounds rounds;
    private final IdentityManagement identity;
    private final Mailer mailer;
    private final AuditTrail audit;
    private final Clock clock;
    private final String baseUrl;

    Submissions(JdbcClient jdbc, Applications applications, ApplicationDrafts drafts, Rounds rounds,
            IdentityManagement identity, Mailer mailer, AuditTrail audit, Clock clock,
            @Value("${hub.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.drafts = drafts;
        this.rounds = rounds;
        this.identity = identity;
        this.mailer = mailer;
        this.audit = audit;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** Something still to do before submitting: the page to do it on and the message key that says what. */
    public record Gap(String page, String messageKey) {}

    @Transactional(readOnly = true)
    public List<Gap> gaps(ApplicationView application, Round round) {
        List<Gap> gaps = new ArrayList<>();
        var answers = application.answers();
        if (blank(application.title()) || blank(answers.summary())) {
            gaps.add(new Gap("project", "opportunities.gap.project"));
        }
        if (blank(answers.outcomes()) || blank(answers.beneficiaries())) {
            gaps.add(new Gap("outcomes", "opportunities.gap.outcomes"));
        }
        if (application.amountRequested() == null || answers.startsOn() == null || answers.endsOn() == null) {
            gaps.add(new Gap("amount", "opportunities.gap.amount"));
        } else {
            if (round.minimumAward() != null && application.amountRequested().compareTo(round.minimumAward()) < 0) {
                gaps.add(new Gap("amount", "opportunities.gap.belowMinimum"));
            }
            if (round.maximumAward() != null && application.amountRequested().compareTo(round.maximumAward()) > 0) {
                gaps.add(new Gap("amount", "opportunities.gap.aboveMaximum"));
            }
        }
        if (application.budget().isEmpty()) {
            gaps.add(new Gap("budget", "opportunities.gap.budget"));
        } else if (application.amountRequested() != null
                && application.amountRequested().compareTo(application.budgetTotal()) != 0) {
            gaps.add(new Gap("budget", "opportunities.gap.budgetTotal"));
        }
        if (round.hasSocialValueCriterion() && application.sroiForecast() == null) {
            gaps.add(new Gap("social-value", "opportunities.gap.forecast"));
        }
        return gaps;
    }

    /** Submits a complete draft before the deadline, and acknowledges it by email. */
    public void submit(UUID id, UUID submitter) {
        ApplicationView application = drafts.editable(id);
        Round round = rounds.find(application.opportunity()).orElseThrow();
        if (!gaps(application, round).isEmpty()) {
            throw new RefusedChange("opportunities.refused.incomplete");
        }
        Instant now = Instant.now(clock);
        jdbc.sql("""
                UPDATE opportunities.application SET status = 'SUBMITTED', submitted_at = ?, submitted_by = ?,
                    updated_at = ?, version = version + 1 WHERE id = ? AND status = 'DRAFT'""")
                .params(Timestamp.from(now), Actor.current().label(), Timestamp.from(now), id).update();
        audit.record(new AuditedChange("opportunities", "application", id.toString(), "submitted",
                "Submitted " + application.reference() + " for " + application.organisationName() + " to "
                        + round.reference() + " (£" + application.amountRequested().toPlainString() + ")"));
        acknowledge(application, round, submitter);
    }

    public void withdraw(UUID id) {
        ApplicationView application = applications.find(id).orElseThrow(() -> new NotFoundException("application " + id));
        Round round = rounds.find(application.opportunity()).orElseThrow();
        if (!("DRAFT".equals(application.status()) || "SUBMITTED".equals(application.status()))) {
            throw new RefusedChange("opportunities.refused.notWithdrawable");
        }
        if (!round.acceptsApplications(Instant.now(clock))) {
            throw new RefusedChange("opportunities.refused.deadlinePassed");
        }
        Timestamp now = Timestamp.from(Instant.now(clock));
        jdbc.sql("""
                UPDATE opportunities.application SET status = 'WITHDRAWN', withdrawn_at = ?, updated_at = ?,
                    version = version + 1 WHERE id = ?""").params(now, now, id).update();
        audit.record(new AuditedChange("opportunities", "application", id.toString(), "withdrawn",
                "Withdrew " + application.reference() + " for " + application.organisationName()));
    }

    private void acknowledge(ApplicationView application, Round round, UUID submitter) {
        Set<String> recipients = new LinkedHashSet<>();
        java.util.Optional.ofNullable(submitter).flatMap(identity::findUser).filter(UserSummary::active).map(UserSummary::email).ifPresent(recipients::add);
        identity.membersOf(application.organisation()).stream()
                .filter(member -> member.organisations().get(application.organisation()) == Role.ORGANISATION_ADMIN)
                .map(UserSummary::email).forEach(recipients::add);
        String what = round.grantRound() ? "application" : "bid";
        String subject = "We have received your " + what + " " + application.reference();
        String body = round.ownerName() + " has received the " + what + " from " + application.organisationName()
                + " to " + round.title() + " (" + round.reference() + ").\n\nYour reference: " + application.reference()
                + "\nProject: " + application.title() + "\nAmount requested: £" + application.amountRequested().toPlainString()
                + "\nSubmitted by: " + Actor.current().label() + "\n\n"
                + (round.decisionExpectedOn() == null ? "" : "A decision is expected by "
                        + round.decisionExpectedOn().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                                java.util.Locale.UK)) + ".\n")
                + "You can see what you sent at " + baseUrl + "/applications/" + application.id() + "\n";
        recipients.forEach(email -> mailer.send(new OutgoingMail(email, subject, body)));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
