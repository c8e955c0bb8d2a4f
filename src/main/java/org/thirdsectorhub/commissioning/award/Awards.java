package org.thirdsectorhub.commissioning.award;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.audit.AuditTrail;
import org.thirdsectorhub.audit.AuditedChange;
import org.thirdsectorhub.commissioning.conformance.AwardEvidence;
import org.thirdsectorhub.commissioning.judging.Judgements;
import org.thirdsectorhub.shared.security.Actor;
import org.thirdsectorhub.shared.web.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Grants, contracts and service agreements: made, varied (keeping the award as it was), ended early
 * with notice, and paid. Each change is judged again and audited.
 */
@Service
@Transactional
public class Awards {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Judgements judgements;
    private final AuditTrail audit;
    private final Clock clock;

    Awards(JdbcClient jdbc, JsonMapper json, Judgements judgements, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.judgements = judgements;
        this.audit = audit;
        this.clock = clock;
    }

    public UUID make(NewAward award) {
        UUID id = UUID.randomUUID();
        AwardEvidence evidence = new AwardEvidence(id, award.type(), award.recipientName(), award.recipientIncome(),
                award.amount(), award.startsOn(), award.endsOn(), award.termReason(), award.fundingMethodReason(),
                award.overheadsAllowed(), award.monitoring(), award.paymentInAdvance(), award.payments(),
                award.riskAllocationDiscussed(), award.riskAllocation(), award.restrictsCampaigning(), null,
                LocalDate.now(clock));
        Timestamp now = Timestamp.from(Instant.now(clock));
        jdbc.sql("""
                INSERT INTO commissioning.award (id, exercise, type, title, funder_organisation, funder_name,
                    recipient_organisation, recipient_name, amount, starts_on, ends_on, notice_period_months,
                    monitoring_tier, evidence, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)""")
                .params(id, award.exercise(), award.type(), award.title(), award.funderOrganisation(), award.funderName(),
                        award.recipientOrganisation(), award.recipientName(), award.amount(), Date.valueOf(award.startsOn()),
                        Date.valueOf(award.endsOn()), award.noticePeriodMonths(),
                        award.monitoring() == null ? null : award.monitoring().tier(), json.writeValueAsString(evidence),
                        now, now)
                .update();
        judgements.judge(evidence, 1, award.funderOrganisation());
        audit.record(new AuditedChange("commissioning", "award", id.toString(), "made", "Awarded a "
                + award.type().toLowerCase().replace('_', ' ') + " of £" + award.amount().toPlainString() + " to "
                + award.recipientName() + " (\"" + award.title() + "\")"));
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<Award> find(UUID id) {
        return jdbc.sql("SELECT *, evidence::text AS evidence_json, outcomes::text AS outcomes_json FROM commissioning.award "
                        + "WHERE id = ?").param(id)
                .query((rs, n) -> new Award(rs.getObject("id", UUID.class), rs.getObject("exercise", UUID.class),
                        rs.getString("type"), rs.getString("title"), rs.getObject("funder_organisation", UUID.class),
                        rs.getString("funder_name"), rs.getObject("recipient_organisation", UUID.class),
                        rs.getString("recipient_name"), rs.getBigDecimal("amount"), rs.getDate("starts_on").toLocalDate(),
                        rs.getDate("ends_on").toLocalDate(), (Integer) rs.getObject("notice_period_months"),
                        rs.getString("monitoring_tier"), rs.getString("status"),
                        json.readValue(rs.getString("evidence_json"), AwardEvidence.class), rs.getInt("version"),
                        json.readValue(rs.getString("outcomes_json"), new tools.jackson.core.type.TypeReference<List<Award.Outcome>>() {})))
                .optional();
    }

    @Transactional(readOnly = true)
    public List<Award> all() {
        return jdbc.sql("SELECT id FROM commissioning.award ORDER BY starts_on DESC, title").query(UUID.class).list()
                .stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /** Varies the award, keeping the award as it was before in the variation history. */
    public void vary(UUID id, String summary, UnaryOperator<AwardEvidence> change) {
        Award award = find(id).orElseThrow(() -> new NotFoundException("award " + id));
        jdbc.sql("""
                INSERT INTO commissioning.award_variation (id, award, varied_on, summary, before, varied_by, recorded_at)
                VALUES (?, ?, ?, ?, ?::jsonb, ?, ?)""")
                .params(UUID.randomUUID(), id, Date.valueOf(LocalDate.now(clock)), summary,
                        json.writeValueAsString(award.evidence()), Actor.current().label(), Timestamp.from(Instant.now(clock)))
                .update();
        save(award, change.apply(award.evidence()), "varied", summary);
    }

    /** Sets the outcomes and indicators the award pays for. */
    public void setOutcomes(UUID id, List<Award.Outcome> outcomes) {
        Award award = find(id).orElseThrow(() -> new NotFoundException("award " + id));
        jdbc.sql("UPDATE commissioning.award SET outcomes = ?::jsonb WHERE id = ?")
                .params(json.writeValueAsString(outcomes), id).update();
        audit.record(new AuditedChange("commissioning", "award", id.toString(), "outcomes set",
                "Set " + outcomes.size() + " outcomes and indicators for \"" + award.title() + "\""));
    }

    /** Records a payment due, and when it was paid (null while unpaid). */
    public void recordPayment(UUID id, AwardEvidence.Payment payment) {
        Award award = find(id).orElseThrow(() -> new NotFoundException("award " + id));
        AwardEvidence e = award.evidence();
        List<AwardEvidence.Payment> payments = new java.util.ArrayList<>(e.payments());
        payments.removeIf(existing -> existing.due().equals(payment.due()));
        payments.add(payment);
        payments.sort(java.util.Comparator.comparing(AwardEvidence.Payment::due));
        AwardEvidence paid = new AwardEvidence(e.id(), e.type(), e.recipientName(), e.recipientIncome(), e.amount(),
                e.startsOn(), e.endsOn(), e.termReason(), e.fundingMethodReason(), e.overheadsAllowed(), e.monitoring(),
                e.paymentInAdvance(), payments, e.riskAllocationDiscussed(), e.riskAllocation(), e.restrictsCampaigning(),
                e.ending(), LocalDate.now(clock));
        save(award, paid, "payment recorded", "Recorded a payment of £" + payment.amount().toPlainString() + " due "
                + payment.due() + (payment.paid() == null ? ", not yet paid" : ", paid " + payment.paid()));
    }

    /** The variations of an award, newest first. */
    @Transactional(readOnly = true)
    public List<Variation> variations(UUID id) {
        return jdbc.sql("SELECT varied_on, summary, varied_by FROM commissioning.award_variation WHERE award = ? "
                        + "ORDER BY recorded_at DESC")
                .param(id)
                .query((rs, n) -> new Variation(rs.getDate("varied_on").toLocalDate(), rs.getString("summary"),
                        rs.getString("varied_by")))
                .list();
    }

    public record Variation(LocalDate variedOn, String summary, String variedBy) {}

    /** Ends or reduces the funding early, with the notice given and the reasons. */
    public void endEarly(UUID id, AwardEvidence.Ending ending) {
        Award award = find(id).orElseThrow(() -> new NotFoundException("award " + id));
        AwardEvidence e = award.evidence();
        AwardEvidence ended = new AwardEvidence(e.id(), e.type(), e.recipientName(), e.recipientIncome(), e.amount(),
                e.startsOn(), e.endsOn(), e.termReason(), e.fundingMethodReason(), e.overheadsAllowed(), e.monitoring(),
                e.paymentInAdvance(), e.payments(), e.riskAllocationDiscussed(), e.riskAllocation(),
                e.restrictsCampaigning(), ending, LocalDate.now(clock));
        if (!ending.reduction()) {
            jdbc.sql("UPDATE commissioning.award SET status = 'ENDED_EARLY' WHERE id = ?").param(id).update();
        }
        save(award, ended, ending.reduction() ? "reduced" : "ended early",
                (ending.reduction() ? "Reduced" : "Ended") + " the funding from " + ending.endsOn() + ": " + ending.reasons());
    }

    private void save(Award award, AwardEvidence evidence, String action, String summary) {
        int version = award.version() + 1;
        jdbc.sql("UPDATE commissioning.award SET evidence = ?::jsonb, amount = ?, ends_on = ?, updated_at = ?, version = ? "
                        + "WHERE id = ?")
                .params(json.writeValueAsString(evidence), evidence.amount(), Date.valueOf(evidence.endsOn()),
                        Timestamp.from(Instant.now(clock)), version, award.id())
                .update();
        judgements.judge(evidence, version, award.funderOrganisation());
        audit.record(new AuditedChange("commissioning", "award", award.id().toString(), action,
                summary + " (\"" + award.title() + "\")"));
    }
}
