package org.thirdsectorhub.opendata.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thirdsectorhub.organisations.OrganisationLookup;
import org.thirdsectorhub.shared.security.Actor;
import org.thirdsectorhub.support.HubIntegrationTest;

/** Real publishers' 360Giving files and the standard's invalid fixtures, imported by path. */
@HubIntegrationTest
class GivingImportTest {

    static final Path SAMPLES = Path.of("../shared/data/360giving/samples");
    static final Path INVALID = Path.of("../shared/data/360giving/fixtures-invalid");

    @Autowired
    ExternalImports imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganisationLookup lookup;

    @Autowired
    org.thirdsectorhub.organisations.register.RegisterService register;

    ImportReport give(Path file) {
        return imports.run(new ExternalImports.Request(Standard.THREESIXTY_GIVING, file, file.getFileName().toString()),
                Actor.SYSTEM);
    }

    List<Map<String, Object>> rowsOf(UUID run) {
        return jdbc.sql("""
                SELECT source_key, title, amount, currency, awarded_on, funder_name, funder_org_id, recipient_name,
                       recipient_org_id, organisation FROM opendata.external_funding WHERE last_run = ? ORDER BY source_key""")
                .param(run).query().listOfRows();
    }

    @Test
    void theAbCharitableTrustJsonAndItsSpreadsheetImportTheSameRecords() {
        ImportReport fromJson = give(SAMPLES.resolve("ab-charitable-trust-2021.json"));
        List<Map<String, Object>> jsonRows = rowsOf(fromJson.run());
        ImportReport fromXlsx = give(SAMPLES.resolve("ab-charitable-trust-2021.xlsx"));
        List<Map<String, Object>> xlsxRows = rowsOf(fromXlsx.run());

        assertThat(fromJson.outcome()).isEqualTo(ImportReport.SUCCEEDED);
        assertThat(fromJson.format()).isEqualTo("JSON");
        assertThat(fromXlsx.format()).isEqualTo("XLSX");
        assertThat(fromJson.imported()).isEqualTo(783);
        assertThat(fromXlsx.imported()).isEqualTo(783);
        assertThat(fromJson.rejected()).isZero();
        assertThat(fromXlsx.rejected()).isZero();
        assertThat(xlsxRows).hasSize(783).isEqualTo(jsonRows);
        assertThat(jdbc.sql("SELECT count(*) FROM opendata.external_funding WHERE source_key LIKE '360G-ABCT-%'")
                .query(Long.class).single()).as("imported twice, stored once").isEqualTo(783L);
    }

    @Test
    void readsTheIndigoTrustCsvCorrectingItsDatesAndDurations() {
        ImportReport report = give(SAMPLES.resolve("indigo-trust-2016.csv"));

        assertThat(report.outcome()).isEqualTo(ImportReport.SUCCEEDED);
        assertThat(report.format()).isEqualTo("CSV");
        assertThat(report.imported()).isGreaterThan(100);
        assertThat(report.corrections()).contains(new Correction("360G-indigotrust:IND1", "$.awardDate",
                "26/03/2001 00:00", "2001-03-26"));
        assertThat(report.corrections()).anySatisfy(c -> assertThat(c.field()).isEqualTo("$.plannedDates[0].duration"));
        assertThat(report.imported() + report.rejected()).isEqualTo(dataRowsOf(SAMPLES.resolve("indigo-trust-2016.csv")));
        Map<String, Object> first = jdbc.sql("SELECT * FROM opendata.external_funding WHERE source_key = ?")
                .param("360G-indigotrust:IND1").query().singleRow();
        assertThat(first.get("title")).isEqualTo("Space to Imagine");
        assertThat((BigDecimal) first.get("amount")).isEqualByComparingTo("10000");
        assertThat(first.get("recipient_org_id")).isEqualTo("GB-CHC-1070468");
    }

    @Test
    void importsTheLloydsBankFoundationSubset() {
        ImportReport report = give(SAMPLES.resolve("lloyds-bank-foundation-2015-subset250.json"));

        assertThat(report.imported() + report.rejected()).isEqualTo(250);
        assertThat(report.imported()).isEqualTo(250);
    }

    @Test
    void theLloydsMiltonKeynesGrantsMatchTheRegisterWhenTheirRecipientsAreRegistered() {
        UUID mksnap = RegisterFixtures.register(register, "MK Special Needs Advancement Project " + UUID.randomUUID(), "GB-CHC-1013148");
        UUID homeStart = RegisterFixtures.register(register, "Home-Start Milton Keynes " + UUID.randomUUID(), "GB-CHC-1118249");

        ImportReport report = give(SAMPLES.resolve("lloyds-bank-foundation-milton-keynes-grants.json"));
        ImportReport again = give(SAMPLES.resolve("lloyds-bank-foundation-milton-keynes-grants.json"));

        assertThat(report.imported()).isEqualTo(11);
        assertThat(report.corrections()).contains(new Correction("360G-LBFEW-113989", "$.fromOpenCall", "Y", "Yes"));
        assertThat(report.matched()).extracting(ImportReport.Matched::record)
                .contains("360G-LBFEW-114684", "360G-LBFEW-98273", "360G-LBFEW-78123");
        assertThat(report.matched()).filteredOn(m -> m.record().equals("360G-LBFEW-114684")).singleElement()
                .satisfies(m -> assertThat(lookup.orgIdsOf(List.of(m.organisation())).get(m.organisation()))
                        .contains("GB-CHC-1013148"));
        assertThat(report.matched().size() + report.notInRegister().size()).isEqualTo(11);
        assertThat(again.imported()).isEqualTo(11);
        assertThat(jdbc.sql("SELECT count(*) FROM opendata.external_funding WHERE source_key LIKE '360G-LBFEW-%' AND"
                + " source_key IN ('360G-LBFEW-114684', '360G-LBFEW-98273')").query(Long.class).single()).isEqualTo(2L);
        assertThat(mksnap).isNotNull();
        assertThat(homeStart).isNotNull();
    }

    @Test
    void rejectsTheStandardsBadFileReportingEveryViolation() {
        ImportReport report = give(INVALID.resolve("badfile_all_validation_errors.json"));

        assertThat(report.outcome()).isEqualTo(ImportReport.SUCCEEDED);
        assertThat(report.imported()).isZero();
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.violations()).extracting(Violation::field).contains("$.awardDate", "$.amountAwarded",
                "$.currency", "$.fundingOrganization", "$.url", "$.plannedDates");
        assertThat(report.violations()).allSatisfy(v -> assertThat(v.record()).isEqualTo("360G-sampletrust-105177/Z/14/Z"));
        assertThat(report.corrections()).contains(new Correction("360G-sampletrust-105177/Z/14/Z", "$.title", "9001",
                "\"9001\""));
    }

    @Test
    void rejectsGrantsOfNullsListingWhatWasLeftOut() {
        ImportReport report = give(INVALID.resolve("nulls.json"));

        assertThat(report.imported()).isZero();
        assertThat(report.rejected()).isEqualTo(2);
        assertThat(report.corrections()).contains(new Correction("grant 1", "$.id", "null", "(left out)"));
        assertThat(report.violations()).contains(new Violation("grant 2", "$.id",
                "The grant has no identifier, so it cannot be told apart from others: rejected"));
    }

    @Test
    void rejectsDecimalAmountGrantsThatHaveNothingElse() {
        ImportReport json = give(INVALID.resolve("decimal_amounts.json"));
        ImportReport csv = give(INVALID.resolve("decimal_amounts.csv"));

        assertThat(json.rejected()).isEqualTo(7);
        assertThat(csv.rejected()).isEqualTo(csv.imported() + csv.rejected());
        assertThat(json.violations()).extracting(Violation::field).contains("$.id", "$.title", "$.awardDate")
                .doesNotContain("$.amountAwarded");
    }

    @Test
    void removesLineBreaksFromIdentifiersInASpreadsheet() {
        ImportReport report = give(INVALID.resolve("ids-unexpected-chars.xlsx"));

        assertThat(report.outcome()).isEqualTo(ImportReport.SUCCEEDED);
        assertThat(report.corrections()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("$.recipientOrganization[0].id");
            assertThat(c.to()).isEqualTo("GB-CHC-1105625");
        });
        assertThat(report.corrections()).anySatisfy(c -> assertThat(c.to()).isEqualTo("360G-ABC-11111111111111111111"));
    }

    @Test
    void refusesMalformedJsonAndWritesNothing() {
        long before = jdbc.sql("SELECT count(*) FROM opendata.external_funding").query(Long.class).single();

        ImportReport report = give(INVALID.resolve("fundingproviders-grants_malformed.json"));

        assertThat(report.outcome()).isEqualTo(ImportReport.REFUSED);
        assertThat(report.message()).contains("not valid JSON");
        assertThat(report.imported()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM opendata.external_funding").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM opendata.external_funding WHERE last_run = ?").param(report.run())
                .query(Long.class).single()).isZero();
        assertThat(imports.find(report.run())).get().extracting(ImportReport::outcome).isEqualTo(ImportReport.REFUSED);
    }

    @Test
    void importsTheOtherFixturesWithoutFailing() {
        for (String name : List.of("fundingproviders-grants_broken_grants.json",
                "multiple_funder_names_org_ids.json", "badfile_all_validation_errors.xlsx")) {
            ImportReport report = give(INVALID.resolve(name));
            assertThat(report.outcome()).as(name).isEqualTo(ImportReport.SUCCEEDED);
        }
    }

    @Test
    void refusesAJsonFileThatIsNotAGrantPackage() {
        ImportReport report = give(INVALID.resolve("validation_errors-3.json"));

        assertThat(report.outcome()).isEqualTo(ImportReport.REFUSED);
        assertThat(report.message()).contains("has no grants array");
    }

    @Test
    void readsWindows1252AndUtf8WithBomSpreadsheetsAlike(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String csv = "Identifier,Title,Currency,Amount Awarded,Award Date,Recipient Org:Identifier,Recipient Org:Name,"
                + "Funding Org:Identifier,Funding Org:Name,From an open call?\r\n"
                + "360G-enc-%s,Caf\u00e9 club,GBP,\"\u00a31,250\",31/03/2016,gb-chc-1000001,Caf\u00e9 Bleu,GB-CHC-327114,Funder,yes\r\n";
        Path windows = dir.resolve("windows.csv");
        java.nio.file.Files.write(windows, csv.formatted("1").getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Path bom = dir.resolve("bom.csv");
        java.nio.file.Files.write(bom, ("\uFEFF" + csv.formatted("2")).getBytes(java.nio.charset.StandardCharsets.UTF_8));

        for (Path file : List.of(windows, bom)) {
            ImportReport report = give(file);
            String id = "360G-enc-" + (file == windows ? "1" : "2");
            assertThat(report.imported()).as(file.toString()).isEqualTo(1);
            assertThat(report.corrections()).contains(new Correction(id, "$.amountAwarded", "\u00a31,250", "1250"),
                    new Correction(id, "$.awardDate", "31/03/2016", "2016-03-31"),
                    new Correction(id, "$.fromOpenCall", "yes", "Yes"),
                    new Correction(id, "$.recipientOrganization[0].id", "gb-chc-1000001", "GB-CHC-1000001"));
            assertThat(jdbc.sql("SELECT recipient_name FROM opendata.external_funding WHERE source_key = ?").param(id)
                    .query(String.class).single()).isEqualTo("Caf\u00e9 Bleu");
        }
    }

    private static int dataRowsOf(Path csv) {
        try (var reader = java.nio.file.Files.newBufferedReader(csv)) {
            return (int) org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).stream().filter(r -> r.stream().anyMatch(cell -> !cell.isBlank())).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
