package org.thirdsectorhub.opendata.publication;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.opendata.schemas.OpenDataSchemas;
import tools.jackson.databind.JsonNode;

/**
 * Checks one record against the official schema of its dataset, plus the one rule the schemas leave to
 * publishers that the hub enforces: organisations are named by org-ids (or 360Giving's own scheme for
 * organisations without a registration). The schemas are built once, on the first check rather than at
 * start-up (parsing them is a good part of a second of CPU), and reused for every record.
 */
@Component
class RecordChecks {

    private final OpenDataSchemas schemas;
    private volatile Built built;

    private record Built(Schema grant, Schema release, Schema grantPackage, Schema releasePackage) {}

    RecordChecks(OpenDataSchemas schemas) {
        this.schemas = schemas;
    }

    private Built built() {
        Built result = built;
        if (result == null) {
            synchronized (this) {
                result = built;
                if (result == null) {
                    result = new Built(schemas.grant(), schemas.ocdsRelease(), schemas.grantPackage(),
                            schemas.ocdsReleasePackage());
                    built = result;
                }
            }
        }
        return result;
    }

    List<Problem> check(Dataset dataset, JsonNode record) {
        Set<Problem> problems = new LinkedHashSet<>();
        for (Error error : (dataset == Dataset.GRANTS ? built().grant() : built().release()).validate(record)) {
            if (!otherBranch(error, record)) {
                problems.add(problem(error));
            }
        }
        if (dataset == Dataset.GRANTS) {
            identifier(record, "recipientOrganization", problems);
            identifier(record, "fundingOrganization", problems);
        }
        return List.copyOf(problems);
    }

    /** The package around the records (metadata, version, licence), checked with one record inside. */
    List<Problem> checkPackage(Dataset dataset, JsonNode envelope) {
        List<Problem> problems = new ArrayList<>();
        for (Error error : (dataset == Dataset.GRANTS ? built().grantPackage() : built().releasePackage()).validate(envelope)) {
            problems.add(problem(error));
        }
        return problems;
    }

    private static void identifier(JsonNode record, String field, Set<Problem> problems) {
        JsonNode organisations = record.get(field);
        if (organisations == null || !organisations.isArray()) {
            return;
        }
        for (int i = 0; i < organisations.size(); i++) {
            JsonNode id = organisations.get(i).get("id");
            if (id != null && id.isString() && !OrgIds.acceptable(id.asString())) {
                problems.add(new Problem("$." + field + "[" + i + "].id", "\"" + id.asString()
                        + "\" is not an organisation identifier: use an org-id such as GB-CHC-1234567 (a register's "
                        + "code followed by the organisation's number in it)"));
            }
        }
    }

    /**
     * A grant goes either to an organisation or to an individual (the schema's oneOf): when the record names an
     * organisation, the other branch's complaint that no individual is named is noise.
     */
    private static boolean otherBranch(Error error, JsonNode record) {
        return "required".equals(error.getKeyword()) && "recipientIndividual".equals(error.getProperty())
                && record.has("recipientOrganization");
    }

    private static Problem problem(Error error) {
        String location = String.valueOf(error.getInstanceLocation());
        if (location.isEmpty()) {
            location = "$";
        }
        if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
            return new Problem(location + "." + error.getProperty(),
                    "is missing: the standard requires every record to have it");
        }
        String message = error.getMessage();
        if (message.startsWith(location + ": ")) {
            message = message.substring(location.length() + 2);
        }
        return new Problem(location, message);
    }
}
