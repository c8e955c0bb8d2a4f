package org.thirdsectorhub.opendata.imports.giving;

import com.networknt.schema.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.thirdsectorhub.opendata.imports.FundingRecord;
import org.thirdsectorhub.opendata.imports.FundingRecord.Candidate;
import org.thirdsectorhub.opendata.imports.ReportBuilder;
import org.thirdsectorhub.opendata.imports.SchemaViolations;
import org.thirdsectorhub.opendata.imports.Values;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decides what becomes of a normalised grant. Without the data a grant cannot be shown (an id, title,
 * currency, amount awarded, award date, recipient and funder) it is rejected; every other break of the
 * schema is reported as a violation and the grant is imported.
 */
final class GrantChecks {

    private final Schema schema;
    private final ReportBuilder report;

    GrantChecks(Schema schema, ReportBuilder report) {
        this.schema = schema;
        this.report = report;
    }

    /** The grant to store, or empty when it was rejected; its violations are on the report either way. */
    Optional<FundingRecord> check(String record, ObjectNode grant) {
        List<String[]> missing = requiredData(grant);
        Set<String> reported = new HashSet<>();
        for (String[] problem : missing) {
            report.violation(record, problem[0], problem[1]);
            reported.add(problem[0]);
        }
        SchemaViolations.report(report, record, schema.validate(grant), reported,
                Set.of("recipientOrganization", "recipientIndividual"));
        if (!missing.isEmpty()) {
            report.rejected();
            return Optional.empty();
        }
        report.imported();
        return Optional.of(toRecord(grant));
    }

    private static List<String[]> requiredData(ObjectNode grant) {
        List<String[]> problems = new ArrayList<>();
        if (!text(grant.get("id"))) {
            problems.add(new String[] {"$.id", "The grant has no identifier, so it cannot be told apart from others: rejected"});
        }
        if (!text(grant.get("title"))) {
            problems.add(new String[] {"$.title", "The grant has no title: rejected"});
        }
        JsonNode currency = grant.get("currency");
        if (!text(currency) || !currency.stringValue().matches("[A-Z]{3}")) {
            problems.add(new String[] {"$.currency", "The currency is missing or not a three-letter ISO 4217 code: rejected"});
        }
        JsonNode amount = grant.get("amountAwarded");
        if (amount == null || !amount.isNumber()) {
            problems.add(new String[] {"$.amountAwarded", "The amount awarded is missing or not a number: rejected"});
        }
        JsonNode awardDate = grant.get("awardDate");
        if (!text(awardDate) || Values.dateOf(awardDate.stringValue()).isEmpty()) {
            problems.add(new String[] {"$.awardDate", "The award date is missing or not a date: rejected"});
        }
        if (!named(grant.path("recipientOrganization").path(0)) && !named(grant.path("recipientIndividual"))) {
            problems.add(new String[] {"$.recipientOrganization",
                    "The grant names no recipient organisation or individual: rejected"});
        }
        if (!named(grant.path("fundingOrganization").path(0))) {
            problems.add(new String[] {"$.fundingOrganization", "The grant names no funder: rejected"});
        }
        return problems;
    }

    private static boolean text(JsonNode node) {
        return node != null && node.isString() && !node.stringValue().isBlank();
    }

    private static boolean named(JsonNode organisation) {
        return organisation.isObject() && (text(organisation.get("name")) || text(organisation.get("id")));
    }

    private static FundingRecord toRecord(ObjectNode grant) {
        JsonNode funder = grant.path("fundingOrganization").path(0);
        JsonNode recipient = grant.path("recipientOrganization").path(0);
        String recipientName;
        String recipientId;
        List<Candidate> candidates = new ArrayList<>();
        if (recipient.isObject()) {
            recipientName = string(recipient, "name");
            recipientId = string(recipient, "id");
            if (recipientId != null) {
                candidates.add(Candidate.orgId(recipientId));
            }
            String charity = string(recipient, "charityNumber");
            if (charity != null) {
                candidates.addAll(charityCandidates(charity));
            }
            String company = string(recipient, "companyNumber");
            if (company != null) {
                candidates.add(new Candidate("GB-COH", company));
            }
        } else {
            recipientName = string(grant.path("recipientIndividual"), "name");
            recipientId = string(grant.path("recipientIndividual"), "id");
        }
        String id = grant.get("id").stringValue();
        BigDecimal amount = grant.get("amountAwarded").decimalValue();
        return new FundingRecord(FundingRecord.GRANT, id, id, null, string(funder, "name"), grant.get("title").stringValue(),
                amount, grant.get("currency").stringValue(), Values.dateOf(grant.get("awardDate").stringValue()).orElseThrow(),
                string(funder, "name"), string(funder, "id"), recipientName, recipientId, candidates);
    }

    /** SC numbers are Scottish, NIC numbers Northern Irish; six-digit numbers from 100000 may be either register. */
    static List<Candidate> charityCandidates(String number) {
        String upper = number.toUpperCase(java.util.Locale.ROOT);
        if (upper.startsWith("SC")) {
            return List.of(new Candidate("GB-SC", upper));
        }
        if (upper.startsWith("NIC")) {
            return List.of(new Candidate("GB-NIC", upper.substring(3)));
        }
        if (upper.matches("1[0-9]{5}")) {
            return List.of(new Candidate("GB-CHC", upper), new Candidate("GB-NIC", upper));
        }
        return List.of(new Candidate("GB-CHC", upper));
    }

    private static String string(JsonNode node, String property) {
        JsonNode value = node.get(property);
        return value != null && value.isString() && !value.stringValue().isBlank() ? value.stringValue()
                : value != null && value.isNumber() ? value.asString() : null;
    }
}
