package org.thirdsectorhub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.thirdsectorhub.support.HubIntegrationTest;
import org.thirdsectorhub.support.TestAccounts;

/** A visitor finds the open data from the footer; a commissioner checks the grants and publishes them. */
@HubIntegrationTest
class OpenDataJourneyTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @BeforeEach
    void useServer() {
        browser.useServer(port);
    }

    @Test
    void aVisitorFindsTheOpenDataAndACommissionerChecksAndPublishesTheGrants() {
        browser.visit("/");
        browser.navigatesBy(() -> browser.find(By.linkText("Open data")).click());
        assertThat(browser.heading()).isEqualTo("Open data");
        assertThat(browser.mainText()).contains("Download the grants as 360Giving JSON", "open-government-licence");

        browser.signIn("commissioner@demo.thirdsectorhub.org.uk", TestAccounts.DEMO_PASSWORD);
        browser.visit("/opendata/publication");
        assertThat(browser.mainText()).contains("Last published");
        browser.pressEnterOn(By.xpath("//button[normalize-space()='Check and publish grants']"));
        assertThat(browser.heading()).isEqualTo("Check before publishing");
        assertThat(browser.mainText()).contains("records are valid");
        browser.pressEnterOn(By.xpath("//button[starts-with(normalize-space(), 'Publish the')]"));
        assertThat(browser.mainText()).contains("The grants were published.");
    }
}
