package org.thirdsectorhub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.thirdsectorhub.support.HubIntegrationTest;
import org.thirdsectorhub.support.TestAccounts;
import org.thirdsectorhub.support.TestMailServer;

@HubIntegrationTest
class PasswordResetJourneyTest {

    private static final String NEW_PASSWORD = "Quiet-Harbour-Lantern-47";

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @BeforeEach
    void useServer() {
        browser.useServer(port);
    }

    @Test
    void resetsThePasswordFromTheEmailedLinkOnceOnly() {
        String email = accounts.createWithoutRoles().email();

        browser.visit("/sign-in");
        browser.pressEnterOn(By.linkText("I have forgotten my password"));
        assertThat(browser.path()).isEqualTo("/forgot-password");
        browser.typeAndSubmit("email", email);
        assertThat(browser.heading()).isEqualTo("Check your email");

        String link = TestMailServer.awaitLink(email, "/reset-password/", Duration.ofSeconds(30));
        String path = link.substring(link.indexOf("/reset-password/"));
        browser.visit(path);
        assertThat(browser.heading()).isEqualTo("Choose a new password");
        browser.type("newPassword", NEW_PASSWORD);
        browser.typeAndSubmit("confirmPassword", NEW_PASSWORD);

        assertThat(browser.path()).isEqualTo("/sign-in");
        assertThat(browser.find(By.cssSelector(".govuk-notification-banner--success")).getText())
                .contains("Your password has been changed");
        browser.type("email", email);
        browser.typeAndSubmit("password", NEW_PASSWORD);
        assertThat(browser.path()).isEqualTo("/account");
        assertThat(browser.mainText()).contains(email);

        browser.visit(path);
        assertThat(browser.heading()).isEqualTo("This link has already been used");
        browser.pressEnterOn(By.linkText("Ask for a new link"));
        assertThat(browser.path()).isEqualTo("/forgot-password");
    }

    @Test
    void saysWhenTheConfirmationDoesNotMatch() {
        String email = accounts.createWithoutRoles().email();
        browser.visit("/forgot-password");
        browser.typeAndSubmit("email", email);
        String link = TestMailServer.awaitLink(email, "/reset-password/", Duration.ofSeconds(30));

        browser.visit(link.substring(link.indexOf("/reset-password/")));
        browser.type("newPassword", NEW_PASSWORD);
        browser.typeAndSubmit("confirmPassword", "Quiet-Harbour-Lantern-48");

        assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText()).contains("There is a problem");
        assertThat(browser.find(By.cssSelector(".govuk-error-summary__list a")).getDomAttribute("href"))
                .isEqualTo("#confirmPassword");
    }
}
