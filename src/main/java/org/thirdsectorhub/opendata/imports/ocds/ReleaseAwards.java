package org.thirdsectorhub.opendata.imports.ocds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.thirdsectorhub.opendata.imports.FundingRecord;
import org.thirdsectorhub.opendata.imports.FundingRecord.Candidate;
import org.thirdsectorhub.opendata.imports.ReportBuilder;
import org.thirdsectorhub.opendata.imports.Values;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The contract awards in a release: one funding record per award and supplier, the buyer as funder, each
 * supplier looked up by its party's identifier and additional identifiers.
 */
final class ReleaseAwards {

    private final OcdsNormaliser normaliser;
    private final ReportBuilder report;
    private final Consumer<FundingRecord> accepted;

    ReleaseAwards(OcdsNormaliser normaliser, ReportBuilder report, Consumer<FundingRecord> accepted) {
        this.normaliser = normaliser;
        this.report = report;
        this.accepted = accepted;
    }

    void normalise(String label, ObjectNode release) {
        normaliser.normalise(label, release);
    }

    void store(String label, ObjectNode release, String publisher) {
        JsonNode awards = release.get("awards");
        if (awards == null || !awards.isArray()) {
            return;
        }
        String ocid = release.get("ocid").stringValue();
        JsonNode buyer = release.path("buyer");
        String funderName = text(buyer, "name");
        String funderOrgId = orgIdOf(party(release, text(buyer, "id"))).orElse(text(buyer, "id"));
        for (int i = 0; i < awards.size(); i++) {
            JsonNode award = awards.get(i);
            String awardId = text(award, "id");
            if (awardId == null) {
                report.violation(label, "$.awards[" + i + "].id", "The award has no id, so it cannot be kept apart from"
                        + " others: not stored");
                continue;
            }
            String title = first(text(award, "title"), text(release.path("tender"), "title"), text(award, "description"),
                    "Contract " + ocid);
            BigDecimal amount = award.path("value").path("amount").isNumber()
                    ? award.path("value").path("amount").decimalValue() : null;
            String currency = text(award.path("value"), "currency");
            var date = Values.dateOf(text(award, "date")).or(() -> Values.dateOf(text(release, "date"))).orElse(null);
            JsonNode suppliers = award.path("suppliers");
            if (!suppliers.isArray() || suppliers.isEmpty()) {
                accepted.accept(new FundingRecord(FundingRecord.CONTRACT, ocid + "/" + awardId, ocid, awardId,
                        first(publisher, funderName), title, amount, currency, date, funderName, funderOrgId, null, null,
                        List.of()));
                continue;
            }
            for (JsonNode supplier : suppliers) {
                String supplierId = text(supplier, "id");
                JsonNode party = party(release, supplierId);
                List<Candidate> candidates = new ArrayList<>();
                orgIdOf(party).ifPresent(id -> candidates.add(Candidate.orgId(id)));
                for (JsonNode additional : party.path("additionalIdentifiers")) {
                    orgIdOf(additional).ifPresent(id -> candidates.add(Candidate.orgId(id)));
                }
                if (supplierId != null) {
                    candidates.add(Candidate.orgId(supplierId));
                }
                String key = ocid + "/" + awardId + (suppliers.size() > 1 ? "/" + first(supplierId, text(supplier, "name")) : "");
                accepted.accept(new FundingRecord(FundingRecord.CONTRACT, key, ocid, awardId, first(publisher, funderName),
                        title, amount, currency, date, funderName, funderOrgId,
                        first(text(supplier, "name"), text(party, "name")),
                        candidates.isEmpty() ? supplierId : candidates.get(0).value(), candidates));
            }
        }
    }

    private static JsonNode party(JsonNode release, String id) {
        if (id != null) {
            for (JsonNode party : release.path("parties")) {
                if (id.equals(text(party, "id"))) {
                    return party;
                }
            }
        }
        return tools.jackson.databind.node.MissingNode.getInstance();
    }

    /** scheme-id from a party's identifier (or from an identifier itself). */
    private static java.util.Optional<String> orgIdOf(JsonNode node) {
        JsonNode identifier = node.has("identifier") ? node.get("identifier") : node;
        String scheme = text(identifier, "scheme");
        String id = text(identifier, "id");
        return scheme == null || id == null ? java.util.Optional.empty()
                : java.util.Optional.of(id.regionMatches(true, 0, scheme + "-", 0, scheme.length() + 1) ? id : scheme + "-" + id);
    }

    private static String text(JsonNode node, String property) {
        JsonNode value = node == null ? null : node.get(property);
        if (value == null) {
            return null;
        }
        if (value.isNumber()) {
            return value.asString();
        }
        return value.isString() && !value.stringValue().isBlank() ? value.stringValue() : null;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
