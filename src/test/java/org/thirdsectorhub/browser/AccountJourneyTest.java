package org.thirdsectorhub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.thirdsectorhub.identity.account.UserAccount;
import org.thirdsectorhub.support.HubIntegrationTest;
import org.thirdsectorhub.support.TestAccounts;

@HubIntegrationTest
class AccountJourneyTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    private UserAccount account;

    @BeforeEach
    void signIn() {
        browser.useServer(port);
        account = accounts.createWithoutRoles();
        browser.signIn(account.email(), TestAccounts.PASSWORD);
    }

    @Test
    void showsTheAccountAndRejectsAMismatchedNewPassword() {
        assertThat(browser.mainText()).contains(account.displayName(), account.email());

        browser.pressEnterOn(By.cssSelector("a[href='/account/password']"));
        assertThat(browser.heading()).isEqualTo("Change your password");
        browser.type("currentPassword", TestAccounts.PASSWORD);
        browser.type("newPassword", "Quiet-Harbour-Lantern-47");
        browser.typeAndSubmit("confirmPassword", "Quiet-Harbour-Lantern-74");

        assertThat(browser.find(By.cssSelector(".govuk-error-summary h2")).getText()).isEqualTo("There is a problem");
        assertThat(browser.find(By.cssSelector(".govuk-error-summary__list a")).getDomAttribute("href"))
                .isEqualTo("#confirmPassword");
        assertThat(browser.find(By.id("confirmPassword-error")).getText()).isNotBlank();
    }

    @Test
    void createsATokenShownOnceAndRevokesIt() {
        browser.pressEnterOn(By.cssSelector("a[href='/account/tokens']"));
        assertThat(browser.heading()).isEqualTo("Your API tokens");

        browser.typeAndSubmit("name", "Reporting");

        assertThat(browser.heading()).isEqualTo("Token created");
        String token = browser.find(By.id("new-token")).getText();
        assertThat(token).startsWith("tsh_");

        browser.visit("/account/tokens");
        assertThat(browser.mainText()).contains("Reporting").doesNotContain(token);

        browser.pressEnterOn(By.xpath("//tr[td[normalize-space()='Reporting']]//button"));
        assertThat(browser.find(By.cssSelector(".govuk-notification-banner")).getText()).contains("revoked");
        assertThat(browser.find(By.xpath("//tr[td[normalize-space()='Reporting']]")).getText()).contains("Revoked");
    }
}
