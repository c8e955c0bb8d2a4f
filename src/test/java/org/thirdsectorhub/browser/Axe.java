package org.thirdsectorhub.browser;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, from the npm registry (package.json), run in the page through WebDriver. WebDriver's
 * scripts are not subject to the page's Content-Security-Policy, so the hub's strict policy stays on.
 */
final class Axe {

    /** WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final Path PROJECT = Path.of(System.getProperty("user.dir"));
    private static final Path AXE = PROJECT.resolve("node_modules/axe-core/axe.min.js");
    private static String source;
    private static String problem;

    private Axe() {}

    /** The axe-core source, installing the npm dependencies once if they are missing; skips or fails when it cannot. */
    static synchronized String source() {
        if (source == null && problem == null) {
            load();
        }
        BrowserEnvironment.require(source != null, problem);
        return source;
    }

    private static void load() {
        if (!Files.isRegularFile(AXE)) {
            installWithNpm();
        }
        if (!Files.isRegularFile(AXE)) {
            problem = problem != null ? problem : "axe-core is not installed: run 'npm ci' in " + PROJECT;
            return;
        }
        try {
            source = Files.readString(AXE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problem = "Cannot read " + AXE + ": " + e.getMessage();
        }
    }

    private static void installWithNpm() {
        if (!Files.isRegularFile(PROJECT.resolve("package-lock.json"))) {
            problem = "No package-lock.json in " + PROJECT + ", so axe-core cannot be installed";
            return;
        }
        try {
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
                    .directory(PROJECT.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(PROJECT.toFile(), "target/npm-ci.log")))
                    .start();
            if (!npm.waitFor(5, TimeUnit.MINUTES)) {
                npm.destroyForcibly();
                problem = "'npm ci' took over 5 minutes; see target/npm-ci.log";
            } else if (npm.exitValue() != 0) {
                problem = "'npm ci' failed with exit code " + npm.exitValue() + "; see target/npm-ci.log";
            }
        } catch (IOException e) {
            problem = "axe-core is not installed and npm could not be run (" + e.getMessage() + "): install Node.js and run 'npm ci'";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem = "Interrupted while running 'npm ci'";
        }
    }

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
              .then(results => done({violations: results.violations.map(v => ({
                  id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                  nodes: v.nodes.map(n => ({target: n.target.join(' '), summary: n.failureSummary || ''}))}))}))
              .catch(error => done({error: String(error)}));
            """;

    /** Runs axe on the current page and returns a description of every violation (empty when there are none). */
    @SuppressWarnings("unchecked")
    static String violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(source());
        }
        Map<String, Object> result = (Map<String, Object>) js.executeAsyncScript(RUN, TAGS);
        if (result.containsKey("error")) {
            throw new AssertionError("axe could not run on " + driver.getCurrentUrl() + ": " + result.get("error"));
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result.get("violations");
        return violations.stream().map(Axe::describe).collect(Collectors.joining("\n"));
    }

    @SuppressWarnings("unchecked")
    private static String describe(Map<String, Object> violation) {
        String nodes = ((List<Map<String, Object>>) violation.get("nodes")).stream()
                .map(node -> "    at " + node.get("target") + "\n      "
                        + String.valueOf(node.get("summary")).replace("\n", "\n      "))
                .collect(Collectors.joining("\n"));
        return "  [" + violation.get("impact") + "] " + violation.get("id") + ": " + violation.get("help")
                + " (" + violation.get("helpUrl") + ")\n" + nodes;
    }
}
