package org.thirdsectorhub.opportunities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.identity.Role;
import org.thirdsectorhub.identity.account.UserAccount;
import org.thirdsectorhub.opportunities.application.ApplicationDrafts;
import org.thirdsectorhub.opportunities.application.Submissions;
import org.thirdsectorhub.opportunities.round.RefusedChange;
import org.thirdsectorhub.opportunities.round.Round;
import org.thirdsectorhub.opportunities.round.Rounds;
import org.thirdsectorhub.organisations.OrganisationManagement;
import org.thirdsectorhub.support.HubIntegrationTest;
import org.thirdsectorhub.support.OpportunityFixtures;
import org.thirdsectorhub.support.TestAccounts;
import org.thirdsectorhub.support.TestMailServer;

/** Applying and bidding: the question pages, the budget, the deadline, one live application, and the acknowledgement. */
@HubIntegrationTest
class ApplyingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Rounds rounds;

    @Autowired
    ApplicationDrafts drafts;

    @Autowired
    Submissions submissions;

    @Autowired
    Applications applications;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    JdbcClient jdbc;

    private UUID registered(String name) {
        return organisations.findByName(name).orElseThrow().id();
    }

    private UUID start(Round round, HubUser member, UUID organisation) throws Exception {
        String location = mvc.perform(post("/opportunities/" + round.reference() + "/apply").with(user(member)).with(csrf())
                        .param("organisation", organisation.toString()))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private void answerEverything(UUID application, HubUser member) throws Exception {
        mvc.perform(post("/applications/" + application + "/project").with(user(member)).with(csrf())
                .param("title", "Lunch club").param("summary", "A weekly lunch club")).andExpect(status().isFound());
        mvc.perform(post("/applications/" + application + "/outcomes").with(user(member)).with(csrf())
                .param("outcomes", "Less loneliness").param("beneficiaries", "60 people over 65")
                .param("wards", "E05009406", "E05009424")).andExpect(status().isFound());
        mvc.perform(get("/applications/" + application + "/outcomes").with(user(member)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("Bletchley East"),
                        Matchers.matchesPattern("(?s).*value=\"E05009406\"[^>]*checked.*"),
                        Matchers.matchesPattern("(?s).*value=\"E05009424\"[^>]*checked.*"))));
        LocalDate start = LocalDate.now().plusMonths(2);
        mvc.perform(post("/applications/" + application + "/amount").with(user(member)).with(csrf())
                .param("amount", "£10,000").param("startsOn.day", "" + start.getDayOfMonth())
                .param("startsOn.month", "" + start.getMonthValue()).param("startsOn.year", "" + start.getYear())
                .param("endsOn.day", "1").param("endsOn.month", "1").param("endsOn.year", "" + (start.getYear() + 2)))
                .andExpect(status().isFound());
        mvc.perform(post("/applications/" + application + "/budget").with(user(member)).with(csrf())
                .param("category", "DIRECT").param("description", "Cook").param("lineAmount", "8500")).andExpect(status().isFound());
        mvc.perform(post("/applications/" + application + "/budget").with(user(member)).with(csrf())
                .param("category", "OVERHEAD").param("description", "Share of rent").param("lineAmount", "1500"))
                .andExpect(status().isFound());
    }

    @Test
    void aMemberAppliesThroughTheQuestionPagesAndGetsAnAcknowledgementEmail() throws Exception {
        UUID body = UUID.randomUUID();
        Round round = OpportunityFixtures.openRoundWithSocialValue(rounds, body);
        UUID organisation = registered("Bletchley Community Larder");
        UserAccount account = accounts.create(Role.ORGANISATION_MEMBER, organisation);
        HubUser member = account.toPrincipal(Instant.now());
        UUID application = start(round, member, organisation);
        answerEverything(application, member);
        mvc.perform(get("/applications/" + application + "/check").with(user(member)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Make a social value forecast")));
        mvc.perform(post("/applications/" + application + "/social-value").with(user(member)).with(csrf())
                .param("outcome", "Less loneliness").param("people", "60").param("proxyValue", "1850")
                .param("deadweight", "25").param("attribution", "20").param("dropOff", "10").param("durationYears", "2")
                .param("investment", "10000")).andExpect(status().isFound());
        mvc.perform(multipart("/applications/" + application + "/attachments")
                        .file(new MockMultipartFile("file", "accounts.pdf", "application/pdf", "%PDF-1.4 test".getBytes()))
                        .with(user(member)).with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(post("/applications/" + application + "/submit").with(user(member)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Confirm the declaration to submit")));
        mvc.perform(post("/applications/" + application + "/submit").with(user(member)).with(csrf()).param("declaration", "yes"))
                .andExpect(status().isFound());
        mvc.perform(get("/applications/" + application + "/submitted").with(user(member)))
                .andExpect(content().string(Matchers.containsString(round.reference() + "-")));

        ApplicationView view = applications.find(application).orElseThrow();
        assertThat(view.status()).isEqualTo("SUBMITTED");
        assertThat(view.overheadShare()).isEqualByComparingTo("15.0");
        assertThat(view.sroiForecast().ratio()).isPositive();
        assertThat(applications.attachments(application)).extracting(AttachmentInfo::fileName).containsExactly("accounts.pdf");
        assertThat(applications.submittedFor(round.id())).extracting(ApplicationSummary::id).containsExactly(application);
        awaitMail(account.email(), "We have received your application " + view.reference());
        mvc.perform(post("/applications/" + application + "/project").with(user(member)).with(csrf())
                        .param("title", "Changed").param("summary", "Changed"))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("has been submitted or withdrawn")));
    }

    @Test
    void refusesSubmissionAfterDeadline() throws Exception {
        Round round = OpportunityFixtures.openRound(rounds, UUID.randomUUID());
        UUID organisation = registered("Bletchley Community Larder");
        HubUser member = accounts.create(Role.ORGANISATION_MEMBER, organisation).toPrincipal(Instant.now());
        UUID application = start(round, member, organisation);
        answerEverything(application, member);
        jdbc.sql("UPDATE opportunities.opportunity SET closes_at = now() - interval '1 minute' WHERE id = ?")
                .param(round.id()).update();

        mvc.perform(post("/applications/" + application + "/submit").with(user(member)).with(csrf()).param("declaration", "yes"))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("The deadline has passed")));
        assertThatThrownBy(() -> submissions.submit(application, null)).isInstanceOf(RefusedChange.class);
        mvc.perform(get("/applications/" + application + "/budget").with(user(member))).andExpect(status().isConflict());
        assertThat(applications.find(application).orElseThrow().status()).isEqualTo("DRAFT");
        assertThat(rounds.find(round.id()).orElseThrow().status(Instant.now())).isEqualTo("CLOSED");
    }

    @Test
    void anOrganisationHasOneLiveApplicationPerOpportunity() throws Exception {
        Round round = OpportunityFixtures.openRound(rounds, UUID.randomUUID());
        UUID organisation = registered("Bletchley Community Larder");
        HubUser member = accounts.create(Role.ORGANISATION_ADMIN, organisation).toPrincipal(Instant.now());
        UUID first = start(round, member, organisation);
        assertThat(start(round, member, organisation)).as("starting again continues the same one").isEqualTo(first);
        assertThatThrownBy(() -> drafts.start(round, organisation, "Bletchley Community Larder", null))
                .isInstanceOf(RefusedChange.class);
        mvc.perform(post("/applications/" + first + "/withdraw").with(user(member)).with(csrf())).andExpect(status().isFound());
        assertThat(start(round, member, organisation)).isNotEqualTo(first);
    }

    @Test
    void membersActOnlyForTheirOwnOrganisations() throws Exception {
        Round round = OpportunityFixtures.openRound(rounds, UUID.randomUUID());
        UUID larder = registered("Bletchley Community Larder");
        HubUser member = accounts.create(Role.ORGANISATION_MEMBER, larder).toPrincipal(Instant.now());
        UUID application = start(round, member, larder);
        HubUser outsider = accounts.create(Role.ORGANISATION_MEMBER, UUID.randomUUID()).toPrincipal(Instant.now());
        mvc.perform(get("/applications/" + application + "/project").with(user(outsider))).andExpect(status().isForbidden());
        mvc.perform(post("/applications/" + application + "/withdraw").with(user(outsider)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/opportunities/" + round.reference() + "/apply").with(user(outsider)).with(csrf())
                        .param("organisation", larder.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Select the organisation you are acting for")));
        assertThat(applications.liveFor(round.id(), larder)).contains(application);
    }

    @Test
    void questionPagesShowAnErrorSummaryAndTheBudgetMustMatchTheAmount() throws Exception {
        Round round = OpportunityFixtures.openRound(rounds, UUID.randomUUID());
        UUID larder = registered("Bletchley Community Larder");
        HubUser member = accounts.create(Role.ORGANISATION_MEMBER, larder).toPrincipal(Instant.now());
        UUID application = start(round, member, larder);
        mvc.perform(post("/applications/" + application + "/project").with(user(member)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("There is a problem"),
                        Matchers.containsString("Enter a title"), Matchers.containsString("href=\"#summary\""))));
        mvc.perform(post("/applications/" + application + "/amount").with(user(member)).with(csrf())
                        .param("amount", "50000").param("startsOn.day", "31").param("startsOn.month", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("Enter no more than £20000"),
                        Matchers.containsString("Enter a real date"), Matchers.containsString("Enter the date the project ends"))));
        mvc.perform(post("/applications/" + application + "/budget").with(user(member)).with(csrf()).param("lineAmount", "-3"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Select whether it is a direct cost or an overhead")));
        mvc.perform(multipart("/applications/" + application + "/attachments")
                        .file(new MockMultipartFile("file", "virus.exe", "application/octet-stream", new byte[] {1, 2}))
                        .with(user(member)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("The file must be a PDF")));
        answerEverything(application, member);
        drafts.addBudgetLine(application, "DIRECT", "Extra", new BigDecimal("100"));
        mvc.perform(post("/applications/" + application + "/submit").with(user(member)).with(csrf()).param("declaration", "yes"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("The amount requested must equal the total of your budget")));
    }

    static void awaitMail(String address, String subject) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            for (var message : TestMailServer.messagesTo(address)) {
                if (message.getSubject().contains(subject)) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail \"" + subject + "\" reached " + address);
    }
}
