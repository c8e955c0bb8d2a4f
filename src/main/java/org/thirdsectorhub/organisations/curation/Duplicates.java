package org.thirdsectorhub.organisations.curation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.audit.AuditTrail;
import org.thirdsectorhub.audit.AuditedChange;
import org.thirdsectorhub.organisations.OrganisationDraft;
import org.thirdsectorhub.organisations.OrganisationsMerged;
import org.thirdsectorhub.organisations.register.ProfileDifferences;
import org.thirdsectorhub.organisations.register.RegisterService;
import org.thirdsectorhub.shared.security.Actor;
import org.thirdsectorhub.shared.web.NotFoundException;

/**
 * Likely duplicates (one identifier on two records; similar names at one postcode) and merging them.
 * A merge keeps everything: the merged record keeps its versions and points at the survivor, the
 * survivor gains its identifiers, names, services and locations, and {@link OrganisationsMerged} tells
 * other modules to move their references.
 */
@Service
@Transactional
public class Duplicates {

    static final double NAME_SIMILARITY = 0.45;

    private final JdbcClient jdbc;
    private final RegisterService register;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Duplicates(JdbcClient jdbc, RegisterService register, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.register = register;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public record Pair(UUID first, String firstName, UUID second, String secondName, String postcode, String reason) {}

    private static final String LIVE_A = "a.deleted_at IS NULL AND a.merged_into IS NULL";
    private static final String LIVE_B = "b.deleted_at IS NULL AND b.merged_into IS NULL";

    @Transactional(readOnly = true)
    public List<Pair> likely() {
        Map<String, Pair> pairs = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT a.id AS a_id, a.name AS a_name, b.id AS b_id, b.name AS b_name, a.postcode,
                       ia.scheme || '-' || ia.identifier AS reason
                FROM organisations.organisation_identifier ia
                JOIN organisations.organisation_identifier ib ON ib.scheme = ia.scheme AND ib.identifier = ia.identifier
                     AND ia.organisation < ib.organisation
                JOIN organisations.organisation a ON a.id = ia.organisation
                JOIN organisations.organisation b ON b.id = ib.organisation
                WHERE\s""" + LIVE_A + " AND " + LIVE_B + " ORDER BY a.name LIMIT 200")
                .query((rs, n) -> pair(rs, "identifier " + rs.getString("reason")))
                .list().forEach(pair -> pairs.putIfAbsent(pair.first() + "/" + pair.second(), pair));
        jdbc.sql("""
                SELECT a.id AS a_id, a.name AS a_name, b.id AS b_id, b.name AS b_name, a.postcode,
                       round(similarity(organisations.fold(a.name), organisations.fold(b.name))::numeric, 2) AS score
                FROM organisations.organisation a
                JOIN organisations.organisation b ON replace(upper(b.postcode), ' ', '') = replace(upper(a.postcode), ' ', '')
                     AND a.id < b.id
                WHERE a.postcode IS NOT NULL AND\s""" + LIVE_A + " AND " + LIVE_B
                        + " AND similarity(organisations.fold(a.name), organisations.fold(b.name)) >= ?"
                        + " ORDER BY score DESC, a.name LIMIT 200")
                .param(NAME_SIMILARITY)
                .query((rs, n) -> pair(rs, "similar names at the same postcode (" + rs.getString("score") + ")"))
                .list().forEach(pair -> pairs.putIfAbsent(pair.first() + "/" + pair.second(), pair));
        return new ArrayList<>(pairs.values());
    }

    /** The fields whose values differ between the two, for choosing what the survivor keeps. */
    @Transactional(readOnly = true)
    public List<ProfileDifferences.Difference> differences(UUID survivor, UUID merged) {
        return ProfileDifferences.between(live(survivor), live(merged)).differences();
    }

    /**
     * Merges {@code merged} into {@code survivor}; {@code takeFromMerged} names the fields whose value the
     * survivor takes from the merged record. Identifiers and other names are always combined.
     */
    public void merge(UUID merged, UUID survivor, Set<String> takeFromMerged) {
        if (merged.equals(survivor)) {
            throw new IllegalArgumentException("organisations.merge.same");
        }
        OrganisationDraft gone = live(merged);
        OrganisationDraft kept = live(survivor);
        Map<String, Object> replacements = new HashMap<>();
        for (String field : takeFromMerged) {
            if (!Set.of("identifiers", "otherNames").contains(field)) {
                replacements.put(field, DraftFields.get(gone, field));
            }
        }
        Set<org.thirdsectorhub.shared.identifiers.OrgId> identifiers = new LinkedHashSet<>(kept.identifiers());
        identifiers.addAll(gone.identifiers());
        replacements.put("identifiers", List.copyOf(identifiers));
        String survivingName = (String) replacements.getOrDefault("name", kept.name());
        Set<OrganisationDraft.OtherName> names = new LinkedHashSet<>(kept.otherNames());
        names.addAll(gone.otherNames());
        for (String name : List.of(kept.name(), gone.name())) {
            if (!name.equalsIgnoreCase(survivingName)) {
                names.add(new OrganisationDraft.OtherName(name, false));
            }
        }
        names.removeIf(other -> other.name().equalsIgnoreCase(survivingName));
        replacements.put("otherNames", List.copyOf(names));
        // The merged record gives up its identifiers, so one identifier no longer names two live records.
        register.update(merged, DraftFields.with(gone, Map.of("identifiers", List.of())), true,
                "merged into " + kept.name());
        register.update(survivor, DraftFields.with(kept, replacements), true, "merged " + gone.name() + " into it");
        jdbc.sql("UPDATE organisations.organisation SET merged_into = ? WHERE id = ? OR merged_into = ?")
                .params(survivor, merged, merged).update();
        jdbc.sql("UPDATE organisations.service SET organisation = ? WHERE organisation = ?").params(survivor, merged).update();
        jdbc.sql("UPDATE organisations.location SET organisation = ? WHERE organisation = ?").params(survivor, merged).update();
        jdbc.sql("""
                UPDATE organisations.claim c SET organisation = ? WHERE organisation = ? AND (status <> 'PENDING' OR NOT EXISTS
                    (SELECT 1 FROM organisations.claim s WHERE s.organisation = ? AND s.claimant = c.claimant AND s.status = 'PENDING'))""")
                .params(survivor, merged, survivor).update();
        jdbc.sql("UPDATE organisations.claim SET status = 'REJECTED', decision_reason = 'merged' WHERE organisation = ? AND status = 'PENDING'")
                .param(merged).update();
        jdbc.sql("""
                UPDATE organisations.profile_change SET status = 'WITHDRAWN', decided_at = ?, decided_by = ?,
                    decision_reason = 'the organisation was merged into another record' WHERE organisation = ? AND status = 'PENDING'""")
                .params(Timestamp.from(Instant.now(clock)), Actor.current().label(), merged).update();
        jdbc.sql("INSERT INTO organisations.merge (id, merged, survivor, merged_at, merged_by, taken) VALUES (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), merged, survivor, Timestamp.from(Instant.now(clock)), Actor.current().label(),
                        String.join(", ", takeFromMerged.stream().sorted().toList()))
                .update();
        audit.record(new AuditedChange("organisations", "organisation", merged.toString(), "merged",
                "Merged " + gone.name() + " into " + kept.name() + " (" + survivor + ")"
                        + (takeFromMerged.isEmpty() ? "" : ", taking " + String.join(", ", takeFromMerged.stream().sorted().toList()))));
        events.publishEvent(new OrganisationsMerged(merged, survivor));
    }

    private OrganisationDraft live(UUID id) {
        boolean live = jdbc.sql("SELECT count(*) > 0 FROM organisations.organisation WHERE id = ? AND deleted_at IS NULL AND merged_into IS NULL")
                .param(id).query(Boolean.class).single();
        if (!live) {
            throw new NotFoundException("organisation " + id);
        }
        return register.latestVersion(id).orElseThrow(() -> new NotFoundException("organisation " + id));
    }

    private static Pair pair(java.sql.ResultSet rs, String reason) throws java.sql.SQLException {
        return new Pair(rs.getObject("a_id", UUID.class), rs.getString("a_name"), rs.getObject("b_id", UUID.class),
                rs.getString("b_name"), rs.getString("postcode"), reason);
    }
}
