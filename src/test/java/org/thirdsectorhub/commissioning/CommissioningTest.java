package org.thirdsectorhub.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.thirdsectorhub.commissioning.award.Awards;
import org.thirdsectorhub.commissioning.award.NewAward;
import org.thirdsectorhub.commissioning.conformance.AwardEvidence;
import org.thirdsectorhub.commissioning.conformance.Status;
import org.thirdsectorhub.commissioning.exercise.EvidenceChanges;
import org.thirdsectorhub.commissioning.exercise.Exercises;
import org.thirdsectorhub.commissioning.exercise.NewExercise;
import org.thirdsectorhub.commissioning.judging.Judgements;
import org.thirdsectorhub.commissioning.conformance.ExerciseEvidence;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.identity.Role;
import org.thirdsectorhub.support.HubIntegrationTest;
import org.thirdsectorhub.support.TestAccounts;

@HubIntegrationTest
class CommissioningTest {

    @Autowired
    Exercises exercises;

    @Autowired
    Awards awards;

    @Autowired
    Judgements judgements;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Test
    void recordingEvidenceJudgesAgainAndKeepsThePastJudgementWithItsRuleVersion() {
        UUID id = exercises.start(new NewExercise("Carers' breaks", UUID.randomUUID(), "Test council", "", "Carers",
                List.of("103"), List.of()));
        assertThat(rule(judgements.current("EXERCISE", id), "C1")).isEqualTo(Status.INSUFFICIENT_EVIDENCE);

        exercises.record(id, e -> EvidenceChanges.addConsultation(e, new ExerciseEvidence.Consultation("Carers' breaks",
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 2), LocalDate.of(2025, 12, 1), null, true, null)),
                "Recorded a consultation");
        var c1 = judgements.current("EXERCISE", id).stream().filter(r -> r.rule().equals("C1")).findFirst().orElseThrow();
        assertThat(c1.status()).isEqualTo(Status.FAIL);
        assertThat(c1.explanation()).isEqualTo("C1 FAIL: the consultation ran 4 weeks (5 Jan – 2 Feb 2026) and no reason "
                + "for the shorter period is recorded");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM commissioning.conformance_result
                WHERE subject_id = ? AND rule = 'C1' AND rule_version = 1 AND thresholds_version = 1""")
                .param(id).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theMarketMapComesFromTheRegister() {
        UUID id = exercises.start(new NewExercise("Food", UUID.randomUUID(), "Test council", "", "Food", List.of("105"),
                List.of()));
        var market = exercises.refreshMarketMap(id);
        assertThat(market.organisations()).isGreaterThan(0);
        assertThat(market.byKind()).containsKey("CHARITY");
        assertThat(rule(judgements.current("EXERCISE", id), "P4")).isEqualTo(Status.PASS);
    }

    @Test
    void endingAnAwardWithShortNoticeFailsC3AndIsAudited() throws Exception {
        UUID id = awards.make(new NewAward(null, "GRANT", "Home visiting", UUID.randomUUID(), "Test council",
                UUID.randomUUID(), "Home-Start Test", new BigDecimal("90000"), new BigDecimal("30000"),
                LocalDate.of(2026, 4, 1), LocalDate.of(2029, 3, 31), 3, null, "grant", true,
                new AwardEvidence.Monitoring("LIGHT_SIX_MONTHLY", true), true, List.of(), true, "shared", false));
        awards.endEarly(id, new AwardEvidence.Ending(LocalDate.of(2027, 3, 19), LocalDate.of(2027, 4, 30), true,
                "budget", false));
        assertThat(rule(judgements.current("AWARD", id), "C3")).isEqualTo(Status.FAIL);

        HubUser partner = accounts.create(Role.PARTNERSHIP_MEMBER).toPrincipal(Instant.now());
        mvc.perform(get("/api/v1/commissioning/awards/" + id + "/conformance").with(user(partner)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.rule == 'C3')].status").value("FAIL"))
                .andExpect(jsonPath("$[?(@.rule == 'C3')].explanation").value(
                        "C3 FAIL: funding to Home-Start Test ends on 30 Apr 2027 with 6 weeks' notice"))
                .andExpect(jsonPath("$[0].ruleVersion").value(1));
        mvc.perform(get("/commissioning/awards/" + id).with(user(partner)))
                .andExpect(content().string(Matchers.containsString("6 weeks&#39; notice")));
    }

    @Test
    void theDashboardRollsUpByRuleAndBody() throws Exception {
        HubUser partner = accounts.create(Role.PARTNERSHIP_MEMBER).toPrincipal(Instant.now());
        mvc.perform(get("/commissioning/dashboard").with(user(partner)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("By principle and commitment"),
                        Matchers.containsString("Milton Keynes City Council"), Matchers.containsString("C4"))));
    }

    @Test
    void aCommissionerMovesAnExerciseOnAndUnknownIdsAreNotFound() throws Exception {
        UUID body = UUID.randomUUID();
        HubUser outsider = accounts.create(Role.COMMISSIONER).toPrincipal(Instant.now());
        HubUser commissioner = accounts.createCommissionerOf(body).toPrincipal(Instant.now());
        UUID id = exercises.start(new NewExercise("Advice services", body, "Test council", "", "Advice",
                List.of("105"), List.of()));
        mvc.perform(post("/commissioning/exercises/" + id + "/advance").with(user(outsider)).with(csrf()).accept("text/html"))
                .andExpect(status().isForbidden());
        assertThat(exercises.find(id).orElseThrow().stage()).isEqualTo("ANALYSE");
        mvc.perform(post("/commissioning/exercises/" + id + "/advance").with(user(commissioner)).with(csrf()))
                .andExpect(status().isFound());
        assertThat(exercises.find(id).orElseThrow().stage()).isEqualTo("PLAN");
        mvc.perform(get("/api/v1/commissioning/exercises/" + UUID.randomUUID() + "/conformance").with(user(commissioner)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType("application/problem+json"));
    }

    private static Status rule(List<org.thirdsectorhub.commissioning.conformance.RuleResult> results, String id) {
        return results.stream().filter(r -> r.rule().equals(id)).findFirst().orElseThrow().status();
    }
}
