package org.thirdsectorhub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.thirdsectorhub.identity.account.UserAccount;
import org.thirdsectorhub.support.BrowserSession;
import org.thirdsectorhub.support.HubIntegrationTest;
import org.thirdsectorhub.support.TestAccounts;

@HubIntegrationTest
class SignInTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Test
    void signsInWithTheRightPasswordAndLandsOnTheAccountPage() throws Exception {
        UserAccount account = accounts.create(Role.COMMISSIONER);
        MvcResult result = mvc.perform(post("/sign-in").with(csrf())
                        .param("email", account.email().toUpperCase()).param("password", TestAccounts.PASSWORD))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/account"))
                .andReturn();
        mvc.perform(get("/account").cookie(BrowserSession.cookieOf(result)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(account.displayName())));
    }

    @Test
    void wrongPasswordShowsTheErrorSummaryAndKeepsTheEmail() throws Exception {
        UserAccount account = accounts.create(Role.COMMISSIONER);
        MvcResult failed = mvc.perform(post("/sign-in").with(csrf())
                        .param("email", account.email()).param("password", "not-the-password"))
                .andExpect(redirectedUrl("/sign-in?error"))
                .andReturn();
        String page = mvc.perform(get("/sign-in?error").cookie(BrowserSession.cookieOf(failed)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem", "Enter a correct email address and password",
                "href=\"#email\"", "value=\"" + account.email() + "\"", "govuk-error-message");
    }

    @Test
    void unknownEmailGetsTheSameAnswerAsAWrongPassword() throws Exception {
        mvc.perform(post("/sign-in").with(csrf()).param("email", "nobody@example.org").param("password", "whatever"))
                .andExpect(redirectedUrl("/sign-in?error"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightPassword() throws Exception {
        UserAccount account = accounts.create(Role.PARTNERSHIP_MEMBER);
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(post("/sign-in").with(csrf()).param("email", account.email()).param("password", "wrong-" + attempt))
                    .andExpect(redirectedUrl("/sign-in?error"));
        }
        mvc.perform(post("/sign-in").with(csrf()).param("email", account.email()).param("password", TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/sign-in?locked"));
        mvc.perform(get("/sign-in?locked"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("locked for 15 minutes")));
    }

    @Test
    void signingInGivesANewSessionIdAgainstSessionFixation() throws Exception {
        UserAccount account = accounts.create(Role.COMMISSIONER);
        var before = BrowserSession.cookieOf(mvc.perform(get("/sign-in")).andExpect(status().isOk()).andReturn());
        assertThat(before).as("the sign-in page starts a session for its CSRF token").isNotNull();
        MvcResult result = mvc.perform(post("/sign-in").cookie(before).with(csrf())
                        .param("email", account.email()).param("password", TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/account"))
                .andReturn();
        assertThat(BrowserSession.cookieOf(result)).isNotNull();
        assertThat(BrowserSession.cookieOf(result).getValue()).isNotEqualTo(before.getValue());
    }

    @Test
    void aForgedCsrfTokenIsRefusedWithForbiddenNotAnError() throws Exception {
        UserAccount account = accounts.create(Role.COMMISSIONER);
        mvc.perform(post("/sign-in").with(csrf().useInvalidToken())
                        .param("email", account.email()).param("password", TestAccounts.PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/sign-in").param("email", account.email()).param("password", TestAccounts.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void signOutEndsTheSession() throws Exception {
        UserAccount account = accounts.create(Role.COMMISSIONER);
        var session = BrowserSession.signIn(mvc, account.email(), TestAccounts.PASSWORD);
        mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());
        mvc.perform(post("/sign-out").cookie(session).with(csrf())).andExpect(redirectedUrl("/?signedOut"));
        mvc.perform(get("/account").cookie(session)).andExpect(status().isFound());
    }

    @Test
    void aDeactivatedAccountCannotSignIn() throws Exception {
        UserAccount account = accounts.create(Role.COMMISSIONER);
        accounts.deactivate(account);
        mvc.perform(post("/sign-in").with(csrf()).param("email", account.email()).param("password", TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/sign-in?deactivated"));
    }
}
