package org.thirdsectorhub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.thirdsectorhub.support.HubIntegrationTest;
import org.thirdsectorhub.support.TestAccounts;

@HubIntegrationTest
class PageAccessibilityTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @BeforeEach
    void useServer() {
        browser.useServer(port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/accessibility", "/privacy", "/cookies", "/sign-in", "/forgot-password"})
    void publicPagesPassAxe(String path) {
        browser.visit(path);
        assertThat(browser.path()).isEqualTo(path);
        assertThat(browser.heading()).isNotBlank();
    }

    @Test
    void pageNotFoundPassesAxe() {
        browser.visit("/no-such-page");
        assertThat(browser.heading()).isEqualTo("Page not found");
    }

    @Test
    void emptyForgotPasswordFormShowsAnAccessibleErrorSummary() {
        browser.visit("/forgot-password");
        browser.pressEnterOn(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.find(By.cssSelector(".govuk-error-summary__list a")).getDomAttribute("href")).isEqualTo("#email");
    }

    @Test
    void administrationPagesPassAxe() {
        browser.signIn(TestAccounts.DEMO_ADMIN, TestAccounts.DEMO_PASSWORD);
        for (String path : new String[] {"/admin", "/admin/users", "/admin/users/invite", "/admin/audit", "/admin/outbox", "/admin/commissioning/thresholds"}) {
            browser.visit(path);
            assertThat(browser.path()).as("no redirect from %s", path).isEqualTo(path);
        }

        browser.visit("/admin/users/invite");
        browser.pressEnterOn(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.find(By.cssSelector(".govuk-error-summary h2")).getText()).isEqualTo("There is a problem");
        var targets = browser.driver().findElements(By.cssSelector(".govuk-error-summary__list a")).stream()
                .map(link -> link.getDomAttribute("href")).toList();
        assertThat(targets).contains("#displayName", "#email");
        targets.forEach(target -> assertThat(browser.driver().findElements(By.id(target.substring(1))))
                .as("the field %s the error summary links to", target).hasSize(1));
    }

    /** Skip link, Tab and Enter only: the way in for someone who cannot use a mouse. */
    @Test
    void signsInUsingOnlyTheKeyboard() {
        browser.visit("/");

        press(Keys.TAB);
        assertThat(browser.focused().getText()).isEqualTo("Skip to main content");
        press(Keys.ENTER);
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("main-content");

        press(Keys.TAB);
        assertThat(browser.focused().getText()).isEqualTo("Find a local charity, group or social enterprise");
        press(Keys.TAB);
        assertThat(browser.focused().getText()).isEqualTo("Sign in");
        browser.navigatesBy(() -> press(Keys.ENTER));
        assertThat(browser.path()).isEqualTo("/sign-in");

        press(Keys.TAB);
        press(Keys.ENTER);
        press(Keys.TAB);
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("email");
        type(TestAccounts.DEMO_ADMIN);
        press(Keys.TAB);
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("password");
        type(TestAccounts.DEMO_PASSWORD);
        browser.navigatesBy(() -> press(Keys.ENTER));

        assertThat(browser.path()).isEqualTo("/account");
        assertThat(browser.heading()).isEqualTo("Your account");
    }

    private static void press(Keys key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    private static void type(String text) {
        new Actions(browser.driver()).sendKeys(text).perform();
    }
}
