package org.thirdsectorhub.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.thirdsectorhub.commissioning.conformance.Status;
import org.thirdsectorhub.commissioning.exercise.Exercises;
import org.thirdsectorhub.commissioning.exercise.NewExercise;
import org.thirdsectorhub.commissioning.judging.Judgements;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.identity.Role;
import org.thirdsectorhub.support.HubIntegrationTest;
import org.thirdsectorhub.support.TestAccounts;

@HubIntegrationTest
class MoreEvidenceFormsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Exercises exercises;

    @Autowired
    Judgements judgements;

    @Test
    void theRestOfTheEvidenceIsRecordedThroughPagesAndJudged() throws Exception {
        UUID body = UUID.randomUUID();
        HubUser commissioner = accounts.createCommissionerOf(body).toPrincipal(Instant.now());
        UUID id = exercises.start(new NewExercise("Carers' support", body, "Test council", "", "Carers",
                List.of(), List.of()));
        String base = "/commissioning/exercises/" + id + "/evidence/";

        mvc.perform(post(base + "advocates").with(user(commissioner)).with(csrf()).param("organisations", "No Such Group"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("There is no organisation called")));
        mvc.perform(post(base + "advocates").with(user(commissioner)).with(csrf())
                .param("organisations", "Bletchley Community Larder")).andExpect(status().isFound());
        mvc.perform(dated(post(base + "engagement"), commissioner, "2025", "9", "15").param("name", "Market warming")
                .param("organisations", "Bletchley Community Larder").param("flag", "yes")).andExpect(status().isFound());
        mvc.perform(post(base + "capacity").with(user(commissioner)).with(csrf()).param("choice", "yes")
                .param("summary", "development grants").param("flag", "yes")).andExpect(status().isFound());
        mvc.perform(dated(post(base + "sector-input"), commissioner, "2025", "7", "1").param("summary", "workshop"))
                .andExpect(status().isFound());
        mvc.perform(post(base + "service-change").with(user(commissioner)).with(csrf()).param("choice", "yes")
                .param("flag", "yes")).andExpect(status().isFound());
        mvc.perform(post(base + "feedback").with(user(commissioner)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Select who the feedback came from")));
        mvc.perform(get(base + "no-such-part").with(user(commissioner)).accept("text/html"))
                .andExpect(status().isNotFound());

        var results = judgements.current("EXERCISE", id);
        assertThat(verdict(results, "C10")).isEqualTo(Status.PASS);
        assertThat(verdict(results, "P5")).isEqualTo(Status.PASS);
        assertThat(verdict(results, "C13")).as("a cut to services equalities groups use, without an assessment")
                .isEqualTo(Status.FAIL);
        assertThat(exercises.find(id).orElseThrow().evidence().advocates()).hasSize(1);
        assertThat(exercises.find(id).orElseThrow().evidence().preMarketEngagement()).hasSize(1);
    }

    private static MockHttpServletRequestBuilder dated(MockHttpServletRequestBuilder request, HubUser user, String year,
            String month, String day) {
        return request.with(user(user)).with(csrf()).param("on.day", day).param("on.month", month).param("on.year", year);
    }

    private static Status verdict(List<org.thirdsectorhub.commissioning.conformance.RuleResult> results, String rule) {
        return results.stream().filter(r -> r.rule().equals(rule)).findFirst().orElseThrow().status();
    }
}
