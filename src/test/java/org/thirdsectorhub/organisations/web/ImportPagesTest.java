package org.thirdsectorhub.organisations.web;

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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.identity.Role;
import org.thirdsectorhub.support.HubIntegrationTest;
import org.thirdsectorhub.support.TestAccounts;

@HubIntegrationTest
class ImportPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    private HubUser officer() {
        return accounts.create(Role.INFRASTRUCTURE_OFFICER).toPrincipal(Instant.now());
    }

    @Test
    void anOfficerUploadsASpreadsheetAndSeesTheReport() throws Exception {
        HubUser officer = officer();
        String name = "Uploaded Group " + UUID.randomUUID();
        MockMultipartFile file = new MockMultipartFile("file", "groups.csv", "text/csv",
                ("name,legal_form,postcode\n" + name + ",CIC,MK9 3HS\nNo Form Group,,\n").getBytes(StandardCharsets.UTF_8));

        MvcResult upload = mvc.perform(multipart("/admin/imports").file(file).param("kind", "organisations")
                .with(csrf()).with(user(officer))).andReturn();

        assertThat(upload.getResponse().getStatus()).isEqualTo(302);
        String report = upload.getResponse().getRedirectedUrl();
        assertThat(report).matches("/admin/imports/[0-9a-f-]{36}");
        String page = "";
        for (int i = 0; i < 100; i++) {
            MvcResult result = mvc.perform(get(report).with(user(officer))).andReturn();
            page = result.getResponse().getContentAsString();
            if (result.getResponse().getHeader("Refresh") == null) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(page).contains("Import finished").contains("groups.csv").contains("legal_form is empty")
                .contains("Rows that failed (1)");
    }

    @Test
    void showsErrorsLinkedToTheFieldsWhenNothingIsChosen() throws Exception {
        String page = mvc.perform(multipart("/admin/imports").param("area", "Milton Keynes").with(csrf())
                .with(user(officer()))).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("There is a problem").contains("href=\"#kind\"").contains("href=\"#file\"")
                .contains("href=\"#area\"").contains("Select what you are importing");
    }

    @Test
    void offersTheTemplateForDownload() throws Exception {
        HubUser officer = officer();
        String page = mvc.perform(get("/admin/imports").with(user(officer))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/admin/imports/template.xlsx").contains("enctype=\"multipart/form-data\"");
        MvcResult started = mvc.perform(get("/admin/imports/template.csv").with(user(officer))).andReturn();
        String csv = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(started))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFname,legal_form,description");
    }
}
