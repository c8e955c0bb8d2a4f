package org.thirdsectorhub.opendata.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.networknt.schema.InputFormat;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.thirdsectorhub.commissioning.award.Awards;
import org.thirdsectorhub.commissioning.award.NewAward;
import org.thirdsectorhub.commissioning.conformance.AwardEvidence;
import org.thirdsectorhub.commissioning.exercise.Exercises;
import org.thirdsectorhub.commissioning.exercise.NewExercise;
import org.thirdsectorhub.identity.Role;
import org.thirdsectorhub.opendata.schemas.OpenDataSchemas;
import org.thirdsectorhub.opportunities.DecisionsPublished;
import org.thirdsectorhub.organisations.OrganisationLookup;
import org.thirdsectorhub.support.HubIntegrationTest;
import org.thirdsectorhub.support.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The hub's grants as 360Giving and its tenders and contracts as OCDS: valid, complete, and never invalid. */
@HubIntegrationTest
class OpenDataPublicationTest {

    private static final Path TEMPLATE = Path.of("../shared/data/360giving/templates/360-giving-schema-titles-with-meta-tab-2023.xlsx");

    @Autowired MockMvc mvc;
    @Autowired OpenDataSchemas schemas;
    @Autowired Publications publications;
    @Autowired Awards awards;
    @Autowired Exercises exercises;
    @Autowired OrganisationLookup lookup;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired TestAccounts accounts;
    @Autowired org.springframework.context.ApplicationEventPublisher events;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void theDemoGrantsArePublishedAsA360GivingPackageThatValidatesAgainstTheOfficialSchemas() throws Exception {
        UUID council = lookup.byOrgId("GB-LAE-MIK").orElseThrow();
        UUID exercise = exercises.start(new NewExercise("Community transport in Bletchley", council,
                "Milton Keynes City Council", "", "Door-to-door transport for older people", List.of("103"),
                List.of("E05009406", "E05009407")));
        UUID larder = jdbc.sql("SELECT id FROM organisations.organisation WHERE name = 'Bletchley Community Larder'")
                .query(UUID.class).single();
        UUID grant = awards.make(grant(exercise, "Dial-a-ride for Bletchley", council, larder));
        assertThat(publications.publish(Dataset.GRANTS).published()).isTrue();

        String body = fetch("/api/v1/opendata/360giving.json").getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(schemas.grantPackage().validate(body, InputFormat.JSON)).isEmpty();
        JsonNode root = json.readTree(body);
        assertThat(root.get("license").asString()).startsWith("https://www.nationalarchives.gov.uk/doc/open-government-licence");
        assertThat(root.get("publisher").get("name").asString()).isNotBlank();
        List<JsonNode> grants = new ArrayList<>();
        root.get("grants").forEach(grants::add);
        assertThat(grants).hasSizeGreaterThanOrEqualTo(3);
        for (JsonNode each : grants) {
            assertThat(schemas.grant().validate(each)).isEmpty();
            assertThat(each.get("id").asString()).startsWith("360G-mkthirdsector-");
            assertThat(each.get("fundingOrganization").get(0).get("id").asString()).matches("(GB-[A-Z]+-.+|360G-.+)");
            assertThat(each.get("recipientOrganization").get(0).get("id").asString()).matches("(GB-[A-Z]+-.+|360G-.+)");
            assertThat(each.get("beneficiaryLocation").findValuesAsString("geoCode")).contains("E06000042");
        }
        JsonNode ours = grants.stream().filter(g -> g.get("id").asString().endsWith(grant.toString())).findFirst().orElseThrow();
        assertThat(ours.get("title").asString()).isEqualTo("Dial-a-ride for Bletchley");
        assertThat(ours.get("fundingOrganization").get(0).get("id").asString()).isEqualTo("GB-LAE-MIK");
        assertThat(ours.get("amountAwarded").decimalValue()).isEqualByComparingTo("24000");
        assertThat(ours.get("grantProgramme").get(0).get("title").asString()).isEqualTo("Community transport in Bletchley");
        assertThat(ours.get("plannedDates").get(0).get("duration").asInt()).isEqualTo(24);
        JsonNode bletchleyEast = ours.get("beneficiaryLocation").get(0);
        assertThat(bletchleyEast.get("geoCode").asString()).isEqualTo("E05009406");
        assertThat(bletchleyEast.get("geoCodeType").asString()).isEqualTo("WD");
        assertThat(bletchleyEast.get("name").asString()).isEqualTo("Bletchley East");
        assertThat(ours.get("beneficiaryLocation").get(2).get("geoCodeType").asString()).isEqualTo("UA");
        assertThat(ours.get("recipientOrganization").get(0).get("name").asString()).isEqualTo("Bletchley Community Larder");
    }

    @Test
    void theSpreadsheetsUseTheColumnTitlesOfTheOfficialTemplate() throws Exception {
        publications.publish(Dataset.GRANTS);
        Set<String> titles = templateTitles();

        String csv = fetch("/api/v1/opendata/360giving.csv").getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> header;
        int rows;
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.DEFAULT)) {
            var records = parser.getRecords();
            header = records.get(0).toList();
            rows = records.size() - 1;
            assertThat(records.get(1).get(header.indexOf("Beneficiary Location:0:Geographic Code"))).isNotBlank();
        }
        assertThat(header).contains("Identifier", "Title", "Amount Awarded", "Recipient Org:Identifier",
                "Funding Org:Identifier", "Beneficiary Location:0:Geographic Code");
        assertThat(header).allSatisfy(title -> assertThat(titles).contains(title.replaceAll(":\\d+:", ":")));
        assertThat(rows).isEqualTo(publications.latest(Dataset.GRANTS).orElseThrow().publishedCount());

        MvcResult xlsx = fetch("/api/v1/opendata/360giving.xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheet("grants");
            List<String> xlsxHeader = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> xlsxHeader.add(cell.getStringCellValue()));
            assertThat(xlsxHeader).isEqualTo(header);
            assertThat(sheet.getLastRowNum()).isEqualTo(rows);
        }
    }

    @Test
    void tendersAndContractsArePublishedAsAnOcdsReleasePackageThatValidates() throws Exception {
        UUID council = lookup.byOrgId("GB-LAE-MIK").orElseThrow();
        UUID larder = jdbc.sql("SELECT id FROM organisations.organisation WHERE name = 'Bletchley Community Larder'")
                .query(UUID.class).single();
        String reference = "T-" + UUID.randomUUID().toString().substring(0, 8);
        UUID tender = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        jdbc.sql("""
                INSERT INTO opportunities.opportunity (id, reference, kind, owner_organisation, owner_name, title,
                    description, total_budget, procurement_category, procurement_method, suitable_for_sme,
                    suitable_for_vcse, opens_at, clarifications_close_at, closes_at, starts_on, ends_on, status,
                    published_at, decisions_published_at, created_by, created_at, updated_at)
                VALUES (?, ?, 'TENDER', ?, 'Milton Keynes City Council', 'Holiday activities and food', 'Summer clubs',
                    90000, 'services', 'open', TRUE, TRUE, ?, ?, ?, DATE '2027-07-01', DATE '2028-06-30', 'DECIDED', ?, ?,
                    'test', ?, ?)""")
                .params(tender, reference, council, ts(now.minus(40, ChronoUnit.DAYS)), ts(now.minus(20, ChronoUnit.DAYS)),
                        ts(now.minus(10, ChronoUnit.DAYS)), ts(now.minus(40, ChronoUnit.DAYS)), ts(now), ts(now), ts(now))
                .update();
        UUID application = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO opportunities.application (id, opportunity, organisation, organisation_name, reference, status,
                    created_by, created_at, updated_at) VALUES (?, ?, ?, 'Bletchley Community Larder', ?, 'SUCCESSFUL',
                    'test', ?, ?)""")
                .params(application, tender, larder, reference + "-1", ts(now), ts(now)).update();
        jdbc.sql("""
                INSERT INTO opportunities.decision (application, outcome, amount_awarded, reasons, decided_by, decided_at)
                VALUES (?, 'SUCCESSFUL', 85000, 'Best value and social value', 'test', ?)""")
                .params(application, ts(now)).update();
        assertThat(publications.publish(Dataset.CONTRACTS).published()).isTrue();

        String body = fetch("/api/v1/opendata/ocds/releases.json").getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(schemas.ocdsReleasePackage().validate(body, InputFormat.JSON)).isEmpty();
        JsonNode root = json.readTree(body);
        assertThat(root.get("version").asString()).isEqualTo("1.1");
        Set<String> ids = new HashSet<>();
        List<JsonNode> ours = new ArrayList<>();
        for (JsonNode release : root.get("releases")) {
            assertThat(ids.add(release.get("id").asString())).as("release ids are unique").isTrue();
            assertThat(release.get("ocid").asString()).matches("ocds-[a-z0-9]{6}-.+");
            if (release.get("ocid").asString().endsWith(reference)) {
                ours.add(release);
            }
        }
        assertThat(ours).hasSize(2);
        JsonNode tenderRelease = ours.get(0);
        assertThat(tenderRelease.get("tag").get(0).asString()).isEqualTo("tender");
        assertThat(tenderRelease.get("tender").get("suitability").get("sme").asBoolean()).isTrue();
        assertThat(tenderRelease.get("tender").get("suitability").get("vcse").asBoolean()).isTrue();
        assertThat(tenderRelease.get("tender").get("tenderPeriod").get("endDate").asString()).endsWith("Z");
        assertThat(tenderRelease.get("parties").get(0).get("id").asString()).isEqualTo("GB-LAE-MIK");
        assertThat(tenderRelease.get("parties").get(0).get("identifier").get("scheme").asString()).isEqualTo("GB-LAE");
        JsonNode awardRelease = ours.get(1);
        assertThat(awardRelease.get("parties").toString()).contains("\"supplier\"").contains("\"buyer\"");
        assertThat(awardRelease.get("tag").toString()).contains("award", "contract");
        assertThat(awardRelease.get("awards").get(0).get("value").get("amount").decimalValue()).isEqualByComparingTo("85000");
        assertThat(awardRelease.get("contracts").get(0).get("awardID").asString())
                .isEqualTo(awardRelease.get("awards").get(0).get("id").asString());
        assertThat(root.get("releases").findValuesAsString("procurementMethod")).contains("direct");
    }

    @Test
    void anInvalidGrantIsKeptOutAndReportedWithItsFieldWhileTheRestArePublished() throws Exception {
        UUID council = lookup.byOrgId("GB-LAE-MIK").orElseThrow();
        UUID badlyRegistered = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO organisations.organisation (id, name, legal_form, created_at, updated_at)
                VALUES (?, 'Wolverton Youth Band', 'UNINCORPORATED_ASSOCIATION', now(), now())""")
                .param(badlyRegistered).update();
        jdbc.sql("INSERT INTO organisations.organisation_identifier (organisation, scheme, identifier) VALUES (?, 'GB-CHC', 'ask our treasurer')")
                .param(badlyRegistered).update();
        UUID untitled = awards.make(grant(null, "Title to be removed", council, badlyRegistered));
        UUID badRecipient = awards.make(grant(null, "Instruments for the band", council, badlyRegistered));
        jdbc.sql("UPDATE commissioning.award SET title = '' WHERE id = ?").param(untitled).update();
        try {
            var admin = accounts.create(Role.ADMINISTRATOR).toPrincipal(Instant.now());
            String check = mvc.perform(post("/opendata/publication/360giving/check").with(user(admin)).with(csrf()))
                    .andReturn().getResponse().getContentAsString();
            assertThat(check).contains("360G-mkthirdsector-" + untitled).contains("$.title")
                    .contains("360G-mkthirdsector-" + badRecipient).contains("$.recipientOrganization[0].id")
                    .contains("Instruments for the band").contains("Publish the");

            var published = mvc.perform(post("/opendata/publication/360giving/publish").with(user(admin)).with(csrf()))
                    .andReturn();
            assertThat(published.getResponse().getRedirectedUrl()).isEqualTo("/opendata/publication");
            PublicationSummary latest = publications.latest(Dataset.GRANTS).orElseThrow();
            assertThat(latest.excludedCount()).isEqualTo(2);
            assertThat(latest.exclusions()).extracting(InvalidRecord::recordId)
                    .containsExactlyInAnyOrder("360G-mkthirdsector-" + untitled, "360G-mkthirdsector-" + badRecipient);
            assertThat(latest.exclusions()).flatExtracting(InvalidRecord::problems).extracting(Problem::field)
                    .contains("$.title", "$.recipientOrganization[0].id");

            String body = fetch("/api/v1/opendata/360giving.json").getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).doesNotContain(untitled.toString()).doesNotContain(badRecipient.toString());
            assertThat(schemas.grantPackage().validate(body, InputFormat.JSON)).isEmpty();
            assertThat(json.readTree(body).get("grants").size()).isEqualTo(latest.publishedCount());

            String page = mvc.perform(get("/opendata/publication").with(user(admin))).andReturn().getResponse()
                    .getContentAsString();
            assertThat(page).contains("Records kept out of the last publication").contains("$.recipientOrganization[0].id");
            assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE module = 'opendata' AND entity_id = ?")
                    .param(latest.id().toString()).query(Integer.class).single()).isEqualTo(1);
        } finally {
            jdbc.sql("DELETE FROM commissioning.conformance_result WHERE subject_id IN (?, ?)").params(untitled, badRecipient).update();
            jdbc.sql("DELETE FROM commissioning.award WHERE id IN (?, ?)").params(untitled, badRecipient).update();
            publications.publish(Dataset.GRANTS);
        }
    }

    @Test
    void thePublicPageDescribesTheDatasetsWithTheirDownloadsAndLicence() throws Exception {
        String page = mvc.perform(get("/opendata")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/api/v1/opendata/360giving.json", "/api/v1/opendata/360giving.csv",
                "/api/v1/opendata/360giving.xlsx", "/api/v1/opendata/ocds/releases.json",
                "open-government-licence", "standard.threesixtygiving.org", "standard.open-contracting.org");
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getContentAsString()).contains("href=\"/opendata\"");
    }

    @Test
    void thePublisherPageShowsBothDatasetsWithACheckAndPublishButton() throws Exception {
        var commissioner = accounts.createCommissionerOf(UUID.randomUUID()).toPrincipal(Instant.now());
        String page = mvc.perform(get("/opendata/publication").with(user(commissioner))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Check and publish grants", "Check and publish tenders and contracts", "Last published");
        String check = mvc.perform(post("/opendata/publication/ocds/check").with(user(commissioner)).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(check).contains("records are valid");
        assertThat(mvc.perform(post("/opendata/publication/nonsense/check").with(user(commissioner)).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void grantsMadeByPublishedDecisionsArePublishedWithoutWaitingForAPublisher() throws Exception {
        UUID council = lookup.byOrgId("GB-LAE-MIK").orElseThrow();
        UUID larder = jdbc.sql("SELECT id FROM organisations.organisation WHERE name = 'Bletchley Community Larder'")
                .query(UUID.class).single();
        UUID grant = transactions.execute(status -> {
            UUID made = awards.make(grant(null, "Holiday hunger lunches", council, larder));
            events.publishEvent(new DecisionsPublished(UUID.randomUUID(), "TEST-ROUND", false, 1));
            return made;
        });
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        boolean published = false;
        while (!published && System.nanoTime() < deadline) {
            published = jdbc.sql("SELECT count(*) FROM opendata.published_record WHERE dataset = 'GRANTS' AND record_id LIKE ?")
                    .param("%" + grant).query(Long.class).single() > 0;
            if (!published) {
                Thread.sleep(100);
            }
        }
        assertThat(published).as("the new grant is in the published 360Giving data").isTrue();
    }

    private MvcResult fetch(String path) throws Exception {
        MvcResult started = mvc.perform(get(path)).andReturn();
        mvc.perform(asyncDispatch(started));
        assertThat(started.getResponse().getStatus()).isEqualTo(200);
        return started;
    }

    private static Set<String> templateTitles() throws Exception {
        Set<String> titles = new HashSet<>();
        try (var workbook = new XSSFWorkbook(TEMPLATE.toFile())) {
            for (Sheet sheet : workbook) {
                Row header = sheet.getRow(0);
                if (header != null) {
                    for (Cell cell : header) {
                        titles.add(cell.getStringCellValue());
                    }
                }
            }
        }
        return titles;
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static NewAward grant(UUID exercise, String title, UUID funder, UUID recipient) {
        return new NewAward(exercise, "GRANT", title, funder, "Milton Keynes City Council", recipient,
                "Bletchley Community Larder", new BigDecimal("60000"), new BigDecimal("24000"), LocalDate.of(2027, 4, 1),
                LocalDate.of(2029, 3, 31), 3, null, "a grant keeps the group's own model", true,
                new AwardEvidence.Monitoring("LIGHT_SIX_MONTHLY", true), true, List.of(), true, "shared", false);
    }
}
