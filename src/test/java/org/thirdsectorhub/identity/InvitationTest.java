package org.thirdsectorhub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.thirdsectorhub.audit.AuditQuery;
import org.thirdsectorhub.audit.AuditSearch;
import org.thirdsectorhub.support.HubIntegrationTest;
import org.thirdsectorhub.support.TestAccounts;
import org.thirdsectorhub.support.TestMailServer;

@HubIntegrationTest
class InvitationTest {

    private static final String PASSWORD = "Stony-Stratford-Heron-5";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    IdentityManagement identity;

    @Autowired
    AuditSearch audit;

    @Test
    void anInvitedPersonAcceptsAndHasTheRolesGiven() throws Exception {
        HubUser admin = accounts.create(Role.ADMINISTRATOR).toPrincipal(Instant.now());
        String email = "invited-" + UUID.randomUUID() + "@example.org";
        UUID organisation = UUID.randomUUID();
        mvc.perform(post("/admin/users/invite").with(user(admin)).with(csrf())
                        .param("displayName", "Ruth Okafor").param("email", email)
                        .param("roles", "COMMISSIONER").param("roles", "PARTNERSHIP_MEMBER")
                        .param("organisationId", organisation.toString()).param("organisationRole", "ORGANISATION_ADMIN"))
                .andExpect(redirectedUrl("/admin/users"));

        String path = URI.create(TestMailServer.awaitLink(email, "/invitations/", Duration.ofSeconds(10))).getPath();
        mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(email)));
        mvc.perform(post(path).with(csrf()).param("displayName", "Ruth Okafor")
                        .param("password", PASSWORD).param("confirmPassword", PASSWORD))
                .andExpect(redirectedUrl("/sign-in?accountCreated"));

        UserSummary created = identity.findUserByEmail(email).orElseThrow();
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.COMMISSIONER, Role.PARTNERSHIP_MEMBER);
        assertThat(created.organisations()).containsEntry(organisation, Role.ORGANISATION_ADMIN);
        mvc.perform(post("/sign-in").with(csrf()).param("email", email).param("password", PASSWORD))
                .andExpect(redirectedUrl("/account"));

        mvc.perform(get(path)).andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("This invitation cannot be used")));
        assertThat(audit.search(new AuditQuery(email, null, null, null, null, null, 1, 10)).entries())
                .extracting(entry -> entry.action()).contains("invited");
    }

    @Test
    void theInviteFormExplainsEveryMissingAnswer() throws Exception {
        HubUser admin = accounts.create(Role.ADMINISTRATOR).toPrincipal(Instant.now());
        mvc.perform(post("/admin/users/invite").with(user(admin)).with(csrf()).param("organisationId", "not-an-id"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("There is a problem"),
                        Matchers.containsString("Enter a name"),
                        Matchers.containsString("Enter an email address"),
                        Matchers.containsString("Enter the organisation&#39;s id"))));
    }

    @Test
    void anExistingAccountCannotBeInvitedAgain() throws Exception {
        HubUser admin = accounts.create(Role.ADMINISTRATOR).toPrincipal(Instant.now());
        String existing = accounts.create(Role.COMMISSIONER).email();
        mvc.perform(post("/admin/users/invite").with(user(admin)).with(csrf())
                        .param("displayName", "Again").param("email", existing).param("roles", "COMMISSIONER"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("already exists")));
    }

    @Test
    void anUnknownRoleInTheFormIsAnErrorNotACrash() throws Exception {
        HubUser admin = accounts.create(Role.ADMINISTRATOR).toPrincipal(Instant.now());
        int status = mvc.perform(post("/admin/users/invite").with(user(admin)).with(csrf())
                        .param("displayName", "Someone").param("email", "someone@example.org").param("roles", "EMPEROR"))
                .andReturn().getResponse().getStatus();
        assertThat(status).isIn(200, 400);
    }
}
