package org.thirdsectorhub.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.thirdsectorhub.commissioning.award.Awards;
import org.thirdsectorhub.commissioning.conformance.Status;
import org.thirdsectorhub.commissioning.judging.Judgements;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.identity.Role;
import org.thirdsectorhub.support.HubIntegrationTest;
import org.thirdsectorhub.support.TestAccounts;

@HubIntegrationTest
class AwardFormsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Awards awards;

    @Autowired
    Judgements judgements;

    @Autowired
    org.thirdsectorhub.organisations.OrganisationManagement organisations;

    @Test
    void aCommissionerMakesAnAwardAndEndsItWithTooLittleNotice() throws Exception {
        UUID council = organisations.findByName("Milton Keynes City Council").orElseThrow().id();
        HubUser commissioner = accounts.createCommissionerOf(council).toPrincipal(Instant.now());
        mvc.perform(post("/commissioning/awards/new").with(user(commissioner)).with(csrf()).param("recipient", "Nobody"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("Select what kind of award it is"),
                        Matchers.containsString("Enter the funder"),
                        Matchers.containsString("Enter the name of an organisation in the register"),
                        Matchers.containsString("Enter the date it starts"),
                        Matchers.containsString("Select whether it is paid in advance or in arrears"))));
        String location = mvc.perform(post("/commissioning/awards/new").with(user(commissioner)).with(csrf())
                        .param("type", "GRANT").param("title", "Winter food support")
                        .param("funder", "Milton Keynes City Council").param("recipient", "Bletchley Community Larder")
                        .param("amount", "£15,000").param("startsOn.day", "1").param("startsOn.month", "4")
                        .param("startsOn.year", "2026").param("endsOn.day", "31").param("endsOn.month", "3")
                        .param("endsOn.year", "2029").param("methodReason", "a grant keeps the larder's own model")
                        .param("inAdvance", "no").param("overheads", "yes")
                        .param("outcomes", "Fewer families go hungry: households using the larder each month\n")
                        .param("noticeMonths", "6"))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        assertThat(awards.find(id).orElseThrow().monitoringTier()).isEqualTo("LIGHT_SIX_MONTHLY");
        assertThat(awards.find(id).orElseThrow().noticePeriodMonths()).isEqualTo(6);
        assertThat(awards.find(id).orElseThrow().outcomes()).singleElement()
                .satisfies(outcome -> assertThat(outcome.indicator()).isEqualTo("households using the larder each month"));
        assertThat(verdict(id, "C7")).as("arrears only, to a larder with £86,500 income").isEqualTo(Status.FAIL);
        assertThat(verdict(id, "C4")).isEqualTo(Status.PASS);

        mvc.perform(post(location + "/payments/new").with(user(commissioner)).with(csrf()).param("amount", "5000")
                        .param("due.day", "1").param("due.month", "4").param("due.year", "2026")
                        .param("paid.day", "20").param("paid.month", "5").param("paid.year", "2026"))
                .andExpect(status().isFound());
        assertThat(verdict(id, "C8")).as("paid 49 days late").isEqualTo(Status.FAIL);

        mvc.perform(post(location + "/vary").with(user(commissioner)).with(csrf()).param("amount", "9000")
                        .param("endsOn.day", "31").param("endsOn.month", "3").param("endsOn.year", "2027")
                        .param("why", "cut to one year by agreement"))
                .andExpect(status().isFound());
        assertThat(awards.variations(id)).singleElement()
                .satisfies(variation -> assertThat(variation.summary()).contains("cut to one year"));
        assertThat(verdict(id, "C4")).as("now a one-year grant with no term reason").isEqualTo(Status.FAIL);

        mvc.perform(post(location + "/end").with(user(commissioner)).with(csrf()).param("reasons", "budget")
                        .param("noticeGivenOn.day", "1").param("noticeGivenOn.month", "9").param("noticeGivenOn.year", "2027")
                        .param("endsOn.day", "13").param("endsOn.month", "10").param("endsOn.year", "2027")
                        .param("inWriting", "yes"))
                .andExpect(status().isFound());
        assertThat(verdict(id, "C3")).isEqualTo(Status.FAIL);
        assertThat(awards.find(id).orElseThrow().status()).isEqualTo("ENDED_EARLY");
    }

    private Status verdict(UUID award, String rule) {
        return judgements.current("AWARD", award).stream().filter(r -> r.rule().equals(rule)).findFirst().orElseThrow()
                .status();
    }
}
