package org.thirdsectorhub.opendata.publication;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.commissioning.AwardLedger;
import org.thirdsectorhub.commissioning.AwardLine;
import org.thirdsectorhub.organisations.OrganisationReference;
import org.thirdsectorhub.organisations.OrganisationReferences;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hub's grants as 360Giving grants, built from the award ledger's cursor in batches: the organisations of
 * each batch are looked up at once and kept for the rest of the run, so there is never one query per grant.
 * Service agreements are not grants here: they buy specified services, so they go out with the contracts (OCDS).
 */
@Component
class GrantDocuments {

    static final Set<String> GRANT_TYPES = Set.of("GRANT");
    private static final int BATCH = 1000;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final AwardLedger ledger;
    private final OrganisationReferences organisations;
    private final PublicationSettings settings;

    GrantDocuments(AwardLedger ledger, OrganisationReferences organisations, PublicationSettings settings) {
        this.ledger = ledger;
        this.organisations = organisations;
        this.settings = settings;
    }

    /** Hands every grant to the sink, oldest first. */
    void forEachGrant(Consumer<Candidate> sink) {
        Map<String, String> areas = organisations.areaNames();
        Map<UUID, OrganisationReference> known = new HashMap<>();
        List<AwardLine> batch = new ArrayList<>(BATCH);
        ledger.forEachAward(GRANT_TYPES, line -> {
            batch.add(line);
            if (batch.size() == BATCH) {
                flush(batch, known, areas, sink);
            }
        });
        flush(batch, known, areas, sink);
    }

    private void flush(List<AwardLine> batch, Map<UUID, OrganisationReference> known, Map<String, String> areas,
            Consumer<Candidate> sink) {
        Set<UUID> missing = new HashSet<>();
        for (AwardLine line : batch) {
            if (!known.containsKey(line.recipientOrganisation())) {
                missing.add(line.recipientOrganisation());
            }
            if (!known.containsKey(line.funderOrganisation())) {
                missing.add(line.funderOrganisation());
            }
        }
        if (!missing.isEmpty()) {
            Map<UUID, OrganisationReference> found = organisations.referencesOf(missing);
            missing.forEach(id -> known.put(id, found.get(id)));
        }
        for (AwardLine line : batch) {
            sink.accept(grant(line, known.get(line.recipientOrganisation()), known.get(line.funderOrganisation()), areas));
        }
        batch.clear();
    }

    Candidate grant(AwardLine line, OrganisationReference recipient, OrganisationReference funder,
            Map<String, String> areas) {
        String id = settings.grantPrefix() + "-" + line.id();
        ObjectNode grant = NODES.objectNode();
        grant.put("id", id);
        text(grant, "title", line.title());
        text(grant, "description", blank(line.serviceArea()) ? line.title() : line.serviceArea());
        grant.put("currency", "GBP");
        grant.put("amountAwarded", line.amount());
        grant.put("awardDate", LocalDate.ofInstant(line.createdAt(), LONDON).toString());
        ObjectNode planned = grant.putArray("plannedDates").addObject();
        planned.put("startDate", line.startsOn().toString());
        planned.put("endDate", line.endsOn().toString());
        planned.put("duration", ChronoUnit.MONTHS.between(line.startsOn(), line.endsOn().plusDays(1)));

        ObjectNode to = grant.putArray("recipientOrganization").addObject();
        text(to, "id", OrgIds.preferred(recipient, line.recipientOrganisation(), settings.grantPrefix()));
        text(to, "name", line.recipientName());
        OrgIds.numberIn(recipient, "GB-CHC", "GB-SC", "GB-NIC").ifPresent(number -> to.put("charityNumber", number));
        OrgIds.numberIn(recipient, "GB-COH").ifPresent(number -> to.put("companyNumber", number));
        if (recipient != null && !blank(recipient.postcode())) {
            to.put("postalCode", recipient.postcode());
        }

        ArrayNode locations = grant.putArray("beneficiaryLocation");
        for (String ward : line.wardCodes()) {
            location(locations, ward, areas.getOrDefault(ward, ward), "WD");
        }
        location(locations, settings.districtCode(), areas.getOrDefault(settings.districtCode(), settings.districtCode()),
                "UA");

        ObjectNode from = grant.putArray("fundingOrganization").addObject();
        text(from, "id", OrgIds.preferred(funder, line.funderOrganisation(), settings.grantPrefix()));
        text(from, "name", line.funderName());
        if (line.exercise() != null && !blank(line.exerciseTitle())) {
            ObjectNode programme = grant.putArray("grantProgramme").addObject();
            programme.put("code", settings.grantPrefix() + "-programme-" + line.exercise());
            programme.put("title", line.exerciseTitle());
        }
        grant.put("dateModified", line.updatedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        grant.put("dataSource", settings.baseUrl() + "/opendata");
        return new Candidate(id, line.id(), line.version(), blank(line.title()) ? id : line.title(), grant,
                locations.size());
    }

    private static void location(ArrayNode locations, String code, String name, String type) {
        ObjectNode location = locations.addObject();
        location.put("name", name);
        location.put("countryCode", "GB");
        location.put("geoCode", code);
        location.put("geoCodeType", type);
    }

    /** Empty values are left out, so that a grant missing a required field fails the schema and is reported. */
    private static void text(ObjectNode node, String field, String value) {
        if (!blank(value)) {
            node.put(field, value.strip());
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
