package org.thirdsectorhub.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
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
import org.thirdsectorhub.commissioning.conformance.Status;
import org.thirdsectorhub.commissioning.exercise.Exercises;
import org.thirdsectorhub.commissioning.exercise.NewExercise;
import org.thirdsectorhub.commissioning.judging.Judgements;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.identity.Role;
import org.thirdsectorhub.support.HubIntegrationTest;
import org.thirdsectorhub.support.TestAccounts;

@HubIntegrationTest
class ExerciseFormsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Exercises exercises;

    @Autowired
    Judgements judgements;

    @Autowired
    org.thirdsectorhub.organisations.OrganisationManagement organisations;

    @Autowired
    org.thirdsectorhub.socialvalue.SocialValueManagement socialValue;

    @Test
    void startingAnExerciseExplainsEachMissingAnswerThenStartsIt() throws Exception {
        UUID council = organisations.findByName("Milton Keynes City Council").orElseThrow().id();
        HubUser outsider = accounts.create(Role.COMMISSIONER).toPrincipal(Instant.now());
        mvc.perform(post("/commissioning/exercises/new").with(user(outsider)).with(csrf()).param("title", "Befriending")
                        .param("owner", "Milton Keynes City Council").param("serviceArea", "Befriending"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("You can act only for the bodies you work for")));
        HubUser commissioner = accounts.createCommissionerOf(council).toPrincipal(Instant.now());
        mvc.perform(post("/commissioning/exercises/new").with(user(commissioner)).with(csrf()).param("owner", "Nobody Council"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("There is a problem"),
                        Matchers.containsString("Enter a name for the exercise"),
                        Matchers.containsString("Enter the name of an organisation in the register"))));
        String location = mvc.perform(post("/commissioning/exercises/new").with(user(commissioner)).with(csrf())
                        .param("title", "Befriending 2027").param("owner", "Milton Keynes City Council")
                        .param("serviceArea", "Befriending").param("purposes", "103 999 abc")
                        .param("partners", "BLMK Integrated Care Board"))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        assertThat(exercises.find(id).orElseThrow().purposeCodes()).containsExactly("103");
        assertThat(exercises.find(id).orElseThrow().partners()).isEqualTo("BLMK Integrated Care Board");
    }

    @Test
    void aShortConsultationRecordedThroughTheFormFailsC1() throws Exception {
        UUID body = UUID.randomUUID();
        HubUser commissioner = accounts.createCommissionerOf(body).toPrincipal(Instant.now());
        UUID id = exercises.start(new NewExercise("Youth work", body, "Test council", "", "Youth",
                List.of(), List.of()));
        String path = "/commissioning/exercises/" + id + "/consultations/new";
        mvc.perform(post(path).with(user(commissioner)).with(csrf()).param("title", "Youth offer")
                        .param("opensOn.day", "31").param("opensOn.month", "2").param("opensOn.year", "2026")
                        .param("closesOn.day", "1").param("closesOn.month", "1").param("closesOn.year", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("Enter a real date"),
                        Matchers.containsString("href=\"#opensOn\""))));
        mvc.perform(post(path).with(user(commissioner)).with(csrf()).param("title", "Youth offer")
                        .param("opensOn.day", "2").param("opensOn.month", "3").param("opensOn.year", "2026")
                        .param("closesOn.day", "1").param("closesOn.month", "2").param("closesOn.year", "2026"))
                .andExpect(content().string(Matchers.containsString("The closing date must be after the opening date")));
        mvc.perform(post(path).with(user(commissioner)).with(csrf()).param("title", "Youth offer")
                        .param("noticeGivenOn.day", "1").param("noticeGivenOn.month", "2").param("noticeGivenOn.year", "2026")
                        .param("opensOn.day", "2").param("opensOn.month", "3").param("opensOn.year", "2026")
                        .param("closesOn.day", "13").param("closesOn.month", "4").param("closesOn.year", "2026"))
                .andExpect(status().isFound());
        var c1 = judgements.current("EXERCISE", id).stream().filter(r -> r.rule().equals("C1")).findFirst().orElseThrow();
        assertThat(c1.status()).isEqualTo(Status.FAIL);
        var c2 = judgements.current("EXERCISE", id).stream().filter(r -> r.rule().equals("C2")).findFirst().orElseThrow();
        assertThat(c2.status()).isEqualTo(Status.PASS);
    }

    @Test
    void needsOutcomesAndTheRouteRecordedThroughThePagesAreJudged() throws Exception {
        UUID body = UUID.randomUUID();
        HubUser commissioner = accounts.createCommissionerOf(body).toPrincipal(Instant.now());
        UUID id = exercises.start(new NewExercise("Day opportunities", body, "Test council", "", "Day care",
                List.of(), List.of()));
        String base = "/commissioning/exercises/" + id;
        mvc.perform(post(base + "/outcomes/new").with(user(commissioner)).with(csrf()).param("outcome", "More independence"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("Enter how the outcome will be measured"),
                        Matchers.containsString("Enter the target"))));
        mvc.perform(post(base + "/outcomes/new").with(user(commissioner)).with(csrf()).param("outcome", "More independence")
                .param("indicator", "Adults living at home").param("target", "85%")).andExpect(status().isFound());
        mvc.perform(post(base + "/needs/new").with(user(commissioner)).with(csrf()).param("needTitle", "Carers' survey 2026"))
                .andExpect(status().isFound());
        mvc.perform(post(base + "/route").with(user(commissioner)).with(csrf()).param("kind", "EMPIRE")
                        .param("months", "0").param("value", "lots"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("Select the route"),
                        Matchers.containsString("Enter a whole number from 1 to 240"),
                        Matchers.containsString("Enter an amount in pounds"))));
        mvc.perform(post(base + "/route").with(user(commissioner)).with(csrf()).param("kind", "OPEN_TENDER")
                        .param("reason", "a specified service").param("advertised", "yes").param("consortia", "yes")
                        .param("months", "12").param("value", "£60,000").param("hours", "80"))
                .andExpect(status().isFound());
        var results = judgements.current("EXERCISE", id);
        assertThat(verdict(results, "P3")).isEqualTo(Status.PASS);
        assertThat(verdict(results, "C11")).isEqualTo(Status.PASS);
        assertThat(verdict(results, "C12")).isEqualTo(Status.FAIL);
        assertThat(verdict(results, "P7")).isEqualTo(Status.FAIL);
        assertThat(exercises.find(id).orElseThrow().evidence().needs()).hasSize(1);
    }

    private static Status verdict(List<org.thirdsectorhub.commissioning.conformance.RuleResult> results, String rule) {
        return results.stream().filter(r -> r.rule().equals(rule)).findFirst().orElseThrow().status();
    }

    @Test
    void anSroiForecastIsAttachedToTheSpecification() throws Exception {
        UUID body = UUID.randomUUID();
        HubUser commissioner = accounts.createCommissionerOf(body).toPrincipal(Instant.now());
        UUID id = exercises.start(new NewExercise("Social prescribing", body, "Test council", "", "Wellbeing",
                List.of(), List.of()));
        String base = "/commissioning/exercises/" + id;
        mvc.perform(post(base + "/forecast").with(user(commissioner)).with(csrf()).param("analysis", "not an analysis"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Enter the address or id of an SROI forecast")));
        var forecast = socialValue.createForecast(new org.thirdsectorhub.socialvalue.AnalysisOwner(
                org.thirdsectorhub.socialvalue.AnalysisOwner.Type.COMMISSIONER, commissioner.userId()),
                "Social prescribing forecast", "", commissioner.userId());
        mvc.perform(post(base + "/forecast").with(user(commissioner)).with(csrf())
                        .param("analysis", "http://localhost:8080/social-value/analyses/" + forecast.id()))
                .andExpect(status().isFound());
        assertThat(exercises.forecast(id)).hasValueSatisfying(found -> assertThat(found.id()).isEqualTo(forecast.id()));
        assertThat(exercises.find(id).orElseThrow().evidence().sroiForecastAttached()).isTrue();
    }
}
