package org.thirdsectorhub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thirdsectorhub.identity.Role;
import org.thirdsectorhub.identity.account.UserAccount;
import org.thirdsectorhub.opportunities.assessment.AssessmentFixture;
import org.thirdsectorhub.opportunities.assessment.Panel;
import org.thirdsectorhub.opportunities.assessment.AssessedRounds;
import org.thirdsectorhub.support.HubIntegrationTest;
import org.thirdsectorhub.support.TestAccounts;

/**
 * An assessor declares no conflict, scores an application (checking its SROI forecast on the way) and
 * submits the scores; then the demo lead looks over the demo rounds. Every page is checked with axe.
 */
@HubIntegrationTest
class AssessmentJourneyTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AssessedRounds rounds;

    @Autowired
    Panel panel;

    @BeforeEach
    void useServer() {
        browser.useServer(port);
    }

    @Test
    void anAssessorDeclaresNoConflictScoresAndSubmitsAndTheLeadModeratesAndDecides() {
        AssessmentFixture.Made made = new AssessmentFixture(jdbc).closedRound(UUID.randomUUID(), 1);
        UserAccount assessor = accounts.create(Role.INFRASTRUCTURE_OFFICER);
        panel.add(rounds.find(made.reference()), assessor.email());

        browser.signIn(assessor.email(), TestAccounts.PASSWORD);
        browser.visit("/assessments");
        assertThat(browser.mainText()).contains("Test applicant 1").contains("Not started");
        browser.navigatesBy(() -> browser.find(By.linkText("Test applicant 1")).click());
        assertThat(browser.path()).endsWith("/conflict");
        browser.pressEnterOn(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.find(By.cssSelector(".govuk-error-summary h2")).getText()).isEqualTo("There is a problem");
        browser.find(By.cssSelector("label[for='conflict']")).click();
        browser.pressEnterOn(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.path()).endsWith("/score");
        assertThat(browser.mainText()).contains("Many older people in the ward live alone").contains("Overheads are 15%")
                .contains("£3.10 of social value for every £1");

        browser.type("deadweight", "40");
        browser.type("attribution", "20");
        browser.type("dropOff", "30");
        browser.pressEnterOn(By.cssSelector("button[value=check]"));
        assertThat(browser.find(By.id("checked-ratio")).getText()).contains("With your deductions");

        String[] scores = {"4", "3", "5"};
        for (int i = 0; i < scores.length; i++) {
            UUID criterion = made.criteria().get(i);
            browser.find(By.cssSelector("label[for='score-" + criterion + (scores[i].equals("0") ? "" : "-" + scores[i]) + "']"))
                    .click();
            browser.type("comment-" + criterion, "Comment on criterion " + (i + 1));
        }
        browser.pressEnterOn(By.cssSelector("button[value=submit]"));
        assertThat(browser.path()).isEqualTo("/assessments");
        assertThat(browser.mainText()).contains("Your scores for Test applicant 1 have been submitted").contains("Submitted");
        // 4/5 × 40 + 3/5 × 30 + 5/5 × 30
        browser.visit("/opportunities/" + made.reference() + "/assessment/applications/" + made.applications().get(0) + "/score");
        assertThat(browser.mainText()).contains("80 out of 100").contains("cannot be changed");

        // The demo lead then looks over the demo rounds: one being scored, one decided.
        browser.driver().manage().deleteAllCookies();
        browser.signIn("commissioner@demo.thirdsectorhub.org.uk", TestAccounts.DEMO_PASSWORD);
        browser.visit("/assessments");
        browser.visit("/opportunities/MKCC-WWG-2026/assessment");
        assertThat(browser.mainText()).contains("Priya Shah").contains("In progress");
        browser.visit("/opportunities/MKCC-WWG-2026/assessment/moderation");
        browser.navigatesBy(() -> browser.find(By.cssSelector("main table tbody a")).click());
        assertThat(browser.mainText()).contains("budget-breakdown.csv");
        browser.visit("/opportunities/MKCC-CCF-2026/assessment");
        assertThat(browser.mainText()).contains("Conflict of interest");
        browser.visit("/opportunities/MKCC-CCF-2026/assessment/moderation");
        assertThat(browser.mainText()).contains("Bletchley Community Larder");
        browser.navigatesBy(() -> browser.find(By.cssSelector("main table tbody a")).click());
        browser.visit("/opportunities/MKCC-WWG-2026/assessment/decisions");
        browser.navigatesBy(() -> browser.find(By.cssSelector("main table tbody a")).click());
        browser.pressEnterOn(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.find(By.cssSelector(".govuk-error-summary h2")).getText()).isEqualTo("There is a problem");
        browser.visit("/opportunities/MKCC-CCF-2026/assessment/decisions");
        browser.visit("/opportunities/MKCC-CCF-2026/decisions");
        assertThat(browser.mainText()).contains("2 applications were not funded");
    }
}
