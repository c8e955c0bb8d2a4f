package org.thirdsectorhub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.thirdsectorhub.identity.Role;
import org.thirdsectorhub.identity.account.UserAccount;
import org.thirdsectorhub.opportunities.round.Round;
import org.thirdsectorhub.opportunities.round.Rounds;
import org.thirdsectorhub.organisations.OrganisationManagement;
import org.thirdsectorhub.support.HubIntegrationTest;
import org.thirdsectorhub.support.OpportunityFixtures;
import org.thirdsectorhub.support.TestAccounts;

/**
 * An organisation member applies for a grant with the keyboard alone: the opportunity, the start page,
 * every question page, the budget, check your answers and the confirmation, each checked with axe.
 */
@HubIntegrationTest
class ApplicationJourneyTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Rounds rounds;

    @Autowired
    OrganisationManagement organisations;

    @BeforeEach
    void useServer() {
        browser.useServer(port);
    }

    @Test
    void aMemberAppliesForAGrantFromTheOpportunityToTheConfirmation() {
        Round round = OpportunityFixtures.openRound(rounds, UUID.randomUUID());
        UUID larder = organisations.findByName("Bletchley Community Larder").orElseThrow().id();
        UserAccount member = accounts.create(Role.ORGANISATION_MEMBER, larder);
        browser.signIn(member.email(), TestAccounts.PASSWORD);

        browser.visit("/opportunities");
        browser.visit("/opportunities/" + round.reference());
        assertThat(browser.heading()).isEqualTo(round.title());
        browser.pressEnterOn(By.linkText("Apply"));
        assertThat(browser.heading()).isEqualTo("Apply for this grant");
        browser.pressEnterOn(By.cssSelector("main form button.govuk-button--start"));
        assertThat(browser.path()).matches("/applications/[0-9a-f-]{36}");
        String application = browser.path();

        browser.pressEnterOn(By.linkText("Your project"));
        browser.pressEnterOn(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText()).contains("Enter a title");
        browser.type("title", "Larder lunch club");
        browser.type("summary", "A weekly hot lunch for older neighbours.");
        browser.pressEnterOn(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.heading()).isEqualTo("What it will achieve");
        browser.type("outcomes", "Fewer older people feel lonely.");
        browser.type("beneficiaries", "40 people over 65 in Bletchley.");
        browser.find(By.cssSelector("input[name=wards][value=E05009406]")).sendKeys(org.openqa.selenium.Keys.SPACE);
        browser.pressEnterOn(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.heading()).isEqualTo("How much, and when");
        LocalDate start = LocalDate.now().plusMonths(3);
        browser.type("amount", "6000");
        browser.type("startsOn", String.valueOf(start.getDayOfMonth()));
        browser.type("startsOn-month", String.valueOf(start.getMonthValue()));
        browser.type("startsOn-year", String.valueOf(start.getYear()));
        browser.type("endsOn", String.valueOf(start.getDayOfMonth()));
        browser.type("endsOn-month", String.valueOf(start.getMonthValue()));
        browser.typeAndSubmit("endsOn-year", String.valueOf(start.getYear() + 1));
        assertThat(browser.heading()).isEqualTo("Full cost recovery");
        browser.pressEnterOn(By.linkText("Continue"));

        addCost("category", "Cook (4 hours a week)", "5100");
        addCost("category-2", "Share of management and premises", "900");
        assertThat(browser.mainText()).contains("£900.00 (15.0% of the total)");
        browser.pressEnterOn(By.linkText("Continue"));
        assertThat(browser.heading()).isEqualTo("Attachments");
        browser.pressEnterOn(By.linkText("Continue"));
        assertThat(browser.heading()).isEqualTo("Check your answers before submitting");
        assertThat(browser.mainText()).contains("Larder lunch club", "£6,000.00");

        browser.pressEnterOn(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText()).contains("Confirm the declaration");
        browser.find(By.id("declaration")).sendKeys(Keys.SPACE);
        browser.pressEnterOn(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.heading()).isEqualTo("Application submitted");
        assertThat(browser.mainText()).contains(round.reference() + "-");

        browser.visit("/applications");
        assertThat(browser.mainText()).contains("Larder lunch club", "Submitted");
        browser.visit(application);
        assertThat(browser.mainText()).contains("Submitted at");
    }

    @Test
    void theDemoTenderCommissionersPagesAndADraftsPagesPassAxe() {
        browser.signIn("commissioner@demo.thirdsectorhub.org.uk", TestAccounts.DEMO_PASSWORD);
        browser.visit("/opportunities/manage");
        String tender = browser.driver().findElement(By.linkText("Family support hubs in Bletchley, Fishermead and Wolverton"))
                .getDomAttribute("href");
        browser.visit(tender);
        assertThat(browser.mainText()).contains("Consortia and sub-contracting are welcome");
        browser.visit(tender + "/questions");
        assertThat(browser.driver().findElements(By.cssSelector("main form textarea"))).hasSize(1);
        browser.pressEnterOn(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText()).contains("Enter the answer");
        browser.visit(tender + "/edit");
        browser.visit(tender + "/criteria");
        browser.visit(tender + "/cancel");
        browser.pressEnterOn(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText()).contains("Enter why it is being cancelled");
        browser.visit("/opportunities/new");
        browser.pressEnterOn(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText()).contains("Select whether it is a grant round");
        browser.visit("/opportunities/manage");
        browser.visit(browser.find(By.linkText("Community food resilience grants")).getDomAttribute("href"));
        assertThat(browser.mainText()).contains("Before you can publish it", "Enter the deadline");
        browser.visit("/opportunities?status=CLOSED");

        browser.driver().manage().deleteAllCookies();
        browser.signIn("org-member@demo.thirdsectorhub.org.uk", TestAccounts.DEMO_PASSWORD);
        browser.visit("/opportunities/following");
        assertThat(browser.mainText()).contains("New grant rounds only");
        browser.visit("/applications");
        String larder = browser.driver().findElement(By.linkText("Larder lunch club")).getDomAttribute("href");
        browser.visit(larder);
        browser.visit(larder + "/social-value");
        browser.pressEnterOn(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText()).contains("Enter the main outcome");
        browser.visit(larder + "/budget");
        browser.visit(larder + "/attachments");
        browser.pressEnterOn(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText()).contains("Select a file");
        browser.visit(larder + "/check");
        assertThat(browser.mainText()).contains("Make a social value forecast");
        browser.visit(tender + "/questions/new");
    }

    private void addCost(String category, String description, String amount) {
        browser.find(By.id(category)).sendKeys(Keys.SPACE);
        browser.type("description", description);
        browser.typeAndSubmit("lineAmount", amount);
        assertThat(browser.path()).endsWith("/budget");
    }
}
