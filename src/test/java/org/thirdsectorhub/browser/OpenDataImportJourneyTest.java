package org.thirdsectorhub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.thirdsectorhub.support.HubIntegrationTest;
import org.thirdsectorhub.support.TestAccounts;

/**
 * An officer imports a funder's 360Giving file, which is imported in the background while its page refreshes
 * itself, and reads the report; every page passes axe.
 */
@HubIntegrationTest
class OpenDataImportJourneyTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @BeforeEach
    void useServer() {
        browser.useServer(port);
    }

    @Test
    void anOfficerImportsAFundersGrantsAndReadsTheReport() {
        browser.signIn("officer@demo.thirdsectorhub.org.uk", TestAccounts.DEMO_PASSWORD);
        browser.visit("/opendata/imports");
        assertThat(browser.heading()).isEqualTo("Import grants and contracts from other publishers");

        browser.pressEnterOn(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.find(By.cssSelector(".govuk-error-summary h2")).getText()).isEqualTo("There is a problem");
        assertThat(browser.mainText()).contains("Select a file to import");

        browser.driver().findElement(By.id("file")).sendKeys(Path.of(
                "../shared/data/360giving/samples/lloyds-bank-foundation-milton-keynes-grants.json").toAbsolutePath()
                .normalize().toString());
        browser.pressEnterOn(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.path()).matches("/opendata/imports/[0-9a-f-]{36}");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> browser.mainText().contains("records imported"));
        browser.checkAccessibility();
        assertThat(browser.mainText()).contains("11 records imported").contains("Corrections");

        browser.visit("/opendata/imports");
        assertThat(browser.mainText()).contains("lloyds-bank-foundation-milton-keynes-grants.json");
    }
}
