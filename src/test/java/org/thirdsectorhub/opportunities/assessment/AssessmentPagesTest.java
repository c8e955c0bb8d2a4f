package org.thirdsectorhub.opportunities.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.identity.Role;
import org.thirdsectorhub.identity.account.UserAccount;
import org.thirdsectorhub.support.HubIntegrationTest;
import org.thirdsectorhub.support.TestAccounts;

@HubIntegrationTest
class AssessmentPagesTest {

    private static final String SUMMARY = "govuk-error-summary";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AssessedRounds rounds;

    @Autowired
    Panel panel;

    private AssessmentFixture.Made made;
    private HubUser lead;
    private HubUser assessor;
    private String base;

    @BeforeEach
    void aRoundWithALeadAndAnAssessor() {
        UUID owner = UUID.randomUUID();
        made = new AssessmentFixture(jdbc).closedRound(owner, 2);
        lead = accounts.createCommissionerOf(owner).toPrincipal(Instant.now());
        UserAccount officer = accounts.create(Role.INFRASTRUCTURE_OFFICER);
        panel.add(rounds.find(made.reference()), officer.email());
        assessor = officer.toPrincipal(Instant.now());
        base = "/opportunities/" + made.reference() + "/assessment";
    }

    @Test
    void showsErrorSummaryWhenNoConflictAnswerIsChosen() throws Exception {
        mvc.perform(post(conflict(0)).with(csrf()).with(user(assessor)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(SUMMARY)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Select whether you have a conflict of interest")));
    }

    @Test
    void showsErrorSummaryWhenAConflictHasNoDetails() throws Exception {
        mvc.perform(post(conflict(0)).param("conflict", "yes").with(csrf()).with(user(assessor)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Describe the conflict of interest")));
    }

    @Test
    void theScoringPageAsksForADeclarationFirst() throws Exception {
        mvc.perform(get(score(0)).with(user(assessor))).andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/conflict"));
    }

    @Test
    void showsErrorSummaryWhenScoresAreSubmittedIncomplete() throws Exception {
        mvc.perform(post(conflict(0)).param("conflict", "no").with(csrf()).with(user(assessor)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(score(0)).with(user(assessor))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Overheads are 15% of the budget")));
        mvc.perform(post(score(0)).param("action", "submit").param("score-" + made.criteria().get(0), "4")
                        .with(csrf()).with(user(assessor)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(SUMMARY)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Enter why you gave this score for Need and evidence")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Select a score for Social value")));
    }

    @Test
    void showsErrorSummaryWhenTheForecastCheckHasAnInvalidPercentage() throws Exception {
        mvc.perform(post(conflict(0)).param("conflict", "no").with(csrf()).with(user(assessor)));
        mvc.perform(post(score(0)).param("action", "check").param("deadweight", "150").param("attribution", "10")
                        .param("dropOff", "20").with(csrf()).with(user(assessor)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Enter a whole number from 0 to 100")));
        mvc.perform(post(score(0)).param("action", "check").param("deadweight", "40").param("attribution", "10")
                        .param("dropOff", "20").with(csrf()).with(user(assessor)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("With your deductions")));
    }

    @Test
    void aConflictedAssessorIsRefusedScoring() throws Exception {
        mvc.perform(post(conflict(0)).param("conflict", "yes").param("details", "My sister runs it").with(csrf())
                .with(user(assessor))).andExpect(status().is3xxRedirection());
        mvc.perform(get(score(0)).with(user(assessor))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("You declared a conflict of interest")));
        mvc.perform(post(score(0)).param("action", "save").param("score-" + made.criteria().get(0), "4")
                .param("comment-" + made.criteria().get(0), "Good").with(csrf()).with(user(assessor)))
                .andExpect(status().isForbidden());
    }

    @Test
    void someoneNotOnThePanelOrNotTheLeadIsRefused() throws Exception {
        HubUser other = accounts.create(Role.INFRASTRUCTURE_OFFICER).toPrincipal(Instant.now());
        mvc.perform(get(conflict(0)).with(user(other))).andExpect(status().isForbidden());
        mvc.perform(get(base).with(user(assessor))).andExpect(status().isForbidden());
        mvc.perform(get(base).with(user(lead))).andExpect(status().isOk());
    }

    @Test
    void showsErrorSummaryWhenTheAssessorCannotBeAdded() throws Exception {
        mvc.perform(post(base + "/assessors").param("email", "nobody-" + UUID.randomUUID() + "@example.org")
                        .with(csrf()).with(user(lead)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "There is no active account with that email address")));
        mvc.perform(post(base + "/assessors").param("email", "").with(csrf()).with(user(lead)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Enter the email address of the assessor")));
    }

    @Test
    void showsErrorSummaryWhenADecisionIsIncomplete() throws Exception {
        String decision = base + "/decisions/" + made.applications().get(0);
        mvc.perform(post(decision).with(csrf()).with(user(lead))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Select whether the application is successful or unsuccessful")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Enter the reasons for the decision")));
        mvc.perform(post(decision).param("outcome", "SUCCESSFUL").param("amount", "25000").param("reasons", "Strong")
                        .with(csrf()).with(user(lead)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("no more than the amount requested")));
        mvc.perform(post(decision).param("outcome", "UNSUCCESSFUL").param("reasons", "Weaker").with(csrf()).with(user(lead)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Enter feedback for the applicant")));
    }

    @Test
    void showsErrorSummaryWhenPublishingWhileDecisionsAreMissing() throws Exception {
        mvc.perform(post(base + "/decisions/" + made.applications().get(0)).param("outcome", "SUCCESSFUL")
                .param("amount", "12000").param("reasons", "Strong").with(csrf()).with(user(lead)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/decisions/publish").with(csrf()).with(user(lead))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(SUMMARY)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("1 have no decision")));
        mvc.perform(get("/opportunities/" + made.reference() + "/decisions")).andExpect(status().isNotFound());
    }

    @Test
    void theDemoRoundsPublishedDecisionsNameOnlyTheFundedOrganisations() throws Exception {
        mvc.perform(get("/api/v1/opportunities/MKCC-CCF-2026/decisions")).andExpect(status().isOk())
                .andExpect(jsonPath("$.applications").value(5)).andExpect(jsonPath("$.successful").value(3))
                .andExpect(jsonPath("$.unsuccessful").value(2)).andExpect(jsonPath("$.awards.length()").value(3))
                .andExpect(jsonPath("$.awards[0].award").isNotEmpty());
        mvc.perform(get("/opportunities/MKCC-CCF-2026/decisions")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Bletchley Community Larder")));
        mvc.perform(get("/api/v1/opportunities/MKCC-WWG-2026/decisions")).andExpect(status().isNotFound());
    }

    private String conflict(int index) {
        return base + "/applications/" + made.applications().get(index) + "/conflict";
    }

    private String score(int index) {
        return base + "/applications/" + made.applications().get(index) + "/score";
    }
}
