package org.thirdsectorhub.opendata.imports.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.thirdsectorhub.support.HubIntegrationTest;

@HubIntegrationTest
class DemoExternalFundingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoLarderShowsTheLotteryGrantItReceivedOnItsPage() throws Exception {
        String page = mvc.perform(get("/organisations/5b0c3f7e-2d7a-4c1e-9f4b-6a1d2e3c4b5a")).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("Funding received").contains("The National Lottery Community Fund")
                .contains("Awards for All: community cookery and food sharing").contains("360Giving open data");
    }

    @Test
    void severalDemoOrganisationsReceivedFundingFromNationalFunders() {
        assertThat(jdbc.sql("SELECT count(DISTINCT organisation) FROM opendata.external_funding"
                + " WHERE source_key LIKE '360G-%-MK-%' AND organisation IS NOT NULL").query(Long.class).single())
                .isGreaterThanOrEqualTo(3L);
    }
}
