package org.thirdsectorhub.opendata.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thirdsectorhub.opendata.imports.ocds.OcdsImport;
import org.thirdsectorhub.organisations.FundingReceived;
import org.thirdsectorhub.organisations.FundingReceivedSource;
import org.thirdsectorhub.organisations.register.RegisterService;
import org.thirdsectorhub.shared.security.Actor;
import org.thirdsectorhub.support.HubIntegrationTest;

/** Real and fictional OCDS packages, records and releases, imported by path. */
@HubIntegrationTest
class OcdsImportTest {

    static final Path OCDS = Path.of("../shared/data/ocds/samples");

    /** Releases of a generated package stored twice (OcdsStreamingTest reads 20,000 and measures the heap). */
    static final int LARGE = 2_000;

    @Autowired
    ExternalImports imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegisterService register;

    @Autowired
    List<FundingReceivedSource> sources;

    ImportReport ocds(Path file) {
        return imports.run(new ExternalImports.Request(Standard.OCDS, file, file.getFileName().toString()), Actor.SYSTEM);
    }

    @Test
    void importsTheContractsFinderAwardMatchingItsSupplierWhenRegistered() {
        UUID bytes = RegisterFixtures.register(register, "Bytes Software Services " + UUID.randomUUID(), "GB-COH-01616977");

        ImportReport report = ocds(OCDS.resolve("uk-contracts-finder-2022-2025/cf-search-2022-award-package.json"));

        assertThat(report.outcome()).isEqualTo(ImportReport.SUCCEEDED);
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.violations()).isEmpty();
        assertThat(report.matched()).singleElement().satisfies(m -> assertThat(m.organisation()).isNotNull());
        List<FundingReceived> funding = sources.stream().flatMap(s -> s.fundingReceivedBy(report.matched().get(0)
                .organisation()).stream()).toList();
        assertThat(funding).anySatisfy(f -> {
            assertThat(f.funderName()).isEqualTo("THE FINANCIAL CONDUCT AUTHORITY");
            assertThat(f.amount()).isEqualByComparingTo("44341.25");
            assertThat(f.kind()).isEqualTo("CONTRACT");
            assertThat(f.funderOrgId()).isEqualTo("GB-GOR-OT1085");
        });
        assertThat(bytes).isNotNull();
    }

    @Test
    void importsTheSandwellAwardRelease() {
        ImportReport report = ocds(OCDS.resolve("uk-contracts-finder-2022-2025/cf-release-2025-sandwell-award.json"));

        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.matched().size() + report.notInRegister().size()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM opendata.external_funding WHERE kind = 'CONTRACT' AND last_run = ?")
                .param(report.run()).query(Long.class).single()).isGreaterThanOrEqualTo(1L);
    }

    @Test
    void readsThe2017PackagesWithoutVersionAsOcds11WithOneViolationEach() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(OCDS.resolve("uk-contracts-finder-2017-packages"))) {
            files = list.sorted().toList();
        }
        for (Path file : files) {
            ImportReport report = ocds(file);
            assertThat(report.outcome()).as(file.toString()).isEqualTo(ImportReport.SUCCEEDED);
            assertThat(report.imported()).as(file.toString()).isGreaterThanOrEqualTo(1);
            assertThat(report.violations()).as(file.toString()).contains(new Violation(org.thirdsectorhub.opendata.imports.ocds.OcdsImport.PACKAGE, "$.version",
                    "The package has no version (an OCDS 1.0-era package): its releases were read as OCDS 1.1"));
        }
    }

    @Test
    void importsTheFictionalReleasePackageAndRecordAsOneAward() {
        ImportReport releases = ocds(OCDS.resolve("fictional-1.1/ocds-213czf-000-00001.json"));
        ImportReport record = ocds(OCDS.resolve("fictional-1.1/record/ocds-213czf-000-00001.json"));

        assertThat(releases.imported()).isEqualTo(6);
        assertThat(record.imported()).isEqualTo(1);
        Map<String, Object> award = jdbc.sql("SELECT * FROM opendata.external_funding WHERE source_key = ?")
                .param("ocds-213czf-000-00001/ocds-213czf-000-00001-award-01").query().singleRow();
        assertThat((BigDecimal) award.get("amount")).isEqualByComparingTo("11000000");
        assertThat(award.get("funder_name")).isEqualTo("London Borough of Barnet");
        assertThat(award.get("last_run")).isEqualTo(record.run());
    }

    @Test
    void importsThe2018SingleReleasesAndRecordsWhichHaveNoAwards() throws IOException {
        for (String kind : List.of("releases", "records")) {
            try (Stream<Path> list = Files.list(OCDS.resolve("uk-contracts-finder-2018/" + kind))) {
                for (Path file : list.sorted().toList()) {
                    ImportReport report = ocds(file);
                    assertThat(report.outcome()).as(file.toString()).isEqualTo(ImportReport.SUCCEEDED);
                    assertThat(report.imported() + report.rejected()).as(file.toString()).isGreaterThanOrEqualTo(1);
                }
            }
        }
    }

    @Test
    void refusesA360GivingFileAsOcds() {
        ImportReport report = ocds(Path.of("../shared/data/360giving/samples/indigo-trust-2016.csv"));

        assertThat(report.outcome()).isEqualTo(ImportReport.REFUSED);
    }

    @Test
    void readsAPackageWhoseReleasesComeBeforeItsVersionAndPublisher(@TempDir Path dir) throws IOException {
        String ocid = "ocds-late-" + UUID.randomUUID();
        Path file = Files.writeString(dir.resolve("releases-first.json"), """
                {"releases": [%s], "uri": "https://example.org/late.json", "publishedDate": "2026-11-01T09:00:00Z",
                 "publisher": {"name": "Late Publisher"}}""".formatted(release(ocid)));

        ImportReport report = ocds(file);

        assertThat(report.outcome()).isEqualTo(ImportReport.SUCCEEDED);
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.violations()).containsExactly(new Violation(OcdsImport.PACKAGE, "$.version",
                "The package has no version (an OCDS 1.0-era package): its releases were read as OCDS 1.1"));
        assertThat(jdbc.sql("SELECT publisher FROM opendata.external_funding WHERE source_key = ?")
                .param(ocid + "/award-1").query(String.class).single()).isEqualTo("Late Publisher");
    }

    @Test
    void refusesAPackageBrokenHalfWayAndWritesNothing(@TempDir Path dir) throws IOException {
        String ocid = "ocds-broken-" + UUID.randomUUID();
        Path file = Files.writeString(dir.resolve("broken.json"), """
                {"version": "1.1", "releases": [%s, %s, {"ocid": """.formatted(release(ocid + "-1"), release(ocid + "-2")));
        long before = jdbc.sql("SELECT count(*) FROM opendata.external_funding").query(Long.class).single();

        ImportReport report = ocds(file);

        assertThat(report.outcome()).isEqualTo(ImportReport.REFUSED);
        assertThat(report.message()).startsWith("broken.json is not valid JSON (line ");
        assertThat(jdbc.sql("SELECT count(*) FROM opendata.external_funding").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM opendata.external_funding WHERE record_id LIKE ?")
                .param(ocid + "%").query(Long.class).single()).isZero();
    }

    @Test
    void importsALargeGeneratedReleasePackageAndAgainWithoutDuplicates(@TempDir Path dir) throws IOException {
        String prefix = "ocds-large-" + UUID.randomUUID();
        Path file = LargeOcdsPackage.write(dir.resolve("large.json"), prefix, LARGE);

        ImportReport first = ocds(file);
        ImportReport again = ocds(file);

        assertThat(first.outcome()).isEqualTo(ImportReport.SUCCEEDED);
        assertThat(first.imported()).isEqualTo(LARGE);
        assertThat(first.violations()).isEmpty();
        assertThat(first.matched().size() + first.notInRegister().size()).isEqualTo(LARGE);
        assertThat(again.imported()).isEqualTo(LARGE);
        assertThat(jdbc.sql("SELECT count(*) FROM opendata.external_funding WHERE record_id LIKE ? AND last_run = ?")
                .params(prefix + "-%", again.run()).query(Long.class).single()).as("imported twice, stored once")
                .isEqualTo(LARGE);
        assertThat(jdbc.sql("SELECT publisher FROM opendata.external_funding WHERE source_key = ?")
                .param(prefix + "-7/" + prefix + "-7-award-1").query(String.class).single())
                .isEqualTo("Milton Keynes City Council");
    }

    private static String release(String ocid) {
        return """
                {"ocid": "%s", "id": "%s-award", "date": "2026-10-01T12:00:00Z", "tag": ["award"],
                 "initiationType": "tender", "buyer": {"id": "GB-LAE-MIK", "name": "Milton Keynes City Council"},
                 "awards": [{"id": "award-1", "title": "Day centre meals", "value": {"amount": 1200, "currency": "GBP"},
                   "suppliers": [{"id": "GB-CHC-1199999", "name": "Meals on Wheels MK"}]}]}""".formatted(ocid, ocid);
    }
}
