package org.thirdsectorhub.opendata.imports.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.opendata.imports.ExternalImports;
import org.thirdsectorhub.opendata.imports.ImportReport;
import org.thirdsectorhub.opendata.imports.Standard;
import org.thirdsectorhub.organisations.OrganisationLookup;
import org.thirdsectorhub.organisations.OrganisationManagement;
import org.thirdsectorhub.organisations.OrganisationSummary;
import org.thirdsectorhub.shared.demo.DemoData;
import org.thirdsectorhub.shared.security.Actor;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Grants that national funders gave to demo organisations, written as the funders would publish them in
 * 360Giving (with the small slips real files have) and imported through the real import, so the demo
 * organisations' pages show funding received from outside the district.
 */
@Component
class DemoExternalFunding implements DemoData {

    private static final String LOTTERY = "The National Lottery Community Fund";
    private static final String LOTTERY_ID = "GB-GOR-PB188";
    private static final String LLOYDS = "Lloyds Bank Foundation for England and Wales";
    private static final String LLOYDS_ID = "GB-CHC-327114";

    private final ExternalImports imports;
    private final OrganisationManagement organisations;
    private final OrganisationLookup lookup;
    private final JsonMapper json;

    DemoExternalFunding(ExternalImports imports, OrganisationManagement organisations, OrganisationLookup lookup,
            JsonMapper json) {
        this.imports = imports;
        this.organisations = organisations;
        this.lookup = lookup;
        this.json = json;
    }

    @Override
    public String name() {
        return "opendata: funding received from national funders";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public void load() {
        List<OrganisationSummary> recipients = new ArrayList<>();
        organisations.findByName("Bletchley Community Larder").ifPresent(recipients::add);
        for (String purpose : List.of("103", "105", "201")) {
            organisations.marketFor(Set.of(purpose), Set.of()).sample().stream()
                    .filter(o -> recipients.stream().noneMatch(r -> r.id().equals(o.id())))
                    .filter(o -> lookup.orgIdsOf(List.of(o.id())).getOrDefault(o.id(), List.of()).stream()
                            .anyMatch(id -> id.startsWith("GB-CHC-")))
                    .findFirst().ifPresent(recipients::add);
        }
        Map<UUID, List<String>> ids = lookup.orgIdsOf(recipients.stream().map(OrganisationSummary::id).toList());
        ObjectNode pkg = json.createObjectNode();
        ArrayNode grants = pkg.putArray("grants");
        String[][] plan = {
            {LOTTERY, LOTTERY_ID, "360G-tnlcf-MK-0001", "Awards for All: community cookery and food sharing", "9850",
                    "2025-02-11", "Awards for All England"},
            {LLOYDS, LLOYDS_ID, "360G-LBFEW-MK-2024-117", "Core costs for advice and advocacy", "\u00a375,000",
                    "14/06/2024", "Invest"},
            {LOTTERY, LOTTERY_ID, "360G-tnlcf-MK-0002", "Reaching Communities: befriending across Milton Keynes", "148500",
                    "2024-09-30T00:00:00", "Reaching Communities England"},
            {LOTTERY, LOTTERY_ID, "360G-tnlcf-MK-0003", "Awards for All: a summer of play in the estates", "10000",
                    "2025-05-20", "Awards for All England"},
        };
        for (int i = 0; i < recipients.size() && i < plan.length; i++) {
            OrganisationSummary recipient = recipients.get(i);
            String orgId = ids.getOrDefault(recipient.id(), List.of()).stream().filter(id -> id.startsWith("GB-CHC-"))
                    .findFirst().orElse(null);
            grants.add(grant(plan[i], recipient.name(), orgId));
        }
        Path file;
        try {
            file = Files.createTempFile("demo-360giving-", ".json");
            try {
                Files.writeString(file, json.writeValueAsString(pkg));
                ImportReport report = imports.run(new ExternalImports.Request(Standard.THREESIXTY_GIVING, file,
                        "national-funders-milton-keynes-360giving.json"), new Actor(null, "demo data"));
                if (!report.succeeded()) {
                    throw new IllegalStateException("The demo 360Giving file did not import: " + report.message());
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode grant(String[] plan, String recipientName, String recipientOrgId) {
        ObjectNode grant = json.createObjectNode();
        grant.put("id", plan[2]);
        grant.put("title", plan[3]);
        grant.put("description", plan[3] + ", for " + recipientName + " in Milton Keynes.");
        grant.put("currency", "GBP");
        if (plan[4].matches("[0-9]+")) {
            grant.put("amountAwarded", new BigDecimal(plan[4]));
        } else {
            grant.put("amountAwarded", plan[4]);
        }
        grant.put("awardDate", plan[5]);
        grant.put("fromOpenCall", plan[1].equals(LLOYDS_ID) ? "Y" : "Yes");
        ObjectNode recipient = grant.putArray("recipientOrganization").addObject();
        recipient.put("id", recipientOrgId == null ? "360G-demo-" + recipientName.hashCode() : recipientOrgId);
        recipient.put("name", recipientName);
        if (recipientOrgId != null) {
            recipient.put("charityNumber", recipientOrgId.substring("GB-CHC-".length()));
        }
        recipient.put("addressLocality", "Milton Keynes");
        ObjectNode funder = grant.putArray("fundingOrganization").addObject();
        funder.put("id", plan[1]);
        funder.put("name", plan[0]);
        grant.putArray("grantProgramme").addObject().put("title", plan[6]);
        ObjectNode location = grant.putArray("beneficiaryLocation").addObject();
        location.put("name", "Milton Keynes");
        location.put("geoCode", "E06000042");
        location.put("geoCodeType", "UA");
        return grant;
    }
}
