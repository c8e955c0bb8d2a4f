package org.thirdsectorhub.socialvalue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.identity.Role;
import org.thirdsectorhub.support.HubIntegrationTest;
import org.thirdsectorhub.support.TestAccounts;

@HubIntegrationTest
class ProxyLibraryTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anyoneSearchesTheSeededLibraryAndSeesValuesRebased() throws Exception {
        String page = mvc.perform(get("/social-value/proxies").param("q", "loneliness")).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Wellbeing cost of severe loneliness", "£9,537.00", "Loneliness monetisation report",
                "Open Government Licence v3.0", "2019 prices");
        String rebased = mvc.perform(get("/social-value/proxies").param("q", "loneliness").param("year", "2024"))
                .andReturn().getResponse().getContentAsString();
        assertThat(rebased).contains("Value in 2024 prices", "£11,846.05");
        assertThat(jdbc.sql("SELECT count(*) FROM socialvalue.proxy WHERE source = '' OR licence = ''").query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM socialvalue.proxy WHERE source ILIKE '%HACT%' OR source ILIKE '%TOMs%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void anAdministratorImportsAFileKeepingEachRowsSourceAndLicence() throws Exception {
        String marker = "Imported proxy " + UUID.randomUUID();
        String csv = "\uFEFFname,category,value,unit,price_year,source,licence,notes,source_url\n"
                + "\"" + marker + " one\",Housing,\"1,234.50\",per tenancy,2023,\"Example Trust, Unit costs 2023\",CC BY 4.0,,https://example.org/costs\n"
                + "\"" + marker + " two\",Housing,99,per night,2022,Example Trust,CC BY 4.0,\"Notes, with a comma\",\n";
        MvcResult result = upload(admin(), "proxies.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/social-value/proxies");
        assertThat(result.getFlashMap().get("banner")).isEqualTo("Imported 2 proxies");
        var rows = jdbc.sql("SELECT name, value, source, licence, source_url, notes FROM socialvalue.proxy WHERE name LIKE ? ORDER BY name")
                .param(marker + "%").query().listOfRows();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("value").toString()).isEqualTo("1234.5000");
        assertThat(rows.get(0).get("source")).isEqualTo("Example Trust, Unit costs 2023");
        assertThat(rows.get(0).get("licence")).isEqualTo("CC BY 4.0");
        assertThat(rows.get(1).get("notes")).isEqualTo("Notes, with a comma");
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE module = 'socialvalue' AND summary LIKE 'Imported 2 proxies%'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void aFileWithBadRowsImportsNothingAndListsEveryFailedRow() throws Exception {
        String marker = "Rejected proxy " + UUID.randomUUID();
        String csv = "name,category,value,unit,price_year,source,licence\n"
                + marker + " good,Health,10,per visit,2024,Source,OGL\n"
                + marker + " bad value,Health,ten,per visit,2024,Source,OGL\n"
                + ",Health,10,per visit,1800,Source,\n"
                + marker + " negative,Health,-5,per visit,2024,Source,OGL\n";
        MvcResult result = upload(admin(), "proxies.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String page = result.getResponse().getContentAsString();
        assertThat(page).contains("There is a problem", "The file has 3 problems, so nothing was imported",
                "value must be a number", "name is missing", "licence is missing", "price_year must be a year between 1900 and 2100",
                "value must be a number of 0 or more");
        assertThat(page).containsPattern("<td class=\"govuk-table__cell\">3</td>");
        assertThat(jdbc.sql("SELECT count(*) FROM socialvalue.proxy WHERE name LIKE ?").param(marker + "%").query(Long.class)
                .single()).isZero();
    }

    @Test
    void badFilesAreExplainedNeverAServerError() throws Exception {
        HubUser admin = admin();
        assertThat(page(upload(admin, "proxies.csv", "name,category\nx,y\n".getBytes(StandardCharsets.UTF_8))))
                .contains("missing: value, unit, price_year, source, licence");
        assertThat(page(upload(admin, "proxies.csv", new byte[] {'n', 'a', 'm', 'e', '\n', (byte) 0xC3, (byte) 0x28, '\n'})))
                .contains("not UTF-8");
        assertThat(page(upload(admin, "proxies.csv",
                "name,category,value,unit,price_year,source,licence\n\"unclosed,Health,1,u,2024,s,l\n".getBytes(StandardCharsets.UTF_8))))
                .contains("could not be read as CSV");
        assertThat(page(upload(admin, "proxies.csv", "name,category,value,unit,price_year,source,licence\n".getBytes(StandardCharsets.UTF_8))))
                .contains("no rows");
        assertThat(page(upload(admin, "proxies.xlsx", "anything".getBytes(StandardCharsets.UTF_8)))).contains("must be a CSV");
        assertThat(page(upload(admin, "proxies.csv", new byte[0]))).contains("Select a CSV file");
    }

    private static String page(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private MvcResult upload(HubUser admin, String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/admin/social-value/proxies/import")
                .file(new MockMultipartFile("file", name, "text/csv", content)).with(csrf()).with(user(admin))).andReturn();
    }

    private HubUser admin() {
        return accounts.create(Role.ADMINISTRATOR).toPrincipal(Instant.now());
    }
}
