package org.thirdsectorhub.opendata.imports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.organisations.OrganisationLookup;

/**
 * Keeps the funding records of imports: one row per grant id, or per ocid and award (and supplier), so a file
 * imported again updates its rows instead of adding new ones. Each recipient is matched to the register.
 */
@Component
class FundingStore {

    private final JdbcClient jdbc;
    private final OrganisationLookup lookup;

    FundingStore(JdbcClient jdbc, OrganisationLookup lookup) {
        this.jdbc = jdbc;
        this.lookup = lookup;
    }

    void store(FundingRecord record, UUID run, Instant now, ReportBuilder report) {
        Optional<UUID> organisation = match(record);
        String label = record.sourceKey();
        if (organisation.isPresent()) {
            report.matched(label, record.recipientName(), organisation.get());
        } else {
            report.notInRegister(label, record.recipientName(), record.recipientOrgId());
        }
        jdbc.sql("""
                INSERT INTO opendata.external_funding (id, kind, source_key, record_id, award_id, publisher, title, amount,
                    currency, awarded_on, funder_name, funder_org_id, recipient_name, recipient_org_id, organisation,
                    first_run, last_run, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (kind, source_key) DO UPDATE SET record_id = excluded.record_id, award_id = excluded.award_id,
                    publisher = excluded.publisher, title = excluded.title, amount = excluded.amount,
                    currency = excluded.currency, awarded_on = excluded.awarded_on, funder_name = excluded.funder_name,
                    funder_org_id = excluded.funder_org_id, recipient_name = excluded.recipient_name,
                    recipient_org_id = excluded.recipient_org_id, organisation = excluded.organisation,
                    last_run = excluded.last_run, updated_at = excluded.updated_at""")
                .params(UUID.randomUUID(), record.kind(), record.sourceKey(), record.recordId(), record.awardId(),
                        record.publisher(), record.title(), record.amount(), record.currency(), record.awardedOn(),
                        record.funderName(), record.funderOrgId(), record.recipientName(), record.recipientOrgId(),
                        organisation.orElse(null), run, run, Timestamp.from(now))
                .update();
    }

    private Optional<UUID> match(FundingRecord record) {
        for (FundingRecord.Candidate candidate : record.candidates()) {
            Optional<UUID> found = candidate.scheme() == null ? lookup.byOrgId(candidate.value())
                    : lookup.byRegistrationNumber(candidate.scheme(), candidate.value());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
