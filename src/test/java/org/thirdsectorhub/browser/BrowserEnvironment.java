package org.thirdsectorhub.browser;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What the browser tests need from the machine. A developer without Chromium gets skipped tests and
 * a clear reason; CI ({@code CI=true}) gets a failure, so the tests can never silently not run there.
 */
final class BrowserEnvironment {

    private BrowserEnvironment() {}

    static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Skips the test on a developer machine, fails it on CI. */
    static void require(boolean available, String reason) {
        if (available) {
            return;
        }
        if (onCi()) {
            Assertions.fail(reason + " (CI=true, so this fails instead of skipping)");
        }
        // Surefire counts a class skipped in @BeforeAll as "Tests run: 0" and prints no reason, so say it here.
        System.err.println("[WARNING] Browser tests skipped: " + reason);
        Assumptions.abort(reason + " (set CI=true to make this a failure)");
    }
}
