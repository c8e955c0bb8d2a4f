package org.thirdsectorhub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.thirdsectorhub.support.HubIntegrationTest;
import org.thirdsectorhub.support.TestAccounts;

/** The register curation pages, with the demo's waiting work on them, pass axe. */
@HubIntegrationTest
class CurationPagesAccessibilityTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @BeforeEach
    void useServer() {
        browser.useServer(port);
    }

    @Test
    void curationPagesPassAxe() {
        browser.signIn(TestAccounts.DEMO_ADMIN, TestAccounts.DEMO_PASSWORD);
        for (String path : new String[] {"/register", "/register/changes", "/register/claims", "/register/new-groups",
                "/register/duplicates", "/register/deleted", "/register/new-group", "/admin/definition/new",
                "/organisations/5b0c3f7e-2d7a-4c1e-9f4b-6a1d2e3c4b5a/history",
                "/organisations/5b0c3f7e-2d7a-4c1e-9f4b-6a1d2e3c4b5a/claim"}) {
            browser.visit(path);
            assertThat(browser.path()).as("no redirect from %s", path).isEqualTo(path);
        }
        browser.visit("/register/changes");
        browser.navigatesBy(() -> browser.find(By.cssSelector("main table a")).click());
        assertThat(browser.heading()).isEqualTo("Review a proposed change");
    }

    @Test
    void emptyNewGroupFormShowsAnAccessibleErrorSummary() {
        browser.signIn(TestAccounts.DEMO_ADMIN, TestAccounts.DEMO_PASSWORD);
        browser.visit("/register/new-group");
        browser.pressEnterOn(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.find(By.cssSelector(".govuk-error-summary__list a")).getDomAttribute("href")).isEqualTo("#name");
    }
}
