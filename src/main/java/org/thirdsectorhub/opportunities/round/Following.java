package org.thirdsectorhub.opportunities.round;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.audit.AuditTrail;
import org.thirdsectorhub.audit.AuditedChange;
import org.thirdsectorhub.identity.IdentityManagement;
import org.thirdsectorhub.identity.UserSummary;
import org.thirdsectorhub.mail.Mailer;
import org.thirdsectorhub.mail.OutgoingMail;
import org.thirdsectorhub.shared.web.NotFoundException;

/**
 * Organisations following new opportunities or one opportunity, and the emails that tell them. Mail
 * goes through the outbox in the caller's transaction, so nobody is told of a change that did not happen.
 */
@Service
@Transactional
public class Following {

    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("h:mma 'on' d MMMM yyyy", Locale.UK);

    private static final String FOLLOWS = """
            SELECT f.*, o.reference, o.title FROM opportunities.follow f
            LEFT JOIN opportunities.opportunity o ON o.id = f.opportunity""";

    private final JdbcClient jdbc;
    private final IdentityManagement identity;
    private final Mailer mailer;
    private final AuditTrail audit;
    private final Clock clock;
    private final String baseUrl;

    Following(JdbcClient jdbc, IdentityManagement identity, Mailer mailer, AuditTrail audit, Clock clock,
            @Value("${hub.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.identity = identity;
        this.mailer = mailer;
        this.audit = audit;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** A follow set up by one person for one organisation; opportunity null means all new ones (of kind, if given). */
    public record Follow(UUID id, UUID organisation, String organisationName, UUID opportunity, String kind,
            UUID follower, String opportunityReference, String opportunityTitle) {}

    /** Follows new opportunities (kind null for both kinds), replacing an earlier choice of kind. */
    public UUID followNew(UUID organisation, String organisationName, String kind, UUID follower) {
        jdbc.sql("DELETE FROM opportunities.follow WHERE organisation = ? AND follower = ? AND opportunity IS NULL")
                .params(organisation, follower).update();
        return insert(organisation, organisationName, null, kind, follower,
                "Followed new " + (kind == null ? "grant rounds and tenders" : "GRANT_ROUND".equals(kind)
                        ? "grant rounds" : "tenders") + " for " + organisationName);
    }

    public UUID followOne(UUID organisation, String organisationName, Round round, UUID follower) {
        Integer existing = jdbc.sql("""
                SELECT count(*) FROM opportunities.follow WHERE organisation = ? AND follower = ? AND opportunity = ?""")
                .params(organisation, follower, round.id()).query(Integer.class).single();
        if (existing > 0) {
            return null;
        }
        return insert(organisation, organisationName, round.id(), null, follower,
                "Followed " + round.reference() + " for " + organisationName);
    }

    private UUID insert(UUID organisation, String name, UUID opportunity, String kind, UUID follower, String summary) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO opportunities.follow (id, organisation, organisation_name, opportunity, kind, follower, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, organisation, name, opportunity, kind, follower, Timestamp.from(Instant.now(clock))).update();
        audit.record(new AuditedChange("opportunities", "follow", id.toString(), "followed", summary));
        return id;
    }

    @Transactional(readOnly = true)
    public Follow find(UUID id) {
        return jdbc.sql(FOLLOWS + " WHERE f.id = ?").param(id).query(this::follow).optional()
                .orElseThrow(() -> new NotFoundException("follow " + id));
    }

    public void unfollow(UUID id) {
        Follow follow = find(id);
        jdbc.sql("DELETE FROM opportunities.follow WHERE id = ?").param(id).update();
        audit.record(new AuditedChange("opportunities", "follow", id.toString(), "unfollowed",
                "Stopped following " + (follow.opportunity() == null ? "new opportunities" : "an opportunity") + " for "
                        + follow.organisationName()));
    }

    /** The follows of these organisations. */
    @Transactional(readOnly = true)
    public List<Follow> of(Collection<UUID> organisations) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(FOLLOWS + " WHERE f.organisation IN (:orgs) ORDER BY f.organisation_name, f.created_at")
                .param("orgs", organisations).query(this::follow).list();
    }

    @Transactional(readOnly = true)
    public int followersOf(UUID opportunity) {
        return jdbc.sql("SELECT count(DISTINCT organisation) FROM opportunities.follow WHERE opportunity = ?")
                .param(opportunity).query(Integer.class).single();
    }

    void published(Round round) {
        List<UUID> people = jdbc.sql("""
                SELECT DISTINCT follower FROM opportunities.follow WHERE opportunity IS NULL AND (kind IS NULL OR kind = ?)""")
                .param(round.kind()).query(UUID.class).list();
        String subject = "New " + (round.grantRound() ? "grant round" : "tender") + ": " + round.title();
        String body = "A new " + (round.grantRound() ? "grant round" : "tender") + " has been published on the Third "
                + "Sector Hub by " + round.ownerName() + ".\n\n" + round.title() + " (" + round.reference() + ")\n"
                + round.summary() + "\n\n" + deadline(round) + "Read it and apply: " + link(round) + "\n\n"
                + "You are getting this email because your organisation follows new opportunities. You can stop "
                + "following them at " + baseUrl + "/opportunities/following\n";
        tell(people, subject, body);
    }

    void changed(Round round) {
        List<UUID> people = jdbc.sql("SELECT DISTINCT follower FROM opportunities.follow WHERE opportunity = ?")
                .param(round.id()).query(UUID.class).list();
        String subject = "Changed: " + round.title() + " (" + round.reference() + ")";
        String body = (round.cancelledAt() != null
                ? "This opportunity has been cancelled: " + round.cancelReason() + "\n\n"
                : "The details of this opportunity have changed. Read them again before you apply.\n\n")
                + round.title() + " (" + round.reference() + ")\n" + deadline(round) + link(round) + "\n\n" + stop();
        tell(people, subject, body);
    }

    /** Tells followers of the opportunity and the people drafting an application to it about a published answer. */
    public void clarified(Round round, String question, String answer) {
        Set<UUID> people = new LinkedHashSet<>(jdbc.sql(
                "SELECT DISTINCT follower FROM opportunities.follow WHERE opportunity = ?").param(round.id())
                .query(UUID.class).list());
        people.addAll(jdbc.sql("""
                SELECT DISTINCT created_by_user FROM opportunities.application
                WHERE opportunity = ? AND status = 'DRAFT' AND created_by_user IS NOT NULL""")
                .param(round.id()).query(UUID.class).list());
        String subject = "Clarification published: " + round.title() + " (" + round.reference() + ")";
        String body = "A clarification question about this opportunity has been answered.\n\nQuestion: " + question
                + "\n\nAnswer: " + answer + "\n\n" + deadline(round) + link(round) + "\n\n" + stop();
        tell(people, subject, body);
    }

    private void tell(Collection<UUID> people, String subject, String body) {
        Set<String> sent = new LinkedHashSet<>();
        for (UUID person : people) {
            identity.findUser(person).filter(UserSummary::active).map(UserSummary::email)
                    .filter(sent::add)
                    .ifPresent(email -> mailer.send(new OutgoingMail(email, subject, body)));
        }
    }

    private String link(Round round) {
        return baseUrl + "/opportunities/" + round.reference();
    }

    private String stop() {
        return "You are getting this email because your organisation follows this opportunity or is drafting an "
                + "application to it. Manage what you follow at " + baseUrl + "/opportunities/following\n";
    }

    static String deadline(Round round) {
        return round.closesAt() == null ? "" : "The deadline is " + DEADLINE.format(round.closesAt().atZone(Rounds.LONDON))
                .replace("AM", "am").replace("PM", "pm") + ".\n";
    }

    private Follow follow(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Follow(rs.getObject("id", UUID.class), rs.getObject("organisation", UUID.class),
                rs.getString("organisation_name"), rs.getObject("opportunity", UUID.class), rs.getString("kind"),
                rs.getObject("follower", UUID.class), rs.getString("reference"), rs.getString("title"));
    }
}
