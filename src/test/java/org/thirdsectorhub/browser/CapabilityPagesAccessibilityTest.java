package org.thirdsectorhub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.thirdsectorhub.support.HubIntegrationTest;
import org.thirdsectorhub.support.TestAccounts;

/** The register, social value and commissioning pages, each checked with axe as its users see them. */
@HubIntegrationTest
class CapabilityPagesAccessibilityTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @BeforeEach
    void useServer() {
        browser.useServer(port);
    }

    @Test
    void theDirectoryAnOrganisationAndTheDefinitionPassAxe() {
        browser.visit("/organisations");
        assertThat(browser.heading()).isEqualTo("Find a local organisation");
        browser.typeAndSubmit("q", "larder");
        assertThat(browser.mainText()).contains("Bletchley Community Larder");
        browser.visit("/organisations?kind=FAITH_GROUP&sort=NAME&page=2");
        browser.visit("/organisations/5b0c3f7e-2d7a-4c1e-9f4b-6a1d2e3c4b5a");
        assertThat(browser.mainText()).contains("Why it counts as Third Sector");
        browser.visit("/definition");
        browser.visit("/social-value/proxies");
    }

    @Test
    void commissioningPagesPassAxeForACommissioner() {
        browser.signIn("commissioner@demo.thirdsectorhub.org.uk", TestAccounts.DEMO_PASSWORD);
        browser.visit("/commissioning");
        // The demo commissioner works for the council, whose exercises and awards these are.
        String exercise = browser.driver().findElement(By.linkText("Tackling isolation in later life 2026–2029"))
                .getDomAttribute("href");
        String award = browser.driver().findElement(By.linkText("Lunch clubs and befriending in Bletchley"))
                .getDomAttribute("href");
        browser.visit(exercise);
        assertThat(browser.mainText()).contains("Against the principles and the Compact");
        browser.visit(award);
        browser.visit(award + "/vary");
        browser.visit(award + "/payments/new");
        browser.pressEnterOn(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.find(By.cssSelector(".govuk-error-summary h2")).getText()).isEqualTo("There is a problem");
        browser.visit(award + "/end");
        browser.pressEnterOn(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.find(By.cssSelector(".govuk-error-summary h2")).getText()).isEqualTo("There is a problem");
        browser.visit("/commissioning/awards/new");
        browser.pressEnterOn(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.find(By.cssSelector(".govuk-error-summary h2")).getText()).isEqualTo("There is a problem");
        browser.visit("/commissioning/dashboard");
        assertThat(browser.driver().findElements(By.cssSelector(".hub-chart canvas")))
                .as("the month-by-month chart drawn under the page's content security policy").hasSize(1);
        browser.visit("/commissioning/exercises/new");
        browser.pressEnterOn(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.find(By.cssSelector(".govuk-error-summary h2")).getText()).isEqualTo("There is a problem");
        // The route page comes filled in with the route already recorded; the rest start empty and explain why.
        browser.visit(exercise + "/route");
        for (String form : new String[] {"/needs/new", "/outcomes/new", "/evidence/advocates",
                "/evidence/engagement", "/evidence/capacity", "/evidence/sector-input", "/evidence/service-change",
                "/evidence/feedback", "/evidence/review"}) {
            browser.visit(exercise + form);
            browser.pressEnterOn(By.cssSelector("main form button[type=submit]"));
            assertThat(browser.driver().findElements(By.cssSelector(".govuk-error-summary h2")))
                    .as("the error summary of %s, on a page headed %s", form, browser.heading()).hasSize(1);
        }
        browser.visit(exercise + "/consultations/new");
        browser.pressEnterOn(By.cssSelector("main form button[type=submit]"));
        WebElement summary = browser.find(By.cssSelector(".govuk-error-summary__list"));
        assertThat(summary.getText()).contains("Enter the date the consultation opens");
    }

    @Test
    void socialValuePagesPassAxeForAnOrganisationMember() {
        browser.signIn("org-member@demo.thirdsectorhub.org.uk", TestAccounts.DEMO_PASSWORD);
        browser.visit("/social-value/analyses");
        List<String> analyses = browser.driver().findElements(By.cssSelector("main a")).stream()
                .map(link -> link.getDomAttribute("href"))
                .filter(href -> href != null && href.matches("/social-value/analyses/[0-9a-f-]{36}")).toList();
        assertThat(analyses).isNotEmpty();
        browser.visit(analyses.get(0));
        browser.visit(analyses.get(0) + "/results");
        assertThat(browser.mainText()).contains("for every £1");
        browser.visit(analyses.get(0) + "/history");
    }
}
