package org.thirdsectorhub.opendata.publication;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
import org.thirdsectorhub.opportunities.OpportunityCatalogue;
import org.thirdsectorhub.opportunities.TenderNotice;
import org.thirdsectorhub.organisations.OrganisationReference;
import org.thirdsectorhub.organisations.OrganisationReferences;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tenders and contracts as OCDS 1.1 releases: a tender release for each published tender, an award release
 * (with its contracts) once its decisions are published, and an award release for each contract or service
 * agreement made without a tender on the hub, under its own ocid.
 */
@Component
class ReleaseDocuments {

    static final Set<String> CONTRACT_TYPES = Set.of("CONTRACT", "SERVICE_AGREEMENT");
    /** The Crown Commercial Service extension for tender.suitability (sme, vcse), as Contracts Finder uses it. */
    static final String SUITABILITY_EXTENSION =
            "https://raw.githubusercontent.com/Crown-Commercial-Service/ocds_tender_suitability_extension/main/extension.json";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final OpportunityCatalogue opportunities;
    private final AwardLedger ledger;
    private final OrganisationReferences organisations;
    private final PublicationSettings settings;

    ReleaseDocuments(OpportunityCatalogue opportunities, AwardLedger ledger, OrganisationReferences organisations,
            PublicationSettings settings) {
        this.opportunities = opportunities;
        this.ledger = ledger;
        this.organisations = organisations;
        this.settings = settings;
    }

    void forEachRelease(Consumer<Candidate> sink) {
        List<TenderNotice> tenders = opportunities.publishedTenders();
        Set<UUID> viaTender = new HashSet<>();
        Set<UUID> parties = new HashSet<>();
        for (TenderNotice tender : tenders) {
            parties.add(tender.buyer());
            tender.awards().forEach(award -> {
                parties.add(award.supplier());
                if (award.award() != null) {
                    viaTender.add(award.award());
                }
            });
        }
        Map<UUID, OrganisationReference> known = organisations.referencesOf(parties);
        for (TenderNotice tender : tenders) {
            sink.accept(tenderRelease(tender, known));
            if (tender.decisionsPublishedAt() != null && !tender.awards().isEmpty()) {
                sink.accept(awardRelease(tender, known));
            }
        }
        Map<UUID, OrganisationReference> cache = new HashMap<>(known);
        ledger.forEachAward(CONTRACT_TYPES, line -> {
            if (!viaTender.contains(line.id())) {
                Set<UUID> missing = new HashSet<>(Set.of(line.funderOrganisation(), line.recipientOrganisation()));
                missing.removeIf(cache::containsKey);
                if (!missing.isEmpty()) {
                    Map<UUID, OrganisationReference> found = organisations.referencesOf(missing);
                    missing.forEach(id -> cache.put(id, found.get(id)));
                }
                sink.accept(directRelease(line, cache));
            }
        });
    }

    private Candidate tenderRelease(TenderNotice notice, Map<UUID, OrganisationReference> known) {
        String ocid = settings.ocidPrefix() + "-" + notice.reference();
        ObjectNode release = release(ocid, ocid + "-tender", notice.publishedAt(), "tender");
        ArrayNode parties = release.putArray("parties");
        ObjectNode buyer = party(parties, notice.buyer(), notice.buyerName(), known, "buyer");
        release.putObject("buyer").put("id", buyer.get("id").asString()).put("name", notice.buyerName());
        ObjectNode tender = release.putObject("tender");
        tender.put("id", notice.reference());
        tender.put("title", notice.title());
        if (!GrantDocuments.blank(notice.description())) {
            tender.put("description", notice.description());
        }
        tender.put("status", tenderStatus(notice.status()));
        if (notice.value() != null) {
            value(tender, notice.value());
        }
        tender.put("procurementMethod", notice.procurementMethod());
        tender.put("mainProcurementCategory", notice.procurementCategory());
        period(tender, "tenderPeriod", notice.opensAt(), notice.closesAt());
        if (notice.clarificationsCloseAt() != null) {
            period(tender, "enquiryPeriod", notice.opensAt(), notice.clarificationsCloseAt());
        }
        if (notice.startsOn() != null) {
            period(tender, "contractPeriod", start(notice.startsOn()), notice.endsOn() == null ? null : end(notice.endsOn()));
        }
        tender.putObject("suitability").put("sme", notice.suitableForSme()).put("vcse", notice.suitableForVcse());
        return new Candidate(release.get("id").asString(), notice.id(), 1, notice.title(), release, 0);
    }

    private Candidate awardRelease(TenderNotice notice, Map<UUID, OrganisationReference> known) {
        String ocid = settings.ocidPrefix() + "-" + notice.reference();
        ObjectNode release = release(ocid, ocid + "-award", notice.decisionsPublishedAt(), "award", "contract");
        ArrayNode parties = release.putArray("parties");
        ObjectNode buyer = party(parties, notice.buyer(), notice.buyerName(), known, "buyer");
        release.putObject("buyer").put("id", buyer.get("id").asString()).put("name", notice.buyerName());
        release.putObject("tender").put("id", notice.reference()).put("title", notice.title())
                .put("status", tenderStatus(notice.status()));
        ArrayNode awards = release.putArray("awards");
        ArrayNode contracts = release.putArray("contracts");
        for (TenderNotice.Awarded awarded : notice.awards()) {
            ObjectNode supplier = party(parties, awarded.supplier(), awarded.supplierName(), known, "supplier");
            String awardId = ocid + "-award-" + awarded.application();
            ObjectNode award = awards.addObject();
            award.put("id", awardId);
            award.put("status", "active");
            award.put("date", rfc3339(awarded.decidedAt()));
            value(award, awarded.amount());
            award.putArray("suppliers").addObject().put("id", supplier.get("id").asString())
                    .put("name", awarded.supplierName());
            ObjectNode contract = contracts.addObject();
            contract.put("id", ocid + "-contract-" + awarded.application());
            contract.put("awardID", awardId);
            contract.put("status", "active");
            value(contract, awarded.amount());
            if (notice.startsOn() != null) {
                period(contract, "period", start(notice.startsOn()), notice.endsOn() == null ? null : end(notice.endsOn()));
            }
        }
        return new Candidate(release.get("id").asString(), notice.id(), 1, notice.title(), release, 0);
    }

    private Candidate directRelease(AwardLine line, Map<UUID, OrganisationReference> known) {
        String ocid = settings.ocidPrefix() + "-direct-" + line.id();
        ObjectNode release = release(ocid, ocid + "-award-v" + line.version(), line.updatedAt(), "award", "contract");
        ArrayNode parties = release.putArray("parties");
        ObjectNode buyer = party(parties, line.funderOrganisation(), line.funderName(), known, "buyer");
        ObjectNode supplier = party(parties, line.recipientOrganisation(), line.recipientName(), known, "supplier");
        release.putObject("buyer").put("id", buyer.get("id").asString()).put("name", line.funderName());
        ObjectNode tender = release.putObject("tender");
        tender.put("id", "direct-" + line.id());
        if (!GrantDocuments.blank(line.title())) {
            tender.put("title", line.title());
        }
        tender.put("status", "complete");
        tender.put("procurementMethod", "direct");
        tender.put("mainProcurementCategory", "services");
        String awardId = ocid + "-award";
        ObjectNode award = release.putArray("awards").addObject();
        award.put("id", awardId);
        if (!GrantDocuments.blank(line.title())) {
            award.put("title", line.title());
        }
        award.put("status", "active");
        award.put("date", rfc3339(line.createdAt()));
        value(award, line.amount());
        award.putArray("suppliers").addObject().put("id", supplier.get("id").asString()).put("name", line.recipientName());
        period(award, "contractPeriod", start(line.startsOn()), end(line.endsOn()));
        ObjectNode contract = release.putArray("contracts").addObject();
        contract.put("id", ocid + "-contract");
        contract.put("awardID", awardId);
        if (!GrantDocuments.blank(line.title())) {
            contract.put("title", line.title());
        }
        contract.put("status", "ENDED".equals(line.status()) || "ENDED_EARLY".equals(line.status()) ? "terminated" : "active");
        value(contract, line.amount());
        period(contract, "period", start(line.startsOn()), end(line.endsOn()));
        String label = GrantDocuments.blank(line.title()) ? release.get("id").asString() : line.title();
        return new Candidate(release.get("id").asString(), line.id(), line.version(), label, release, 0);
    }

    private static ObjectNode release(String ocid, String id, Instant date, String... tags) {
        ObjectNode release = NODES.objectNode();
        release.put("ocid", ocid);
        release.put("id", id);
        if (date != null) {
            release.put("date", rfc3339(date));
        }
        ArrayNode tag = release.putArray("tag");
        for (String t : tags) {
            tag.add(t);
        }
        release.put("initiationType", "tender");
        release.put("language", "en");
        return release;
    }

    private ObjectNode party(ArrayNode parties, UUID organisation, String name, Map<UUID, OrganisationReference> known,
            String role) {
        String id = OrgIds.preferred(known.get(organisation), organisation, settings.ocidPrefix());
        for (var existing : parties) {
            if (existing.get("id").asString().equals(id)) {
                ((ArrayNode) existing.get("roles")).add(role);
                return (ObjectNode) existing;
            }
        }
        ObjectNode party = parties.addObject();
        party.put("id", id);
        if (!GrantDocuments.blank(name)) {
            party.put("name", name);
        }
        int split = id.indexOf('-', id.indexOf('-') + 1);
        if (known.get(organisation) != null && !known.get(organisation).orgIds().isEmpty() && split > 0) {
            ObjectNode identifier = party.putObject("identifier");
            identifier.put("scheme", id.substring(0, split));
            identifier.put("id", id.substring(split + 1));
            if (!GrantDocuments.blank(name)) {
                identifier.put("legalName", name);
            }
        }
        party.putArray("roles").add(role);
        return party;
    }

    private static void value(ObjectNode node, BigDecimal amount) {
        if (amount != null) {
            node.putObject("value").put("amount", amount).put("currency", "GBP");
        }
    }

    private static void period(ObjectNode node, String field, Instant start, Instant end) {
        ObjectNode period = node.putObject(field);
        if (start != null) {
            period.put("startDate", rfc3339(start));
        }
        if (end != null) {
            period.put("endDate", rfc3339(end));
        }
    }

    private static String tenderStatus(String status) {
        return switch (status == null ? "" : status) {
            case "DECIDED" -> "complete";
            case "CANCELLED" -> "cancelled";
            case "DRAFT" -> "planning";
            default -> "active";
        };
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant end(LocalDate day) {
        return day.atTime(23, 59, 59).toInstant(ZoneOffset.UTC);
    }

    static String rfc3339(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
