package org.thirdsectorhub.opendata.imports.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.identity.Role;
import org.thirdsectorhub.opendata.imports.ExternalImportJobs;
import org.thirdsectorhub.opendata.imports.ExternalImports;
import org.thirdsectorhub.opendata.imports.ImportReport;
import org.thirdsectorhub.opendata.imports.Standard;
import org.thirdsectorhub.shared.security.Actor;
import org.thirdsectorhub.support.HubIntegrationTest;
import org.thirdsectorhub.support.TestAccounts;

@HubIntegrationTest
class ExternalImportPagesTest {

    static final Path GIVING = Path.of("../shared/data/360giving");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ExternalImports imports;

    @Autowired
    ExternalImportJobs jobs;

    @Autowired
    JdbcClient jdbc;

    private HubUser officer() {
        return accounts.create(Role.INFRASTRUCTURE_OFFICER).toPrincipal(Instant.now());
    }

    @Test
    void anOfficerUploadsAGrantFileAndSeesItsReport() throws Exception {
        HubUser officer = officer();
        MockMultipartFile file = new MockMultipartFile("file", "lloyds-mk.json", "application/json",
                Files.readAllBytes(GIVING.resolve("samples/lloyds-bank-foundation-milton-keynes-grants.json")));

        MvcResult upload = mvc.perform(multipart("/opendata/imports").file(file).param("standard", "auto")
                .with(csrf()).with(user(officer))).andReturn();

        assertThat(upload.getResponse().getStatus()).isEqualTo(303);
        String report = upload.getResponse().getRedirectedUrl();
        assertThat(report).matches("/opendata/imports/[0-9a-f-]{36}");
        String page = finished(report, officer);
        assertThat(page).contains("11 records imported").contains("lloyds-mk.json").contains("$.fromOpenCall")
                .contains("Not in the register");
        String list = mvc.perform(get("/opendata/imports").with(user(officer))).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("lloyds-mk.json").contains(report);
        String json = mvc.perform(get(report + "/report.json").with(user(officer))).andReturn().getResponse()
                .getContentAsString();
        assertThat(json).contains("\"imported\":11");
    }

    @Test
    void showsAnErrorSummaryWhenNoFileIsChosen() throws Exception {
        String page = mvc.perform(multipart("/opendata/imports").param("standard", "nonsense").with(csrf())
                .with(user(officer()))).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("There is a problem").contains("href=\"#file\"").contains("Select a file to import")
                .contains("href=\"#standard\"");
    }

    @Test
    void reportsThatAnUnreadableFileWasNotImported() throws Exception {
        HubUser officer = officer();
        MockMultipartFile file = new MockMultipartFile("file", "broken.json", "application/json",
                Files.readAllBytes(GIVING.resolve("fixtures-invalid/fundingproviders-grants_malformed.json")));

        MvcResult upload = mvc.perform(multipart("/opendata/imports").file(file).param("standard", "360giving")
                .with(csrf()).with(user(officer))).andReturn();

        assertThat(upload.getResponse().getStatus()).isEqualTo(303);
        assertThat(finished(upload.getResponse().getRedirectedUrl(), officer))
                .contains("Not imported: the file could not be read")
                .contains("The file could not be read, so nothing was imported").contains("not valid JSON");
    }

    @Test
    void showsTheFormAgainForAnEmptyFile() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "empty.json", "application/json", new byte[0]);

        MvcResult result = mvc.perform(multipart("/opendata/imports").file(file).with(csrf()).with(user(officer())))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).contains("There is a problem")
                .contains("Select a file to import");
    }

    @Test
    void aRunStillRunningSaysItIsImportingAndRefreshesItself() throws Exception {
        HubUser officer = officer();
        UUID run = imports.begin(new ExternalImports.Request(Standard.OCDS, Path.of("not-there.json"), "big-contracts.json"),
                Actor.SYSTEM);
        try {
            MvcResult result = mvc.perform(get("/opendata/imports/" + run).with(user(officer))).andReturn();

            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            assertThat(result.getResponse().getHeader("Refresh")).isEqualTo("3");
            assertThat(result.getResponse().getContentAsString()).contains("Importing\u2026")
                    .contains("big-contracts.json").contains("So far 0 records read").contains("refreshes itself");
            assertThat(mvc.perform(get("/opendata/imports/" + run + "/report.json").with(user(officer))).andReturn()
                    .getResponse().getStatus()).isEqualTo(404);
        } finally {
            imports.abandon(run, "test over", Actor.SYSTEM);
        }
    }

    @Test
    void runsLeftRunningByAStoppedHubAreMarkedFailedAtStartUp() {
        UUID left = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO opendata.import_run (id, standard, file_name, started_by, started_at)
                VALUES (?, '360GIVING', 'left-running.json', 'someone', now() - interval '1 day')""").param(left).update();

        assertThat(jobs.failInterruptedRuns()).isGreaterThanOrEqualTo(1);

        ExternalImports.RunSummary run = imports.summary(left).orElseThrow();
        assertThat(run.outcome()).isEqualTo("FAILED");
        assertThat(imports.find(left)).get().extracting(ImportReport::message).asString()
                .contains("The hub stopped while this file was being imported");
        assertThat(jobs.failInterruptedRuns()).as("already marked").isZero();
    }

    @Test
    void theUploadedFileIsDeletedWhenItsRunEndsEvenRefused() throws Exception {
        Path upload = Files.createTempFile("opendata-import-test-", ".json");
        Files.copy(GIVING.resolve("fixtures-invalid/fundingproviders-grants_malformed.json"), upload,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        UUID run = jobs.start(new ExternalImports.Request(Standard.THREESIXTY_GIVING, upload, "broken.json"), Actor.SYSTEM);

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (imports.summary(run).orElseThrow().outcome().equals("RUNNING") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(imports.summary(run).orElseThrow().outcome()).isEqualTo(ImportReport.REFUSED);
        while (Files.exists(upload) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(upload).doesNotExist();
        assertThat(jobs.progress(run)).isEmpty();
    }

    /** Follows a run's page until it stops refreshing itself (the import has finished), for up to 20 seconds. */
    private String finished(String page, HubUser user) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            MvcResult result = mvc.perform(get(page).with(user(user))).andReturn();
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            if (result.getResponse().getHeader("Refresh") == null) {
                return result.getResponse().getContentAsString();
            }
            assertThat(System.nanoTime()).as("the import of " + page + " finished within 20 seconds").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    @Test
    void escapesWhatAFileSays() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "x.json", "application/json",
                ("{\"grants\": [{\"id\": \"<script>alert(1)</script>\", \"title\": \"t\"}]}").getBytes());

        HubUser officer = officer();
        MvcResult upload = mvc.perform(multipart("/opendata/imports").file(file).with(csrf()).with(user(officer)))
                .andReturn();
        String page = finished(upload.getResponse().getRedirectedUrl(), officer);

        assertThat(page).doesNotContain("<script>alert(1)").contains("&lt;script&gt;");
    }

    @Test
    void otherRolesAreRefused() throws Exception {
        HubUser member = accounts.create(Role.ORGANISATION_MEMBER, UUID.fromString("5b0c3f7e-2d7a-4c1e-9f4b-6a1d2e3c4b5a"))
                .toPrincipal(Instant.now());
        assertThat(mvc.perform(get("/opendata/imports").with(user(member))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }
}
