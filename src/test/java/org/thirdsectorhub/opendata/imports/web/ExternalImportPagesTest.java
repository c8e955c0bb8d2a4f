package org.thirdsectorhub.opendata.imports.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.identity.Role;
import org.thirdsectorhub.support.HubIntegrationTest;
import org.thirdsectorhub.support.TestAccounts;

@HubIntegrationTest
class ExternalImportPagesTest {

    static final Path GIVING = Path.of("../shared/data/360giving");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    private HubUser officer() {
        return accounts.create(Role.INFRASTRUCTURE_OFFICER).toPrincipal(Instant.now());
    }

    @Test
    void anOfficerUploadsAGrantFileAndSeesItsReport() throws Exception {
        HubUser officer = officer();
        MockMultipartFile file = new MockMultipartFile("file", "lloyds-mk.json", "application/json",
                Files.readAllBytes(GIVING.resolve("samples/lloyds-bank-foundation-milton-keynes-grants.json")));

        MvcResult upload = mvc.perform(multipart("/opendata/imports").file(file).param("standard", "auto")
                .with(csrf()).with(user(officer))).andReturn();

        assertThat(upload.getResponse().getStatus()).isEqualTo(302);
        String report = upload.getResponse().getRedirectedUrl();
        assertThat(report).matches("/opendata/imports/[0-9a-f-]{36}");
        String page = mvc.perform(get(report).with(user(officer))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("11 records imported").contains("lloyds-mk.json").contains("$.fromOpenCall")
                .contains("Not in the register");
        String list = mvc.perform(get("/opendata/imports").with(user(officer))).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("lloyds-mk.json").contains(report);
        String json = mvc.perform(get(report + "/report.json").with(user(officer))).andReturn().getResponse()
                .getContentAsString();
        assertThat(json).contains("\"imported\":11");
    }

    @Test
    void showsAnErrorSummaryWhenNoFileIsChosen() throws Exception {
        String page = mvc.perform(multipart("/opendata/imports").param("standard", "nonsense").with(csrf())
                .with(user(officer()))).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("There is a problem").contains("href=\"#file\"").contains("Select a file to import")
                .contains("href=\"#standard\"");
    }

    @Test
    void showsAnErrorSummaryForAnUnreadableFile() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "broken.json", "application/json",
                Files.readAllBytes(GIVING.resolve("fixtures-invalid/fundingproviders-grants_malformed.json")));

        MvcResult result = mvc.perform(multipart("/opendata/imports").file(file).param("standard", "360giving")
                .with(csrf()).with(user(officer()))).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).contains("There is a problem")
                .contains("The file could not be read, so nothing was imported").contains("not valid JSON");
    }

    @Test
    void escapesWhatAFileSays() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "x.json", "application/json",
                ("{\"grants\": [{\"id\": \"<script>alert(1)</script>\", \"title\": \"t\"}]}").getBytes());

        MvcResult upload = mvc.perform(multipart("/opendata/imports").file(file).with(csrf()).with(user(officer())))
                .andReturn();
        String page = mvc.perform(get(upload.getResponse().getRedirectedUrl()).with(user(officer()))).andReturn()
                .getResponse().getContentAsString();

        assertThat(page).doesNotContain("<script>alert(1)").contains("&lt;script&gt;");
    }

    @Test
    void otherRolesAreRefused() throws Exception {
        HubUser member = accounts.create(Role.ORGANISATION_MEMBER, UUID.fromString("5b0c3f7e-2d7a-4c1e-9f4b-6a1d2e3c4b5a"))
                .toPrincipal(Instant.now());
        assertThat(mvc.perform(get("/opendata/imports").with(user(member))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }
}
