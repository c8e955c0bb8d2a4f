package org.thirdsectorhub.opendata.imports.giving;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a row of a flattened 360Giving spreadsheet back into a grant as JSON, as the standard's flatten-tool
 * does: column titles (matched without regard to case) name properties, {@code :} goes one level down, a
 * number after an array's title picks the item (item 0 when there is none). Columns the standard does not
 * name are kept under their own titles; plain numbers in numeric properties become numbers.
 */
final class Unflatten {

    private static final Map<String, String> GRANT = titles("id=Identifier", "title=Title", "description=Description",
            "currency=Currency", "amountAppliedFor=Amount Applied For", "amountAwarded=Amount Awarded",
            "amountDisbursed=Amount Disbursed", "awardDate=Award Date", "url=URL", "plannedDates=Planned Dates",
            "actualDates=Actual Dates", "recipientIndividual=Recipient Ind", "toIndividualsDetails=To Individuals Details",
            "recipientOrganization=Recipient Org", "beneficiaryLocation=Beneficiary Location",
            "fundingOrganization=Funding Org", "grantProgramme=Grant Programme", "fromOpenCall=From An Open Call?",
            "fundingType=Funding Type", "classifications=Classifications", "relatedDocument=Related Document",
            "applicationTransaction=Application Transaction", "commitmentTransaction=Commitment Transaction",
            "disbursementTransaction=Disbursement Transaction", "relatedActivity=Related Activity",
            "dateModified=Last Modified", "dataSource=Data Source", "regrantType=For Regrant Type",
            "locationScope=Location Scope");
    private static final Map<String, String> ORGANIZATION = titles("id=Identifier", "name=Name", "department=Department",
            "contactName=Contact Name", "charityNumber=Charity Number", "companyNumber=Company Number",
            "streetAddress=Street Address", "addressLocality=City", "addressRegion=County", "addressCountry=Country",
            "postalCode=Postal Code", "telephone=Phone Number", "alternateName=Alternate Name", "email=Email",
            "description=Description", "organisationType=Organisation Type", "url=Web Address", "location=Location",
            "dateModified=Last Modified");
    private static final Map<String, String> EVENT = titles("title=Title", "startDate=Start Date", "endDate=End Date",
            "duration=Duration (months)", "description=Description", "dateModified=Last Modified");
    private static final Map<String, String> LOCATION = titles("id=Identifier", "name=Name", "countryCode=Country Code",
            "latitude=Latitude", "longitude=Longitude", "description=Description", "geoCode=Geographic Code",
            "geoCodeType=Geographic Code Type", "dateModified=Last Modified");
    private static final Map<String, String> CLASSIFICATION = titles("vocabulary=Vocabulary", "code=Code", "title=Title",
            "description=Description", "url=URL", "dateModified=Last Modified");
    private static final Map<String, String> DOCUMENT = titles("id=Identifier", "title=Title", "url=Web Address",
            "description=Description", "documentType=Document Type", "dateModified=Last Modified");
    private static final Map<String, String> TRANSACTION = titles("id=Identifier", "transactionDate=Transaction Date",
            "currency=Currency", "value=Value", "valueDate=Value Date", "description=Description", "provider=Provider",
            "recipient=Recipient", "dateModified=Last Modified");
    private static final Map<String, String> PERSON = titles("id=Identifier", "name=Name");

    /** The kind of object each property holds, for the titles one level down. */
    private static final Map<String, Map<String, String>> CHILDREN = Map.ofEntries(
            Map.entry("plannedDates", EVENT), Map.entry("actualDates", EVENT),
            Map.entry("recipientOrganization", ORGANIZATION), Map.entry("fundingOrganization", ORGANIZATION),
            Map.entry("beneficiaryLocation", LOCATION), Map.entry("location", LOCATION),
            Map.entry("grantProgramme", CLASSIFICATION), Map.entry("fundingType", CLASSIFICATION),
            Map.entry("classifications", CLASSIFICATION), Map.entry("relatedDocument", DOCUMENT),
            Map.entry("applicationTransaction", TRANSACTION), Map.entry("commitmentTransaction", TRANSACTION),
            Map.entry("disbursementTransaction", TRANSACTION), Map.entry("recipientIndividual", PERSON));
    private static final Set<String> ARRAYS = Set.of("plannedDates", "actualDates", "recipientOrganization",
            "fundingOrganization", "beneficiaryLocation", "location", "grantProgramme", "fundingType", "classifications",
            "relatedDocument", "applicationTransaction", "commitmentTransaction", "disbursementTransaction");
    private static final Set<String> STRING_ARRAYS = Set.of("relatedActivity");
    private static final Set<String> NUMBERS = Set.of("amountAppliedFor", "amountAwarded", "amountDisbursed", "duration",
            "latitude", "longitude", "value");

    private final List<List<Step>> columns = new ArrayList<>();

    /** One step of a column's path: a property, and the array item when the property is an array. */
    private record Step(String property, int index) {}

    Unflatten(List<String> header) {
        for (String title : header) {
            columns.add(path(title == null ? "" : title.strip()));
        }
    }

    boolean knows(String property) {
        return columns.stream().anyMatch(path -> !path.isEmpty() && path.get(0).property().equals(property));
    }

    ObjectNode grant(List<String> cells) {
        ObjectNode grant = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < cells.size() && i < columns.size(); i++) {
            String value = cells.get(i);
            List<Step> path = columns.get(i);
            if (value == null || value.isBlank() || path.isEmpty()) {
                continue;
            }
            put(grant, path, value);
        }
        return grant;
    }

    private static void put(ObjectNode grant, List<Step> path, String value) {
        ObjectNode node = grant;
        for (int s = 0; s < path.size() - 1; s++) {
            Step step = path.get(s);
            if (step.index() >= 0) {
                JsonNode existing = node.get(step.property());
                ArrayNode array = existing instanceof ArrayNode a ? a : node.putArray(step.property());
                while (array.size() <= step.index()) {
                    array.addObject();
                }
                node = (ObjectNode) array.get(step.index());
            } else {
                JsonNode existing = node.get(step.property());
                node = existing instanceof ObjectNode o ? o : node.putObject(step.property());
            }
        }
        Step last = path.get(path.size() - 1);
        if (STRING_ARRAYS.contains(last.property())) {
            JsonNode existing = node.get(last.property());
            (existing instanceof ArrayNode a ? a : node.putArray(last.property())).add(value.strip());
        } else if (NUMBERS.contains(last.property()) && value.strip().matches("-?[0-9]+(\\.[0-9]+)?")) {
            node.put(last.property(), new BigDecimal(value.strip()));
        } else {
            node.put(last.property(), value);
        }
    }

    private static List<Step> path(String title) {
        List<Step> steps = new ArrayList<>();
        if (title.isEmpty()) {
            return steps;
        }
        String[] parts = title.split(":");
        Map<String, String> level = GRANT;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            String property = level == null ? null : level.get(part.toLowerCase(Locale.ROOT));
            if (property == null) {
                property = part;
            }
            int index = -1;
            if (ARRAYS.contains(property) && level != null) {
                index = 0;
                if (i + 1 < parts.length && parts[i + 1].strip().matches("[0-9]+")) {
                    index = Integer.parseInt(parts[++i].strip());
                }
            }
            steps.add(new Step(property, index));
            level = CHILDREN.get(property);
        }
        return steps;
    }

    private static Map<String, String> titles(String... pairs) {
        Map<String, String> map = new HashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            map.put(pair.substring(eq + 1).toLowerCase(Locale.ROOT), pair.substring(0, eq));
            map.put(pair.substring(0, eq).toLowerCase(Locale.ROOT), pair.substring(0, eq));
        }
        return map;
    }
}
