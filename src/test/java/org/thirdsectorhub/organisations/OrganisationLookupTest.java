package org.thirdsectorhub.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.thirdsectorhub.organisations.register.RegisterService;
import org.thirdsectorhub.support.HubIntegrationTest;

@HubIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationLookupTest {

    @Autowired
    private OrganisationLookup lookup;

    @Autowired
    private RegisterService register;

    @Autowired
    private MockMvc mvc;

    @Autowired
    private OrganisationManagement organisations;

    @Autowired
    private org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private UUID charity;

    @BeforeAll
    void register() {
        charity = register.register(RegisterTestData.charity("Lookup Test Riverside Trust", "1188123", "MK46 5AB",
                "E05009418"), "LOCAL", "a test");
    }

    @Test
    void findsAnOrganisationByItsOrgIdIgnoringCaseAndSpaces() {
        assertThat(lookup.byOrgId("GB-CHC-1188123")).contains(charity);
        assertThat(lookup.byOrgId(" gb-chc-1188 123 ")).contains(charity);
        assertThat(lookup.byOrgId("GB-CHC-9999999")).isEmpty();
        assertThat(lookup.byOrgId(null)).isEmpty();
    }

    @Test
    void findsAnOrganisationByRegistrationNumberInAScheme() {
        assertThat(lookup.byRegistrationNumber("GB-CHC", "1188123")).contains(charity);
        assertThat(lookup.byRegistrationNumber("GB-COH", "1188123")).isEmpty();
        assertThat(lookup.byRegistrationNumber("GB-CHC", " ")).isEmpty();
    }

    @Test
    void givesTheOrgIdsOfManyOrganisationsAtOnce() {
        assertThat(lookup.orgIdsOf(List.of(charity, UUID.randomUUID()))).containsOnlyKeys(charity)
                .containsEntry(charity, List.of("GB-CHC-1188123"));
        assertThat(lookup.orgIdsOf(List.of())).isEmpty();
    }

    @Test
    void anOrganisationPageListsTheFundingItReceivedThroughTheHub() throws Exception {
        UUID larder = organisations.findByName("Bletchley Community Larder").orElseThrow().id();
        mvc.perform(get("/organisations/" + larder))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("Funding received"),
                        Matchers.containsString("Lunch clubs and befriending in Bletchley"),
                        Matchers.containsString("£135,000"))));
    }

    @Test
    void aContractWithoutAStatedAmountIsListedAsNotStated() throws Exception {
        jdbc.sql("""
                INSERT INTO opendata.external_funding (id, kind, source_key, record_id, title, funder_name, organisation,
                    first_run, last_run, updated_at)
                VALUES (?, 'CONTRACT', ?, 'ocds-test-1', 'Grounds maintenance of the riverside', 'Borough of Elsewhere', ?,
                    ?, ?, now())""")
                .params(UUID.randomUUID(), "ocds-test-1/" + charity, charity, UUID.randomUUID(), UUID.randomUUID())
                .update();
        mvc.perform(get("/organisations/" + charity))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("Grounds maintenance of the riverside"),
                        Matchers.containsString("Not stated"))));
    }
}
