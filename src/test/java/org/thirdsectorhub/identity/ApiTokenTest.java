package org.thirdsectorhub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.thirdsectorhub.identity.account.UserAccount;
import org.thirdsectorhub.shared.cli.HubCommand;
import org.thirdsectorhub.support.HubIntegrationTest;
import org.thirdsectorhub.support.TestAccounts;

@HubIntegrationTest
class ApiTokenTest {

    private static final Pattern SHOWN_TOKEN = Pattern.compile("id=\"new-token\">(tsh_[A-Za-z0-9_-]+)<");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<HubCommand> commands;

    @Test
    void aTokenIsShownOnceStoredHashedAndActsWithItsOwnersRights() throws Exception {
        UserAccount account = accounts.create(Role.ADMINISTRATOR);
        HubUser user = account.toPrincipal(Instant.now());
        String page = mvc.perform(post("/account/tokens").with(user(user)).with(csrf()).param("name", "Reporting"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher matcher = SHOWN_TOKEN.matcher(page);
        assertThat(matcher.find()).as("the new token is shown").isTrue();
        String token = matcher.group(1);

        assertThat(jdbc.sql("SELECT count(*) FROM identity.api_token WHERE token_hash = ?").param(token)
                .query(Long.class).single()).as("the token itself is never stored").isZero();
        mvc.perform(get("/account/tokens").with(user(user)))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(token))));

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(account.email()))
                .andExpect(jsonPath("$.roles[0]").value("ADMINISTRATOR"));
        mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
    }

    @Test
    void aRevokedTokenNoLongerWorks() throws Exception {
        UserAccount account = accounts.create(Role.COMMISSIONER);
        HubUser user = account.toPrincipal(Instant.now());
        String token = createToken(account);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        UUID id = jdbc.sql("SELECT id FROM identity.api_token WHERE user_account = ?").param(account.id())
                .query(UUID.class).single();
        mvc.perform(post("/account/tokens/" + id + "/revoke").with(user(user)).with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType("application/problem+json"));
    }

    @Test
    void someoneElsesTokenCannotBeRevoked() throws Exception {
        UserAccount owner = accounts.create(Role.COMMISSIONER);
        createToken(owner);
        UUID id = jdbc.sql("SELECT id FROM identity.api_token WHERE user_account = ?").param(owner.id())
                .query(UUID.class).single();
        HubUser other = accounts.create(Role.COMMISSIONER).toPrincipal(Instant.now());
        mvc.perform(post("/account/tokens/" + id + "/revoke").with(user(other)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aDeactivatedOwnersTokenStopsWorking() throws Exception {
        UserAccount account = accounts.create(Role.COMMISSIONER);
        String token = createToken(account);
        accounts.deactivate(account);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void invalidTokensAreUnauthorizedAsProblemJson() throws Exception {
        for (String header : List.of("Bearer tsh_made_up", "Bearer ", "Basic dXNlcjpwYXNz", "Bearer " + "x".repeat(5000))) {
            mvc.perform(get("/api/v1/me").header("Authorization", header))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentType("application/problem+json"))
                    .andExpect(jsonPath("$.status").value(401));
        }
    }

    @Test
    void aTokenWithoutTheRoleIsForbiddenAsProblemJson() throws Exception {
        String token = createToken(accounts.create(Role.COMMISSIONER));
        mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType("application/problem+json"));
    }

    @Test
    void aTokenNeedsAName() throws Exception {
        HubUser user = accounts.create(Role.COMMISSIONER).toPrincipal(Instant.now());
        mvc.perform(post("/account/tokens").with(user(user)).with(csrf()).param("name", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Enter a name for the token")));
        mvc.perform(post("/account/tokens").with(user(user)).with(csrf()).param("name", "n".repeat(101)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("100 characters or fewer")));
    }

    @Test
    void theCommandLinePrintsAWorkingTokenAndNothingElse() throws Exception {
        UserAccount account = accounts.create(Role.PARTNERSHIP_MEMBER);
        HubCommand create = commands.stream().filter(c -> c.words().equals(List.of("token", "create"))).findFirst()
                .orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = create.run(List.of(account.email()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        String token = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(token).startsWith("tsh_").doesNotContain("\n");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.email").value(account.email()));

        ByteArrayOutputStream unknown = new ByteArrayOutputStream();
        assertThat(create.run(List.of("nobody@example.org"), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(unknown, true, StandardCharsets.UTF_8))).isEqualTo(1);
        assertThat(unknown.toString(StandardCharsets.UTF_8)).contains("No active account");
    }

    private String createToken(UserAccount account) throws Exception {
        String page = mvc.perform(post("/account/tokens").with(user(account.toPrincipal(Instant.now()))).with(csrf())
                .param("name", "test")).andReturn().getResponse().getContentAsString();
        Matcher matcher = SHOWN_TOKEN.matcher(page);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
