package org.thirdsectorhub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.identity.Role;
import org.thirdsectorhub.support.HubIntegrationTest;
import org.thirdsectorhub.support.TestAccounts;

/** A person's mistakes and an attacker's junk get a clear answer, never a server error or a stack trace. */
@HubIntegrationTest
class BadInputTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @LocalServerPort
    int port;

    @Test
    void anOversizedFormIsRefusedByTheServerWithoutAnError() throws Exception {
        String huge = "email=" + "a".repeat(2_000_000) + "%40example.org";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/forgot-password"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(huge)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(response.body()).doesNotContain("Exception", "at org.");
    }

    @Test
    void anUploadFromSomeoneNotSignedInIsRefusedBeforeItIsRead() throws Exception {
        String boundary = "hub-test-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\"\r\n\r\n"
                + "a,b\r\n".repeat(200_000) + "--" + boundary + "--\r\n";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/admin/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("You do not have access to this page");
    }

    @Test
    void anOverlongFieldIsExplained() throws Exception {
        mvc.perform(post("/forgot-password").with(csrf()).param("email", "a".repeat(400) + "@example.org"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("There is a problem")));
        mvc.perform(post("/sign-in").with(csrf()).param("email", "a".repeat(10_000)).param("password", "x".repeat(10_000)))
                .andExpect(status().isFound());
    }

    @Test
    void aMalformedIdIsABadRequestPage() throws Exception {
        HubUser admin = accounts.create(Role.ADMINISTRATOR).toPrincipal(Instant.now());
        mvc.perform(get("/admin/outbox/not-an-id").with(user(admin)).accept("text/html"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void errorPagesAreGovUkPagesWithoutStackTraces() throws Exception {
        HttpResponse<String> notFound = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/no-such-page")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body()).contains("Page not found", "govuk-header", "govuk-footer", "Skip to main content");

        HttpResponse<String> wrongMethod = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/me")).method("DELETE", HttpRequest.BodyPublishers.noBody())
                        .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrongMethod.statusCode()).isIn(401, 405);
        assertThat(wrongMethod.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void theApiAnswersBadParametersAsProblemJson() throws Exception {
        HubUser admin = accounts.create(Role.ADMINISTRATOR).toPrincipal(Instant.now());
        mvc.perform(get("/api/v1/audit-entries").with(user(admin)).param("size", "100000"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(content().string(Matchers.containsString("\"field\":\"size\"")));
        mvc.perform(get("/api/v1/audit-entries").with(user(admin)).param("from", "yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType("application/problem+json"));
    }

    @Test
    void anAuditSearchWithAnImpossibleDateIsExplained() throws Exception {
        HubUser admin = accounts.create(Role.ADMINISTRATOR).toPrincipal(Instant.now());
        mvc.perform(get("/admin/audit").with(user(admin)).param("from", "2026-02-31"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Enter a real date")));
    }
}
