package org.thirdsectorhub.organisations.register;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thirdsectorhub.organisations.Kind;
import org.thirdsectorhub.organisations.LegalForm;
import org.thirdsectorhub.organisations.definition.DefinitionRules;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The versions of the definition of the Third Sector, as stored. The newest version is in force. */
@Service
@Transactional(readOnly = true)
public class Definitions {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    Definitions(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    public DefinitionRules current() {
        return jdbc.sql("SELECT version, rules::text AS rules FROM organisations.definition_version ORDER BY version DESC LIMIT 1")
                .query((rs, n) -> parse(rs.getInt("version"), rs.getString("rules"))).single();
    }

    public List<DefinitionVersion> all() {
        return jdbc.sql("""
                SELECT version, title, agreed_on, rules::text AS rules, published_at, published_by
                FROM organisations.definition_version ORDER BY version DESC""")
                .query((rs, n) -> new DefinitionVersion(rs.getInt("version"), rs.getString("title"),
                        rs.getDate("agreed_on").toLocalDate(), parse(rs.getInt("version"), rs.getString("rules")),
                        rs.getTimestamp("published_at").toInstant(), rs.getString("published_by")))
                .list();
    }

    /** Stores a new version; returns its number. Reclassifying is the caller's next step. */
    @Transactional
    public int publish(String title, LocalDate agreedOn, DefinitionRules rules, String publishedBy) {
        int version = jdbc.sql("SELECT coalesce(max(version), 0) + 1 FROM organisations.definition_version")
                .query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO organisations.definition_version (version, title, agreed_on, rules, published_at, published_by)
                VALUES (?, ?, ?, ?::jsonb, ?, ?)""")
                .params(version, title, Date.valueOf(agreedOn), json.writeValueAsString(toJson(rules)),
                        Timestamp.from(Instant.now(clock)), publishedBy)
                .update();
        return version;
    }

    DefinitionRules parse(int version, String text) {
        JsonNode root = json.readTree(text);
        Map<LegalForm, Kind> forms = new EnumMap<>(LegalForm.class);
        root.path("legalForms").properties().forEach(entry ->
                forms.put(LegalForm.valueOf(entry.getKey()), Kind.valueOf(entry.getValue().asString())));
        Set<String> distribution = new HashSet<>();
        root.path("notForProfit").path("allowedDistribution").forEach(node -> distribution.add(node.asString()));
        return new DefinitionRules(version, forms,
                root.path("independence").path("excludePublicBodies").asBoolean(true),
                root.path("independence").path("excludeControlledByPublicBody").asBoolean(true),
                distribution,
                root.path("notForProfit").path("assetLockSuffices").asBoolean(true),
                root.path("socialPurpose").path("required").asBoolean(true),
                root.path("faithGroupsCount").asBoolean(true));
    }

    ObjectNode toJson(DefinitionRules rules) {
        ObjectNode root = json.createObjectNode();
        ObjectNode forms = root.putObject("legalForms");
        rules.legalForms().forEach((form, kind) -> forms.put(form.name(), kind.name()));
        root.putObject("independence").put("excludePublicBodies", rules.excludePublicBodies())
                .put("excludeControlledByPublicBody", rules.excludeControlledByPublicBody());
        ObjectNode notForProfit = root.putObject("notForProfit");
        rules.allowedDistribution().stream().sorted().forEach(notForProfit.putArray("allowedDistribution")::add);
        notForProfit.put("assetLockSuffices", rules.assetLockSuffices());
        root.putObject("socialPurpose").put("required", rules.socialPurposeRequired());
        root.put("faithGroupsCount", rules.faithGroupsCount());
        return root;
    }

    public record DefinitionVersion(int version, String title, LocalDate agreedOn, DefinitionRules rules,
            Instant publishedAt, String publishedBy) {}
}
