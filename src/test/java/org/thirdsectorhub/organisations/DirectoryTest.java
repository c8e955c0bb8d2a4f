package org.thirdsectorhub.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.thirdsectorhub.organisations.directory.DirectoryEntry;
import org.thirdsectorhub.organisations.directory.DirectoryQuery;
import org.thirdsectorhub.organisations.directory.DirectorySearch;
import org.thirdsectorhub.organisations.register.RegisterService;
import org.thirdsectorhub.support.HubIntegrationTest;

@HubIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryTest {

    @Autowired
    RegisterService register;

    @Autowired
    DirectorySearch search;

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private UUID befrienders;

    @BeforeAll
    void registerSomeOrganisations() {
        befrienders = register.register(RegisterTestData.charity("Wuthering Heights Befriending Circle", "1199101",
                "MK46 5AB", "E05009418"), "LOCAL", "a test");
        register.register(RegisterTestData.withLegalForm(RegisterTestData.charity("Wuthering Lettings Ltd", null,
                "MK46 5AB", "E05009418"), LegalForm.PRIVATE_COMPANY, ProfitDistribution.TO_SHAREHOLDERS, false),
                "LOCAL", "a test");
    }

    @Test
    void findsAMisspeltName() {
        assertThat(names(query("Wutherng Hieghts Befriendng"))).contains("Wuthering Heights Befriending Circle");
    }

    @Test
    void findsByWordsInTheDescriptionAndRanksNamesFirst() {
        var result = search.search(query("Wuthering"), false);
        assertThat(result.items()).extracting(DirectoryEntry::name)
                .contains("Wuthering Heights Befriending Circle", "Wuthering Lettings Ltd");
    }

    @Test
    void findsByRegistrationNumberOrgIdAndPostcode() {
        assertThat(names(query("1199101"))).containsExactly("Wuthering Heights Befriending Circle");
        assertThat(names(query("GB-CHC-1199101"))).containsExactly("Wuthering Heights Befriending Circle");
        assertThat(names(query("mk465ab"))).containsExactlyInAnyOrder("Wuthering Heights Befriending Circle",
                "Wuthering Lettings Ltd");
    }

    @Test
    void filtersByKindAndCountsFacets() {
        var onlyThirdSector = search.search(new DirectoryQuery("Wuthering", "CHARITY", null, null, null, null, null, null,
                null, 1, 20), true);
        assertThat(onlyThirdSector.items()).extracting(DirectoryEntry::name)
                .containsExactly("Wuthering Heights Befriending Circle");
        var all = search.search(query("Wuthering"), true);
        assertThat(all.facets().get("kind")).anySatisfy(count -> {
            assertThat(count.value()).isEqualTo("NOT_THIRD_SECTOR");
            assertThat(count.count()).isGreaterThanOrEqualTo(1);
        });
        assertThat(all.facets().get("ward")).anySatisfy(count -> assertThat(count.label()).isEqualTo("Olney"));
        assertThat(all.facets().get("qualityMark")).anySatisfy(count -> assertThat(count.value()).isEqualTo("TRUSTED_CHARITY"));
    }

    @Test
    void theDirectoryPageWorksWithoutJavaScriptAndPaginates() throws Exception {
        mvc.perform(get("/organisations").param("q", "Wuthering"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Wuthering Heights Befriending Circle")));
        mvc.perform(get("/organisations").param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("govuk-pagination")));
        mvc.perform(get("/organisations").param("page", "junk").param("sort", "sideways").param("size", "-4"))
                .andExpect(status().isOk());
    }

    @Test
    void theOrganisationPageShowsWhyItCounts() throws Exception {
        mvc.perform(get("/organisations/" + befrienders))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("Why it counts as Third Sector"),
                        Matchers.containsString("Independence from government"),
                        Matchers.containsString("register-of-charities.charitycommission.gov.uk"))));
        mvc.perform(get("/organisations/" + UUID.randomUUID()).accept("text/html")).andExpect(status().isNotFound());
    }

    @Test
    void theJsonApiPagesAndExplainsBadParameters() throws Exception {
        mvc.perform(get("/api/v1/organisations").param("q", "Wuthering").param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.items.length()").value(1));
        mvc.perform(get("/api/v1/organisations/" + befrienders))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Wuthering Heights Befriending Circle"))
                .andExpect(jsonPath("$.classification.thirdSector").value(true))
                .andExpect(jsonPath("$.identifiers[0].orgId").value("GB-CHC-1199101"));
        mvc.perform(get("/api/v1/organisations").param("q", "Wuthering").param("page", "2000000000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(get("/api/v1/organisations").param("size", "1000"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType("application/problem+json"));
        mvc.perform(get("/api/v1/organisations").param("page", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType("application/problem+json"));
        mvc.perform(get("/api/v1/organisations/" + UUID.randomUUID()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType("application/problem+json"));
    }

    @Test
    void theRegisterDownloadsAsCsvAndXlsxWithEveryOrganisation() throws Exception {
        long total = search.search(new DirectoryQuery(null, null, null, null, null, null, null, null, null, 1, 1), false)
                .total();
        var csv = mvc.perform(get("/organisations/download.csv")).andReturn();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(csv));
        String text = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            var records = parser.getRecords();
            assertThat(records).hasSize((int) total);
            assertThat(records).anySatisfy(row -> assertThat(row.get("identifiers")).isEqualTo("GB-CHC-1199101"));
        }
        var xlsx = mvc.perform(get("/organisations/download.xlsx")).andReturn();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(xlsx));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo((int) total);
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("name");
        }
    }

    @Test
    void everyChangeToTheRegisterShowsInTheNextSearchHoweverItWasMade() {
        UUID id = register.register(RegisterTestData.charity("Stantonbury Kite Flyers", "1199102", "MK14 6BN",
                "E05009414"), "LOCAL", "a test");
        assertThat(names(query("kite flyers"))).containsExactly("Stantonbury Kite Flyers");

        register.update(id, RegisterTestData.charity("Stantonbury Kite and Drone Flyers", "1199102", "MK14 6BN",
                "E05009414"), true, "a test");
        assertThat(names(query("drone"))).containsExactly("Stantonbury Kite and Drone Flyers");

        jdbc.sql("UPDATE organisations.organisation SET deleted_at = now() WHERE id = ?").param(id).update();
        assertThat(names(query("drone"))).isEmpty();
        assertThat(names(query("1199102"))).isEmpty();

        jdbc.sql("UPDATE organisations.organisation SET deleted_at = NULL WHERE id = ?").param(id).update();
        jdbc.sql("DELETE FROM organisations.organisation_identifier WHERE organisation = ?").param(id).update();
        assertThat(names(query("drone"))).containsExactly("Stantonbury Kite and Drone Flyers");
        assertThat(names(query("GB-CHC-1199102"))).isEmpty();
    }

    @Test
    void sortsByNameOrNewestAndPagesThroughEveryMatch() {
        var byName = search.search(new DirectoryQuery("Wuthering", null, null, null, null, null, null, null,
                DirectoryQuery.Sort.NAME, 1, 1), false);
        assertThat(byName.total()).isEqualTo(2);
        assertThat(byName.items()).extracting(DirectoryEntry::name).containsExactly("Wuthering Heights Befriending Circle");
        var secondPage = search.search(new DirectoryQuery("Wuthering", null, null, null, null, null, null, null,
                DirectoryQuery.Sort.NAME, 2, 1), false);
        assertThat(secondPage.items()).extracting(DirectoryEntry::name).containsExactly("Wuthering Lettings Ltd");
        var newest = search.search(new DirectoryQuery("Wuthering", null, null, null, null, null, null, null,
                DirectoryQuery.Sort.NEWEST, 1, 1), false);
        assertThat(newest.items()).extracting(DirectoryEntry::name).containsExactly("Wuthering Lettings Ltd");
    }

    @Test
    void theWholeDirectoryPagesInNameOrderWithTheRightTotal() {
        long shown = jdbc.sql("SELECT count(*) FROM organisations.organisation WHERE deleted_at IS NULL"
                + " AND merged_into IS NULL AND NOT pending_approval").query(Long.class).single();
        var first = search.search(new DirectoryQuery(null, null, null, null, null, null, null, null, null, 1, 30), true);
        var second = search.search(new DirectoryQuery(null, null, null, null, null, null, null, null, null, 2, 30), false);
        assertThat(first.total()).isEqualTo(shown);
        java.util.List<String> names = new java.util.ArrayList<>(first.items().stream().map(DirectoryEntry::name).toList());
        names.addAll(second.items().stream().map(DirectoryEntry::name).toList());
        assertThat(names).hasSize(60).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(first.facets().get("kind").stream().mapToLong(count -> count.count()).sum()).isEqualTo(shown);
    }

    private java.util.List<String> names(DirectoryQuery query) {
        return search.search(query, false).items().stream().map(DirectoryEntry::name).toList();
    }

    private static DirectoryQuery query(String q) {
        return new DirectoryQuery(q, null, null, null, null, null, null, null, null, 1, 50);
    }
}
