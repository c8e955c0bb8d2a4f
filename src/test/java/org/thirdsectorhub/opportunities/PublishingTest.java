package org.thirdsectorhub.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.thirdsectorhub.commissioning.exercise.Exercises;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.identity.Role;
import org.thirdsectorhub.identity.account.UserAccount;
import org.thirdsectorhub.opportunities.round.Clarifications;
import org.thirdsectorhub.opportunities.round.Round;
import org.thirdsectorhub.opportunities.round.Rounds;
import org.thirdsectorhub.organisations.OrganisationManagement;
import org.thirdsectorhub.support.HubIntegrationTest;
import org.thirdsectorhub.support.OpportunityFixtures;
import org.thirdsectorhub.support.TestAccounts;

/** Commissioners open, publish and cancel opportunities; organisations follow them and ask questions. */
@HubIntegrationTest
class PublishingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Rounds rounds;

    @Autowired
    Clarifications clarifications;

    @Autowired
    Exercises exercises;

    @Autowired
    OrganisationManagement organisations;

    @Test
    void aCommissionerOpensAGrantRoundFromAnExerciseAndCannotPublishItUntilItIsComplete() throws Exception {
        UUID council = organisations.findByName("Milton Keynes City Council").orElseThrow().id();
        HubUser commissioner = accounts.createCommissionerOf(council).toPrincipal(Instant.now());
        var exercise = exercises.all().stream().filter(e -> e.title().startsWith("Tackling isolation")).findFirst().orElseThrow();
        mvc.perform(get("/opportunities/new").param("exercise", exercise.id().toString()).with(user(commissioner)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"" + exercise.title() + "\"")));
        mvc.perform(post("/opportunities/new").with(user(commissioner)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("There is a problem"),
                        Matchers.containsString("Select whether it is a grant round or a tender"))));
        String location = mvc.perform(post("/opportunities/new").with(user(commissioner)).with(csrf())
                        .param("kind", "GRANT_ROUND").param("owner", council.toString()).param("title", "Befriending grants")
                        .param("exercise", exercise.id().toString()))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        String reference = location.split("/")[2];
        assertThat(reference).matches("MK-GR-20[0-9]{2}-[0-9]{3}");
        Round round = rounds.require(reference);
        assertThat(round.exercise()).isEqualTo(exercise.id());
        assertThat(round.totalBudget()).isEqualByComparingTo(exercise.evidence().route().estimatedValue());
        mvc.perform(post("/opportunities/" + reference + "/publish").with(user(commissioner)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("publishProblems", Matchers.hasItems("opportunities.publish.missing.closes",
                        "opportunities.publish.missing.criteria")));
        assertThat(rounds.require(reference).storedStatus()).isEqualTo("DRAFT");
        mvc.perform(get("/opportunities/" + reference)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/opportunities/" + reference)).andExpect(status().isNotFound());
    }

    @Test
    void criteriaWeightsMustAddUpToOneHundredWithOneSocialValueCriterionAtMost() throws Exception {
        UUID body = UUID.randomUUID();
        HubUser commissioner = accounts.createCommissionerOf(body).toPrincipal(Instant.now());
        Round round = OpportunityFixtures.openRound(rounds, body);
        String path = "/opportunities/" + round.reference() + "/criteria";
        mvc.perform(post(path).with(user(commissioner)).with(csrf()).param("title", "Need", "Delivery")
                        .param("weight", "50", "40").param("guidance", "", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("There is a problem"),
                        Matchers.containsString("The weights must add up to 100. They add up to 90"))));
        mvc.perform(post(path).with(user(commissioner)).with(csrf()).param("title", "Need", "Social value", "Local jobs")
                        .param("weight", "50", "30", "20").param("socialValue", "1", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Mark only one criterion as the social value criterion")));
        mvc.perform(post(path).with(user(commissioner)).with(csrf()).param("title", "Need", "", "Social value")
                        .param("weight", "50", "", "50").param("socialValue", "2"))
                .andExpect(status().isFound());
        assertThat(rounds.find(round.id()).orElseThrow().criteria()).extracting(Round.Criterion::weight).containsExactly(50, 50);
        assertThat(rounds.find(round.id()).orElseThrow().hasSocialValueCriterion()).isTrue();
        assertThatThrownBy(() -> rounds.replaceCriteria(round.id(), List.of(new Round.Criterion(1, "A", "", 99, false))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void commissionersChangeOnlyTheirOwnBodiesOpportunities() throws Exception {
        Round round = OpportunityFixtures.openRound(rounds, UUID.randomUUID());
        HubUser other = accounts.createCommissionerOf(UUID.randomUUID()).toPrincipal(Instant.now());
        mvc.perform(get("/opportunities/" + round.reference() + "/edit").with(user(other))).andExpect(status().isForbidden());
        mvc.perform(post("/opportunities/" + round.reference() + "/cancel").with(user(other)).with(csrf())
                .param("reason", "Because")).andExpect(status().isForbidden());
        mvc.perform(post("/opportunities/new").with(user(other)).with(csrf()).param("kind", "TENDER")
                        .param("owner", round.ownerOrganisation().toString()).param("title", "Not mine"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Select the body it is from")));
        assertThat(rounds.find(round.id()).orElseThrow().storedStatus()).isEqualTo("OPEN");
    }

    @Test
    void followersAreEmailedWhenAnOpportunityIsPublishedAndWhenAnAnswerIsPublished() throws Exception {
        UUID larder = organisations.findByName("Bletchley Community Larder").orElseThrow().id();
        UserAccount account = accounts.create(Role.ORGANISATION_MEMBER, larder);
        HubUser member = account.toPrincipal(Instant.now());
        mvc.perform(post("/opportunities/following").with(user(member)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Select which opportunities to follow")));
        mvc.perform(post("/opportunities/following").with(user(member)).with(csrf()).param("organisation", larder.toString())
                .param("kind", "TENDER")).andExpect(status().isFound());
        UUID body = UUID.randomUUID();
        Round tender = OpportunityFixtures.open(rounds, body, "TENDER", List.of(new Round.Criterion(1, "Quality", "", 100, false)));
        ApplyingTest.awaitMail(account.email(), "New tender: " + tender.title());

        mvc.perform(post("/opportunities/" + tender.reference() + "/follow").with(user(member)).with(csrf())
                .param("organisation", larder.toString())).andExpect(status().isFound());
        mvc.perform(post("/opportunities/" + tender.reference() + "/questions/new").with(user(member)).with(csrf())
                .param("organisation", larder.toString())).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Enter your question")));
        mvc.perform(post("/opportunities/" + tender.reference() + "/questions/new").with(user(member)).with(csrf())
                .param("organisation", larder.toString()).param("question", "Is TUPE likely to apply?"))
                .andExpect(status().isFound());
        var question = clarifications.all(tender.id()).get(0);
        HubUser owner = accounts.createCommissionerOf(body).toPrincipal(Instant.now());
        mvc.perform(post("/opportunities/" + tender.reference() + "/questions/" + question.id() + "/answer")
                .with(user(owner)).with(csrf()).param("answer", "No, it is a new service.")).andExpect(status().isFound());
        ApplyingTest.awaitMail(account.email(), "Clarification published: " + tender.title());

        mvc.perform(get("/opportunities/" + tender.reference()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("Is TUPE likely to apply?"),
                        Matchers.containsString("No, it is a new service."),
                        Matchers.not(Matchers.containsString("Bletchley Community Larder")))));
        mvc.perform(get("/api/v1/opportunities/" + tender.reference()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.criteria[0].weight").value(100))
                .andExpect(jsonPath("$.clarifications[0].answer").value("No, it is a new service."));
        mvc.perform(get("/api/v1/opportunities/MK-T-1999-999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));

        var follows = mvc.perform(get("/opportunities/following").with(user(member))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(follows).contains(tender.title());
    }

    @Test
    void thePublicListShowsOpenOpportunitiesFirstWithTheirDeadlines() throws Exception {
        Round round = OpportunityFixtures.openRound(rounds, UUID.randomUUID());
        mvc.perform(get("/opportunities").param("kind", "GRANT_ROUND").param("status", "OPEN"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString(round.title()),
                        Matchers.containsString("Later life connections fund"), Matchers.containsString("Closes at"))));
        mvc.perform(get("/opportunities").param("status", "CLOSED"))
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("Cost of living small grants"),
                        Matchers.not(Matchers.containsString(round.title())))));
    }

    @Test
    void theOpportunityPageNamesTheWardsItCovers() throws Exception {
        String reference = jdbc.sql("SELECT reference FROM opportunities.opportunity WHERE title LIKE 'Family support hubs%'")
                .query(String.class).single();
        mvc.perform(get("/opportunities/" + reference))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("Bletchley East"),
                        Matchers.not(Matchers.containsString("E05009406")))));
    }
}
