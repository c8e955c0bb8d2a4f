package org.thirdsectorhub.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.thirdsectorhub.commissioning.conformance.ExerciseEvidence;
import org.thirdsectorhub.commissioning.conformance.Status;
import org.thirdsectorhub.commissioning.exercise.EvidenceChanges;
import org.thirdsectorhub.commissioning.exercise.Exercises;
import org.thirdsectorhub.commissioning.exercise.NewExercise;
import org.thirdsectorhub.commissioning.judging.Judgements;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.identity.Role;
import org.thirdsectorhub.support.HubIntegrationTest;
import org.thirdsectorhub.support.TestAccounts;

@HubIntegrationTest
class ThresholdsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Exercises exercises;

    @Autowired
    Judgements judgements;

    @Autowired
    JdbcClient jdbc;

    @Test
    void newThresholdsJudgeEverythingAgainAndKeepTheEarlierJudgements() throws Exception {
        HubUser admin = accounts.create(Role.ADMINISTRATOR).toPrincipal(Instant.now());
        UUID id = exercises.start(new NewExercise("Sport for all", UUID.randomUUID(), "Test council", "", "Sport",
                List.of(), List.of()));
        exercises.record(id, e -> EvidenceChanges.addConsultation(e, new ExerciseEvidence.Consultation("Sport",
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 2), LocalDate.of(2025, 12, 1), null, true, null)),
                "an eight-week consultation");
        assertThat(c1(id)).isEqualTo(Status.FAIL);

        mvc.perform(thresholds(admin, "8").param("quarterlyFrom", "1000"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("The monitoring tiers must rise")));
        try {
            mvc.perform(thresholds(admin, "8")).andExpect(status().isFound());
            assertThat(c1(id)).isEqualTo(Status.PASS);
            assertThat(jdbc.sql("""
                    SELECT count(DISTINCT thresholds_version) FROM commissioning.conformance_result
                    WHERE subject_id = ? AND rule = 'C1'""").param(id).query(Long.class).single()).isEqualTo(2);
        } finally {
            mvc.perform(thresholds(admin, "12")).andExpect(status().isFound());
        }
        assertThat(c1(id)).isEqualTo(Status.FAIL);
    }

    private static MockHttpServletRequestBuilder thresholds(HubUser admin, String consultationWeeks) {
        return post("/admin/commissioning/thresholds").with(user(admin)).with(csrf())
                .param("consultationWeeks", consultationWeeks).param("noticeMonths", "3").param("multiYearYears", "3")
                .param("engagementWeeks", "12").param("smallIncome", "100000").param("lightBelow", "2000")
                .param("quarterlyFrom", "20000").param("visitFrom", "200000").param("hoursPerTenThousand", "4")
                .param("graceDays", "0");
    }

    private Status c1(UUID exercise) {
        return judgements.current("EXERCISE", exercise).stream().filter(r -> r.rule().equals("C1")).findFirst()
                .orElseThrow().status();
    }
}
