package org.thirdsectorhub.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.thirdsectorhub.support.HubIntegrationTest;
import org.thirdsectorhub.support.TestAccounts;

@HubIntegrationTest
class SignInJourneyTest {

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
    void signsInWithTheKeyboardAndSignsOutFromTheHeader() {
        browser.visit("/sign-in");
        browser.type("email", TestAccounts.DEMO_ADMIN);
        browser.typeAndSubmit("password", TestAccounts.DEMO_PASSWORD);

        assertThat(browser.path()).isEqualTo("/account");
        assertThat(browser.heading()).isEqualTo("Your account");
        assertThat(browser.mainText()).contains(TestAccounts.DEMO_ADMIN);

        browser.pressEnterOn(By.xpath("//header/following::button[normalize-space()='Sign out'] | //nav//button[normalize-space()='Sign out']"));

        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.mainText()).contains("You have signed out");
    }

    @Test
    void showsErrorSummaryLinkedToTheFieldWhenThePasswordIsWrong() {
        // A fresh account, so wrong passwords here never lock the demo administrator out of other tests.
        String email = accounts.createWithoutRoles().email();
        browser.visit("/sign-in");
        browser.type("email", email);
        browser.typeAndSubmit("password", "Not-The-Right-Password-1");

        assertThat(browser.heading()).isEqualTo("Sign in");
        var summary = browser.find(By.cssSelector(".govuk-error-summary"));
        assertThat(summary.findElement(By.tagName("h2")).getText()).isEqualTo("There is a problem");
        var link = summary.findElement(By.cssSelector(".govuk-error-summary__list a"));
        String target = link.getDomAttribute("href");
        assertThat(target).startsWith("#");
        assertThat(browser.find(By.id(target.substring(1))).getTagName()).isEqualTo("input");
        assertThat(browser.driver().getTitle()).startsWith("Error:");

        link.sendKeys(Keys.ENTER);
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo(target.substring(1));
    }

    /** Guards the guard: axe really runs under the hub's strict Content-Security-Policy and reports what it finds. */
    @Test
    void accessibilityCheckReportsViolationsUnderTheStrictContentSecurityPolicy() {
        browser.visit("/sign-in");
        browser.type("email", "");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('email').removeAttribute('id');"
                        + "document.querySelector('main').appendChild(document.createElement('img'))");

        assertThatExceptionOfType(AssertionError.class).isThrownBy(browser::checkAccessibility)
                .withMessageContaining("image-alt")
                .withMessageContaining("label")
                .withMessageContaining("at img");
    }
}
