package org.thirdsectorhub.organisations.register;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.audit.AuditTrail;
import org.thirdsectorhub.audit.AuditedChange;
import org.thirdsectorhub.organisations.ServiceDraft;

/** Adds and removes an organisation's services, with their schedules and locations. */
@Service
@Transactional
public class ServiceStore {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ServiceStore(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public UUID add(UUID organisation, ServiceDraft draft) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO organisations.service (id, organisation, name, description, url, email, phone, status, fees,
                    eligibility, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, organisation, draft.name(), draft.description(), draft.url(), draft.email(), draft.phone(),
                        draft.status(), draft.fees(), draft.eligibility(), Timestamp.from(Instant.now(clock)))
                .update();
        for (ServiceDraft.Schedule schedule : draft.schedules()) {
            jdbc.sql("""
                    INSERT INTO organisations.schedule (id, service, freq, byday, opens_at, closes_at, description)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), id, schedule.freq(), schedule.byday(), time(schedule.opensAt()),
                            time(schedule.closesAt()), schedule.description())
                    .update();
        }
        for (ServiceDraft.Location location : draft.locations()) {
            UUID locationId = UUID.randomUUID();
            jdbc.sql("""
                    INSERT INTO organisations.location (id, organisation, name, address_line, town, postcode, latitude,
                        longitude, ward_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(locationId, organisation, location.name(), location.addressLine(), location.town(),
                            location.postcode(), location.latitude(), location.longitude(), location.wardCode())
                    .update();
            jdbc.sql("INSERT INTO organisations.service_at_location (id, service, location) VALUES (?, ?, ?)")
                    .params(UUID.randomUUID(), id, locationId).update();
        }
        draft.taxonomyCodes().forEach(code -> jdbc.sql(
                        "INSERT INTO organisations.service_taxonomy (service, taxonomy, code) VALUES (?, 'ccew', ?)")
                .params(id, code).update());
        audit.record(new AuditedChange("organisations", "service", id.toString(), "added",
                "Added the service \"" + draft.name() + "\""));
        return id;
    }

    private static Time time(java.time.LocalTime time) {
        return time == null ? null : Time.valueOf(time);
    }
}
