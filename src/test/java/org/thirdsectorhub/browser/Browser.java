package org.thirdsectorhub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium for the browser tests: one for the whole test run, with its cookies
 * cleared before each test. Register it with {@code @RegisterExtension static final Browser browser = new Browser();}
 * and tell it the port. Every page a test arrives at is checked with axe-core (WCAG 2.2 A and AA).
 */
public final class Browser implements BeforeAllCallback, BeforeEachCallback {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

    private WebDriver driver;
    private String baseUrl;

    @Override
    public void beforeAll(ExtensionContext context) {
        BrowserEnvironment.require(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests need Debian's Chromium and ChromeDriver at " + CHROMIUM + " and " + CHROMEDRIVER
                        + " (apt-get install chromium chromium-driver)");
        Axe.source();
        driver = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(Session.class, type -> new Session(), Session.class).driver;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        String current = driver.getCurrentUrl();
        if (current != null && current.startsWith("http")) {
            driver.manage().deleteAllCookies();
        }
    }

    /** The address the hub listens on; call from a {@code @BeforeEach} with the {@code @LocalServerPort}. */
    public void useServer(int port) {
        baseUrl = "http://localhost:" + port;
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a page by its path and checks it with axe. */
    public void visit(String path) {
        driver.get(baseUrl + path);
        checkAccessibility();
    }

    /** Does something that loads a new page (submitting a form, following a link), waits for it and checks it with axe. */
    public void navigatesBy(Runnable action) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        action.run();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.stalenessOf(oldPage));
        new WebDriverWait(driver, WAIT).until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        checkAccessibility();
    }

    /** Types into the field with this id, as a person at a keyboard would. */
    public void type(String id, CharSequence text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Types into the field and presses Enter, which submits its form; waits for the next page and checks it. */
    public void typeAndSubmit(String id, CharSequence text) {
        type(id, text);
        navigatesBy(() -> driver.findElement(By.id(id)).sendKeys(Keys.ENTER));
    }

    /** Moves the keyboard focus to this element and presses Enter, as a keyboard user would. */
    public void pressEnterOn(By target) {
        WebElement element = driver.findElement(target);
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", element);
        assertThat(driver.switchTo().activeElement()).as("focus moved to %s", target).isEqualTo(element);
        navigatesBy(() -> driver.switchTo().activeElement().sendKeys(Keys.ENTER));
    }

    public void signIn(String email, String password) {
        visit("/sign-in");
        type("email", email);
        typeAndSubmit("password", password);
        assertThat(path()).as("signed in as %s", email).isEqualTo("/account");
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.substring(baseUrl.length()).replaceFirst("[?#].*$", "");
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String mainText() {
        return driver.findElement(By.tagName("main")).getText();
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Asserts that axe finds no WCAG 2.x A or AA violation on the current page. */
    public void checkAccessibility() {
        String violations = Axe.violations(driver);
        if (!violations.isEmpty()) {
            throw new AssertionError("axe-core (" + String.join(", ", Axe.TAGS) + ") found violations on "
                    + driver.getCurrentUrl() + ":\n" + violations);
        }
    }

    /** The Chromium process and its profile, closed by JUnit when the whole run ends. */
    private static final class Session implements AutoCloseable {

        final Path profile;
        final ChromeDriverService service;
        final WebDriver driver;

        Session() {
            try {
                profile = Files.createTempDirectory("hub-chromium-");
            } catch (IOException e) {
                throw new IllegalStateException("Cannot make a Chromium profile directory", e);
            }
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1280,1024", "--user-data-dir=" + profile);
            service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                    .usingAnyFreePort()
                    .build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        }

        @Override
        public void close() {
            try {
                driver.quit();
            } finally {
                service.stop();
                deleteQuietly(profile);
            }
        }

        private static void deleteQuietly(Path directory) {
            try (Stream<Path> paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a temporary directory; the OS cleans up what is left
            }
        }
    }
}
