package org.thirdsectorhub.organisations.curation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.audit.AuditTrail;
import org.thirdsectorhub.audit.AuditedChange;
import org.thirdsectorhub.organisations.definition.DefinitionRules;
import org.thirdsectorhub.organisations.register.ClassificationService;
import org.thirdsectorhub.organisations.register.Definitions;
import org.thirdsectorhub.shared.security.Actor;

/** Publishes a new version of the definition and re-classifies every organisation against it, in one transaction. */
@Service
@Transactional
public class DefinitionPublishing {

    private final Definitions definitions;
    private final ClassificationService classification;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    DefinitionPublishing(Definitions definitions, ClassificationService classification, JdbcClient jdbc, AuditTrail audit) {
        this.definitions = definitions;
        this.classification = classification;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public record Published(int version, int reclassified) {}

    public Published publish(String title, LocalDate agreedOn, DefinitionRules rules) {
        int version = definitions.publish(title.strip(), agreedOn, rules, Actor.current().label());
        DefinitionRules inForce = definitions.current();
        List<UUID> organisations = jdbc.sql("SELECT id FROM organisations.organisation ORDER BY id").query(UUID.class).list();
        organisations.forEach(id -> classification.classify(id, inForce));
        audit.record(new AuditedChange("organisations", "definition", String.valueOf(version), "published",
                "Published version " + version + " of the definition (" + title.strip() + ", agreed on " + agreedOn
                        + ") and re-classified " + organisations.size() + " organisations"));
        return new Published(version, organisations.size());
    }
}
