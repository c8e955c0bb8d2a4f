package org.thirdsectorhub.organisations.register;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.audit.AuditTrail;
import org.thirdsectorhub.audit.AuditedChange;
import org.thirdsectorhub.organisations.OrganisationDraft;
import org.thirdsectorhub.organisations.OrganisationRegistered;
import org.thirdsectorhub.organisations.OrganisationUpdated;
import org.thirdsectorhub.shared.security.Actor;
import org.thirdsectorhub.shared.web.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Adds organisations to the register and changes them. Every change keeps a version of the whole
 * profile, re-classifies the organisation and is audited, all in one transaction.
 */
@Service
@Transactional
public class RegisterService {

    private final OrganisationStore store;
    private final ClassificationService classification;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final SnapshotJson snapshots;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegisterService(OrganisationStore store, ClassificationService classification, JdbcClient jdbc, JsonMapper json,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock, SnapshotJson snapshots) {
        this.snapshots = snapshots;
        this.store = store;
        this.classification = classification;
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Adds an organisation; {@code source} says where it came from ("LOCAL", "CHARITY_COMMISSION", …). */
    public UUID register(OrganisationDraft draft, String source, String why) {
        return register(UUID.randomUUID(), draft, source, why);
    }

    public UUID register(UUID id, OrganisationDraft draft, String source, String why) {
        Instant now = Instant.now(clock);
        store.insert(id, draft, source, now);
        keepVersion(id, draft, now, why);
        classification.classify(id);
        audit.record(new AuditedChange("organisations", "organisation", id.toString(), "registered",
                "Added " + draft.name() + " to the register (" + why + ")"));
        events.publishEvent(new OrganisationRegistered(id, draft.name()));
        return id;
    }

    /** Replaces the profile with the draft; {@code localEdit} marks changes that imports must not overwrite. */
    public void update(UUID id, OrganisationDraft draft, boolean localEdit, String why) {
        Optional<OrganisationDraft> before = latestVersion(id);
        if (before.isEmpty()) {
            throw new NotFoundException("organisation " + id);
        }
        if (before.get().equals(draft)) {
            return;
        }
        Instant now = Instant.now(clock);
        store.update(id, draft, now, localEdit);
        String changes = ProfileDifferences.between(before.get(), draft).summary();
        keepVersion(id, draft, now, why + ": " + changes);
        classification.classify(id);
        audit.record(new AuditedChange("organisations", "organisation", id.toString(), "updated",
                "Changed " + draft.name() + " (" + why + "): " + changes));
        events.publishEvent(new OrganisationUpdated(id, draft.name()));
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationDraft> latestVersion(UUID id) {
        return jdbc.sql("""
                SELECT snapshot::text FROM organisations.organisation_version WHERE organisation = ?
                ORDER BY number DESC LIMIT 1""")
                .param(id).query(String.class).optional()
                .map(text -> json.readValue(text, OrganisationDraft.class));
    }

    private void keepVersion(UUID id, OrganisationDraft draft, Instant now, String summary) {
        jdbc.sql("""
                INSERT INTO organisations.organisation_version (organisation, number, snapshot, changed_at, changed_by, summary)
                VALUES (?, (SELECT coalesce(max(number), 0) + 1 FROM organisations.organisation_version WHERE organisation = ?),
                        ?, ?, ?, ?)""")
                .params(id, id, snapshots.of(draft), Timestamp.from(now), Actor.current().label(),
                        summary.length() > 1000 ? summary.substring(0, 1000) : summary)
                .update();
    }
}
