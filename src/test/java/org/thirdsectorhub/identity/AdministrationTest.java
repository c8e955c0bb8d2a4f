package org.thirdsectorhub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.thirdsectorhub.audit.AuditQuery;
import org.thirdsectorhub.audit.AuditSearch;
import org.thirdsectorhub.identity.account.UserAccount;
import org.thirdsectorhub.support.BrowserSession;
import org.thirdsectorhub.support.HubIntegrationTest;
import org.thirdsectorhub.support.TestAccounts;

@HubIntegrationTest
class AdministrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    IdentityManagement identity;

    @Autowired
    AuditSearch audit;

    @Test
    void givingAndTakingRolesIsAuditedAndSignsThePersonOut() throws Exception {
        HubUser admin = accounts.create(Role.ADMINISTRATOR).toPrincipal(Instant.now());
        UserAccount person = accounts.create(Role.COMMISSIONER);
        var session = BrowserSession.signIn(mvc, person.email(), TestAccounts.PASSWORD);
        mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());

        mvc.perform(post("/admin/users/" + person.id() + "/roles").with(user(admin)).with(csrf())
                        .param("roles", "PARTNERSHIP_MEMBER").param("roles", "INFRASTRUCTURE_OFFICER"))
                .andExpect(redirectedUrl("/admin/users/" + person.id()));

        assertThat(identity.findUser(person.id()).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.PARTNERSHIP_MEMBER, Role.INFRASTRUCTURE_OFFICER);
        mvc.perform(get("/account").cookie(session)).andExpect(status().isFound());
        var entries = audit.search(new AuditQuery(null, null, "account", person.id().toString(), null, null, 1, 50))
                .entries();
        assertThat(entries).extracting(entry -> entry.action()).contains("role given", "role taken");
        assertThat(entries).allSatisfy(entry -> assertThat(entry.occurredAt()).isNotNull());
        assertThat(entries.stream().filter(entry -> entry.action().equals("role taken")))
                .allSatisfy(entry -> assertThat(entry.actor()).isEqualTo(admin.email()));
    }

    @Test
    void deactivationStopsSignInAndReactivationRestoresIt() throws Exception {
        HubUser admin = accounts.create(Role.ADMINISTRATOR).toPrincipal(Instant.now());
        UserAccount person = accounts.create(Role.COMMISSIONER);
        mvc.perform(post("/admin/users/" + person.id() + "/deactivate").with(user(admin)).with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(post("/sign-in").with(csrf()).param("email", person.email()).param("password", TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/sign-in?deactivated"));
        mvc.perform(post("/admin/users/" + person.id() + "/reactivate").with(user(admin)).with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(post("/sign-in").with(csrf()).param("email", person.email()).param("password", TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/account"));
    }

    @Test
    void anAdministratorCannotDeactivateThemself() throws Exception {
        UserAccount account = accounts.create(Role.ADMINISTRATOR);
        mvc.perform(post("/admin/users/" + account.id() + "/deactivate").with(user(account.toPrincipal(Instant.now())))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("You cannot deactivate your own account")));
        assertThat(identity.findUser(account.id()).orElseThrow().active()).isTrue();
    }

    @Test
    void membershipsScopeOrganisationRights() throws Exception {
        HubUser admin = accounts.create(Role.ADMINISTRATOR).toPrincipal(Instant.now());
        UserAccount person = accounts.createWithoutRoles();
        UUID organisation = UUID.randomUUID();
        mvc.perform(post("/admin/users/" + person.id() + "/memberships").with(user(admin)).with(csrf())
                        .param("organisationId", organisation.toString()).param("organisationRole", "ORGANISATION_ADMIN"))
                .andExpect(status().isFound());
        HubUser member = identity.findUser(person.id()).map(summary -> new HubUser(summary.id(), summary.email(),
                summary.displayName(), null, true, false, summary.roles(), summary.organisations())).orElseThrow();
        assertThat(member.canActFor(organisation)).isTrue();
        assertThat(member.administers(organisation)).isTrue();
        assertThat(member.canActFor(UUID.randomUUID())).isFalse();
        assertThat(member.has(Role.ORGANISATION_MEMBER)).isTrue();
        assertThat(identity.membersOf(organisation)).extracting(UserSummary::id).containsExactly(person.id());

        mvc.perform(post("/admin/users/" + person.id() + "/memberships").with(user(admin)).with(csrf())
                        .param("organisationId", "nonsense"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Enter the organisation&#39;s id")));
    }

    @Test
    void theUserListSearchesByNameEmailAndRole() throws Exception {
        HubUser admin = accounts.create(Role.ADMINISTRATOR).toPrincipal(Instant.now());
        UserAccount person = accounts.create(Role.PARTNERSHIP_MEMBER);
        mvc.perform(get("/admin/users").with(user(admin)).param("q", person.email()))
                .andExpect(content().string(Matchers.containsString("1 person")))
                .andExpect(content().string(Matchers.containsString("/admin/users/" + person.id())));
        mvc.perform(get("/admin/users").with(user(admin)).param("role", "COMMISSIONER").param("q", person.email()))
                .andExpect(content().string(Matchers.containsString("No people found")));
        mvc.perform(get("/admin/users").with(user(admin)).param("role", "NOT_A_ROLE"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/admin/users/not-a-uuid").with(user(admin)).accept("text/html"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/admin/users/" + UUID.randomUUID()).with(user(admin)).accept("text/html"))
                .andExpect(status().isNotFound());
    }

}
