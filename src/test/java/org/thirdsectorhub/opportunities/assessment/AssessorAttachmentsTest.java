package org.thirdsectorhub.opportunities.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
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
class AssessorAttachmentsTest {

    private static final byte[] CSV = "line,category,amount\nCoordinator,DIRECT,17000\nRent,OVERHEAD,3000\n"
            .getBytes(StandardCharsets.UTF_8);

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

    @Autowired
    org.thirdsectorhub.opportunities.Applications applications;

    private AssessmentFixture fixture;
    private AssessmentFixture.Made made;
    private HubUser lead;
    private HubUser assessor;
    private UUID attachment;
    private String base;

    @BeforeEach
    void aRoundWhoseFirstApplicationHasAFile() {
        UUID owner = UUID.randomUUID();
        fixture = new AssessmentFixture(jdbc);
        made = fixture.closedRound(owner, 2);
        lead = accounts.createCommissionerOf(owner).toPrincipal(Instant.now());
        UserAccount officer = accounts.create(Role.INFRASTRUCTURE_OFFICER);
        panel.add(rounds.find(made.reference()), officer.email());
        assessor = officer.toPrincipal(Instant.now());
        attachment = fixture.attach(application(0), "budget-breakdown.csv", "text/csv", CSV);
        base = "/opportunities/" + made.reference() + "/assessment";
    }

    @Test
    void anAssessorWithoutAConflictDownloadsTheFile() throws Exception {
        declare(assessor, 0, "no");
        byte[] body = mvc.perform(get(download(0, attachment)).with(user(assessor)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("budget-breakdown.csv")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(body).isEqualTo(CSV);
    }

    @Test
    void theScoringPageListsTheAttachmentWithADownloadLink() throws Exception {
        declare(assessor, 0, "no");
        mvc.perform(get(base + "/applications/" + application(0) + "/score").with(user(assessor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("budget-breakdown.csv")))
                .andExpect(content().string(containsString("href=\"" + download(0, attachment) + "\"")))
                .andExpect(content().string(containsString("1 KB")));
    }

    @Test
    void theLeadDownloadsTheFileAndSeesItWhenModerating() throws Exception {
        mvc.perform(get(download(0, attachment)).with(user(lead))).andExpect(status().isOk())
                .andExpect(content().bytes(CSV));
        mvc.perform(get(base + "/moderation/" + application(0)).with(user(lead))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + download(0, attachment) + "\"")));
    }

    @Test
    void aConflictedAssessorIsRefusedTheFile() throws Exception {
        declare(assessor, 0, "yes");
        mvc.perform(get(download(0, attachment)).with(user(assessor))).andExpect(status().isForbidden());
    }

    @Test
    void anAssessorWhoHasNotDeclaredIsRefusedTheFile() throws Exception {
        mvc.perform(get(download(0, attachment)).with(user(assessor))).andExpect(status().isForbidden());
    }

    @Test
    void theApplicantAndStrangersAreRefusedTheFile() throws Exception {
        UUID organisation = jdbc.sql("SELECT organisation FROM opportunities.application WHERE id = ?")
                .param(application(0)).query(UUID.class).single();
        HubUser applicant = accounts.create(Role.ORGANISATION_MEMBER, organisation).toPrincipal(Instant.now());
        HubUser stranger = accounts.create(Role.INFRASTRUCTURE_OFFICER).toPrincipal(Instant.now());
        HubUser otherCommissioner = accounts.createCommissionerOf(UUID.randomUUID()).toPrincipal(Instant.now());
        for (HubUser refused : new HubUser[] {applicant, stranger, otherCommissioner}) {
            mvc.perform(get(download(0, attachment)).with(user(refused))).andExpect(status().isForbidden());
        }
        mvc.perform(get(download(0, attachment))).andExpect(status().is3xxRedirection());
    }

    @Test
    void unknownOrMismatchedFilesAreNotFound() throws Exception {
        declare(assessor, 0, "no");
        declare(assessor, 1, "no");
        mvc.perform(get(download(0, UUID.randomUUID())).with(user(assessor))).andExpect(status().isNotFound());
        mvc.perform(get(download(1, attachment)).with(user(assessor))).andExpect(status().isNotFound());
        mvc.perform(get(base + "/applications/" + UUID.randomUUID() + "/attachments/" + attachment).with(user(assessor)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/opportunities/NO-SUCH-ROUND/assessment/applications/" + application(0) + "/attachments/"
                + attachment).with(user(assessor))).andExpect(status().isNotFound());
    }

    @Test
    void aFileWithoutAUsableTypeIsServedAsBytes() throws Exception {
        UUID odd = fixture.attach(application(0), "notes", "", "Plain words".getBytes(StandardCharsets.UTF_8));
        mvc.perform(get(download(0, odd)).with(user(lead))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/octet-stream"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void everyApplicationOfTheDemoScoringRoundCarriesItsBudgetBreakdown() {
        Round winter = rounds.find("MKCC-WWG-2026");
        assertThat(rounds.submissions(winter.id())).isNotEmpty().allSatisfy(submission ->
                assertThat(applications.attachments(submission.id())).extracting(a -> a.fileName())
                        .contains("budget-breakdown.csv"));
    }

    private void declare(HubUser who, int index, String conflict) throws Exception {
        mvc.perform(post(base + "/applications/" + application(index) + "/conflict").param("conflict", conflict)
                .param("details", "I am a trustee of the applicant").with(csrf()).with(user(who)))
                .andExpect(status().is3xxRedirection());
    }

    private UUID application(int index) {
        return made.applications().get(index);
    }

    private String download(int index, UUID file) {
        return base + "/applications/" + application(index) + "/attachments/" + file;
    }
}
