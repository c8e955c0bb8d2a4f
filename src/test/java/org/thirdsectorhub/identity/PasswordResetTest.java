package org.thirdsectorhub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Duration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.thirdsectorhub.identity.account.UserAccount;
import org.thirdsectorhub.support.HubIntegrationTest;
import org.thirdsectorhub.support.TestAccounts;
import org.thirdsectorhub.support.TestMailServer;

@HubIntegrationTest
class PasswordResetTest {

    private static final String NEW_PASSWORD = "Marram-Grass-Ferry-308";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aResetLinkByEmailSetsANewPasswordOnce() throws Exception {
        UserAccount account = accounts.create(Role.INFRASTRUCTURE_OFFICER);
        String path = requestLink(account);

        mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Choose a new password")));
        mvc.perform(post(path).with(csrf()).param("newPassword", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/sign-in?passwordReset"));

        mvc.perform(post("/sign-in").with(csrf()).param("email", account.email()).param("password", NEW_PASSWORD))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(post("/sign-in").with(csrf()).param("email", account.email()).param("password", TestAccounts.PASSWORD))
                .andExpect(redirectedUrl("/sign-in?error"));

        mvc.perform(get(path)).andExpect(status().isGone())
                .andExpect(content().string(Matchers.containsString("This link has already been used")));
        mvc.perform(post(path).with(csrf()).param("newPassword", "Another-Long-Phrase-77").param("confirmPassword",
                "Another-Long-Phrase-77")).andExpect(status().isGone());
    }

    @Test
    void anExpiredLinkIsRefusedWithAClearPage() throws Exception {
        UserAccount account = accounts.create(Role.INFRASTRUCTURE_OFFICER);
        String path = requestLink(account);
        jdbc.sql("UPDATE identity.password_reset SET expires_at = now() - interval '1 minute' WHERE user_account = ?")
                .param(account.id()).update();
        mvc.perform(get(path)).andExpect(status().isGone())
                .andExpect(content().string(Matchers.containsString("This link has expired")));
        mvc.perform(post(path).with(csrf()).param("newPassword", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
                .andExpect(status().isGone());
    }

    @Test
    void aWeakOrMismatchedPasswordIsExplainedAndTheLinkStillWorks() throws Exception {
        UserAccount account = accounts.create(Role.INFRASTRUCTURE_OFFICER);
        String path = requestLink(account);
        mvc.perform(post(path).with(csrf()).param("newPassword", "password1234").param("confirmPassword", "password1234"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("one of the most common passwords")));
        mvc.perform(post(path).with(csrf()).param("newPassword", NEW_PASSWORD).param("confirmPassword", "different"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("The passwords do not match")))
                .andExpect(content().string(Matchers.containsString("href=\"#confirmPassword\"")));
        mvc.perform(post(path).with(csrf()).param("newPassword", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/sign-in?passwordReset"));
    }

    @Test
    void anUnknownEmailGetsTheSameAnswerAndNoMail() throws Exception {
        mvc.perform(post("/forgot-password").with(csrf()).param("email", "nobody-here@example.org"))
                .andExpect(redirectedUrl("/forgot-password/check-email"));
        Thread.sleep(500);
        assertThat(TestMailServer.countTo("nobody-here@example.org")).isZero();
    }

    @Test
    void aMissingOrMalformedEmailIsExplained() throws Exception {
        mvc.perform(post("/forgot-password").with(csrf()).param("email", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Enter an email address")));
        mvc.perform(post("/forgot-password").with(csrf()).param("email", "not an email"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("in the correct format")));
    }

    @Test
    void aMadeUpLinkIsNotFound() throws Exception {
        mvc.perform(get("/reset-password/made-up-token")).andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("This link is not valid")));
    }

    private String requestLink(UserAccount account) throws Exception {
        mvc.perform(post("/forgot-password").with(csrf()).param("email", account.email()))
                .andExpect(redirectedUrl("/forgot-password/check-email"));
        String link = TestMailServer.awaitLink(account.email(), "/reset-password/", Duration.ofSeconds(10));
        return URI.create(link).getPath();
    }
}
