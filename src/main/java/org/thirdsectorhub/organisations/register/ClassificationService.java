package org.thirdsectorhub.organisations.register;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.organisations.LegalForm;
import org.thirdsectorhub.organisations.definition.Classification;
import org.thirdsectorhub.organisations.definition.Classifier;
import org.thirdsectorhub.organisations.definition.DefinitionRules;
import org.thirdsectorhub.organisations.definition.OrganisationFacts;
import org.thirdsectorhub.organisations.definition.Reason;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps every organisation classified against the definition in force. A new verdict is recorded
 * only when it differs from the current one; earlier verdicts stay as history.
 */
@Service
@Transactional
public class ClassificationService {

    private final JdbcClient jdbc;
    private final Definitions definitions;
    private final JsonMapper json;
    private final Clock clock;
    private final Classifier classifier = new Classifier();

    ClassificationService(JdbcClient jdbc, Definitions definitions, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.definitions = definitions;
        this.json = json;
        this.clock = clock;
    }

    public Classification classify(UUID organisation) {
        return classify(organisation, definitions.current());
    }

    /** Classifies against the rules given (a newly published version); earlier verdicts stay as history. */
    public Classification classify(UUID organisation, DefinitionRules rules) {
        Classification verdict = classifier.classify(facts(organisation), rules);
        Optional<Classification> current = current(organisation);
        if (current.isPresent() && current.get().equals(verdict)) {
            return verdict;
        }
        jdbc.sql("UPDATE organisations.classification SET current = FALSE WHERE organisation = ? AND current")
                .param(organisation).update();
        jdbc.sql("""
                INSERT INTO organisations.classification (id, organisation, definition_version, third_sector, kind,
                    reasons_id, classified_at, current)
                VALUES (?, ?, ?, ?, ?, ?, ?, TRUE)""")
                .params(UUID.randomUUID(), organisation, verdict.definitionVersion(), verdict.thirdSector(),
                        verdict.kind().name(), ReasonSets.idOf(jdbc, json.writeValueAsString(verdict.reasons())),
                        Timestamp.from(Instant.now(clock)))
                .update();
        return verdict;
    }

    @Transactional(readOnly = true)
    public Optional<Classification> current(UUID organisation) {
        return jdbc.sql("""
                SELECT definition_version, third_sector, kind, %s FROM organisations.classification c
                WHERE organisation = ? AND current""".formatted(ReasonSets.REASONS_OF_C))
                .param(organisation)
                .query((rs, n) -> new Classification(rs.getInt("definition_version"), rs.getBoolean("third_sector"),
                        org.thirdsectorhub.organisations.Kind.valueOf(rs.getString("kind")),
                        json.readValue(rs.getString("reasons"), new TypeReference<List<Reason>>() {})))
                .optional();
    }

    private OrganisationFacts facts(UUID organisation) {
        return jdbc.sql("""
                SELECT legal_form, public_body, controlled_by_public_body, profit_distribution, asset_lock, faith_based,
                       social_purpose FROM organisations.organisation WHERE id = ?""")
                .param(organisation)
                .query((rs, n) -> new OrganisationFacts(LegalForm.valueOf(rs.getString("legal_form")),
                        rs.getBoolean("public_body"), rs.getBoolean("controlled_by_public_body"),
                        rs.getString("profit_distribution"), rs.getBoolean("asset_lock"), rs.getBoolean("faith_based"),
                        rs.getString("social_purpose"), new HashSet<>(jdbc.sql("""
                                SELECT code FROM organisations.organisation_classification
                                WHERE organisation = ? AND taxonomy = 'ccew' AND code LIKE '1%'""")
                                .param(organisation).query(String.class).list())))
                .single();
    }
}
