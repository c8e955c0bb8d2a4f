package org.thirdsectorhub.organisations.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thirdsectorhub.shared.security.Actor;
import org.thirdsectorhub.support.HubIntegrationTest;

@HubIntegrationTest
class OtherImportsTest {

    private static final Path COMPANIES = Path.of("../shared/data/companies-house/BasicCompanyData-2020-06-01-sample-87-rows.csv");
    private static final String HEADER = "name,legal_form,description,postcode,ward,email,charity_number,company_number,purposes,tags";

    @Autowired
    RegisterImports imports;

    @Autowired
    ImportCommand command;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path temp;

    private ImportResult run(ImportKind kind, Path file) {
        return imports.run(new RegisterImports.Request(kind, file, file.getFileName().toString(), null),
                new Actor(null, "import test"));
    }

    private String one(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(String.class).single();
    }

    @Test
    void importsCommunityInterestCompaniesSocietiesAndGuaranteeCompaniesFromCompaniesHouse() {
        ImportResult result = run(ImportKind.COMPANIES_HOUSE, COMPANIES);

        assertThat(result.outcome()).isEqualTo(ImportOutcome.SUCCEEDED);
        assertThat(result.problems()).isEmpty();
        assertThat(result.counts().imported() + result.counts().unchanged()).isEqualTo(47);
        assertThat(result.counts().skipped()).as("private, royal charter and CIO rows").isEqualTo(40);
        assertThat(one("""
                SELECT o.legal_form || '/' || c.kind || '/' || o.postcode FROM organisations.organisation o
                JOIN organisations.organisation_identifier i ON i.organisation = o.id AND i.scheme = 'GB-COH'
                JOIN organisations.classification c ON c.organisation = o.id AND c.current
                WHERE i.identifier = '11501421'""")).isEqualTo("COMMUNITY_INTEREST_COMPANY/SOCIAL_ENTERPRISE/BL2 1BJ");
        assertThat(one("""
                SELECT o.legal_form FROM organisations.organisation o JOIN organisations.organisation_identifier i
                ON i.organisation = o.id WHERE i.scheme = 'GB-COH' AND i.identifier = 'IP28116R'""")).isEqualTo("COOPERATIVE_SOCIETY");

        ImportResult again = run(ImportKind.COMPANIES_HOUSE, COMPANIES);
        assertThat(again.counts()).isEqualTo(new ImportCounts(0, 0, 47, 0, 40, 0, 0));
    }

    @Test
    void aGuaranteeCompanyAlreadyInTheRegisterIsLinkedNotDuplicated() throws Exception {
        String number = String.format("%08d", 30_000_000 + new java.util.Random().nextInt(60_000_000));
        Path local = temp.resolve("charity.csv");
        Files.writeString(local, HEADER + "\nLinked Test Charity,charitable company,A charity,,,,,"
                + number + ",105,\n");
        assertThat(run(ImportKind.ORGANISATIONS, local).counts().imported()).isEqualTo(1);
        Path companies = temp.resolve("companies.csv");
        List<String> lines = Files.readAllLines(COMPANIES, StandardCharsets.UTF_8);
        String row = lines.stream().filter(line -> line.contains("PRI/LTD BY GUAR")).findFirst().orElseThrow();
        String[] fields = row.split("\",\"");
        fields[1] = number;
        Files.writeString(companies, lines.get(0) + "\n" + String.join("\",\"", fields) + "\n");

        ImportResult result = run(ImportKind.COMPANIES_HOUSE, companies);

        assertThat(result.counts()).isEqualTo(new ImportCounts(0, 0, 1, 0, 0, 0, 0));
        assertThat(one("SELECT count(*)::text FROM organisations.organisation_identifier WHERE scheme = 'GB-COH' AND identifier = ?",
                number)).isEqualTo("1");
        assertThat(one("""
                SELECT o.name FROM organisations.organisation o JOIN organisations.organisation_identifier i ON i.organisation = o.id
                WHERE i.scheme = 'GB-COH' AND i.identifier = ?""", number)).isEqualTo("Linked Test Charity");
    }

    @Test
    void importsTheTemplateAsCsvWithAByteOrderMark() throws Exception {
        String name = "Template Group " + UUID.randomUUID();
        Path file = temp.resolve("groups.csv");
        Files.write(file, ("\uFEFF" + HEADER + "\n\"" + name + "\",unincorporated association,\"Lunch, and company\","
                + "mk6 2lp,Woughton & Fishermead,group@example.org,,,105;202,older people; food\n").getBytes(StandardCharsets.UTF_8));

        ImportResult result = run(ImportKind.ORGANISATIONS, file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.counts().imported()).isEqualTo(1);
        assertThat(one("SELECT name || '|' || legal_form || '|' || description || '|' || postcode || '|' || ward_code || '|' || source"
                + " FROM organisations.organisation WHERE name = ?", name))
                .isEqualTo(name + "|UNINCORPORATED_ASSOCIATION|Lunch, and company|MK6 2LP|E05009424|SPREADSHEET");
        assertThat(run(ImportKind.ORGANISATIONS, file).counts().unchanged()).isEqualTo(1);
    }

    @Test
    void readsWindows1252AndUtf8WithoutBom() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Path ansi = temp.resolve("ansi.csv");
        Files.write(ansi, (HEADER + "\nCaf\u00e9 Club " + suffix + ",CIC,Meals for \u00a35,,,,,,,\n")
                .getBytes(TextDecoding.WINDOWS_1252));
        Path utf8 = temp.resolve("utf8.csv");
        Files.write(utf8, (HEADER + "\nCr\u00e8che " + suffix + ",CIC,Costs \u00a33 a day,,,,,,,\n")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(run(ImportKind.ORGANISATIONS, ansi).counts().imported()).isEqualTo(1);
        assertThat(run(ImportKind.ORGANISATIONS, utf8).counts().imported()).isEqualTo(1);

        assertThat(one("SELECT description FROM organisations.organisation WHERE name = ?", "Caf\u00e9 Club " + suffix))
                .isEqualTo("Meals for \u00a35");
        assertThat(one("SELECT description FROM organisations.organisation WHERE name = ?", "Cr\u00e8che " + suffix))
                .isEqualTo("Costs \u00a33 a day");
    }

    @Test
    void importsTheTemplateAsXlsx() throws Exception {
        String name = "Spreadsheet Group " + UUID.randomUUID();
        Path file = temp.resolve("groups.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Organisations");
            String[] header = HEADER.split(",");
            Row top = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                top.createCell(i).setCellValue(header[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(name);
            row.createCell(1).setCellValue("Community interest company");
            row.createCell(3).setCellValue("MK9 3HS");
            Row bad = sheet.createRow(2);
            bad.createCell(0).setCellValue("No Legal Form Group");
            bad.createCell(3).setCellValue("not a postcode");
            workbook.write(out);
        }

        ImportResult result = run(ImportKind.ORGANISATIONS, file);

        assertThat(result.counts().imported()).isEqualTo(1);
        assertThat(result.problems()).extracting(ImportProblem::toString).containsExactly(
                "groups.xlsx line 3: legal_form is empty; postcode \u201cnot a postcode\u201d is not a UK postcode");
        assertThat(one("SELECT legal_form FROM organisations.organisation WHERE name = ?", name))
                .isEqualTo("COMMUNITY_INTEREST_COMPANY");
    }

    @Test
    void listsMalformedRowsWithLineNumbers() throws Exception {
        Path file = temp.resolve("bad.csv");
        Files.writeString(file, HEADER + "\n"
                + ",CIC,,,,,,,,\n"
                + "Group " + UUID.randomUUID() + ",spaceship,,,,,,,,\n"
                + "Group " + UUID.randomUUID() + ",CIC,,,Nowhere,not-an-email,12,,999,\n");

        ImportResult result = run(ImportKind.ORGANISATIONS, file);

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.problems()).extracting(ImportProblem::toString).containsExactly(
                "bad.csv line 2: name is empty",
                "bad.csv line 3: legal_form \u201cspaceship\u201d is not one we know",
                "bad.csv line 4: ward \u201cNowhere\u201d is not a ward of the district; email \u201cnot-an-email\u201d is not an"
                        + " email address; charity_number \u201c12\u201d is not a valid Charity Commission for England and Wales"
                        + " number; purpose \u201c999\u201d is not a Charity Commission code (101 to 310)");
    }

    @Test
    void refusesFilesItCannotRead() throws Exception {
        Path binary = temp.resolve("photo.csv");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        assertThat(run(ImportKind.ORGANISATIONS, binary).message()).contains("not a text file");

        Path noHeader = temp.resolve("other.csv");
        Files.writeString(noHeader, "title,amount\nGrant,100\n");
        ImportResult wrong = run(ImportKind.ORGANISATIONS, noHeader);
        assertThat(wrong.outcome()).isEqualTo(ImportOutcome.REFUSED);
        assertThat(wrong.message()).contains("no name or legal_form column");

        ImportResult companies = run(ImportKind.COMPANIES_HOUSE, noHeader);
        assertThat(companies.outcome()).isEqualTo(ImportOutcome.REFUSED);
        assertThat(companies.message()).contains("not Companies House basic company data");

        Path fakeXlsx = temp.resolve("broken.xlsx");
        Files.write(fakeXlsx, new byte[] {'P', 'K', 3, 4, 0, 0, 0});
        assertThat(run(ImportKind.ORGANISATIONS, fakeXlsx).outcome()).isEqualTo(ImportOutcome.REFUSED);
    }

    @Test
    void theCommandLinePrintsASummaryAndExitsWithACode() throws Exception {
        SampleExtract extract = SampleExtract.copy(temp);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = command.run(List.of("charity-commission", extract.directory.toString(), "--area", "E06000042"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("charity-commission import of " + extract.directory.getFileName()
                + ": 1 imported, 0 updated, 0 unchanged");
        int refused = command.run(List.of("organisations", temp.resolve("missing.csv").toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(refused).isEqualTo(1);
        assertThat(command.run(List.of("spaceships", "x"), System.out, new PrintStream(err, true, StandardCharsets.UTF_8)))
                .isEqualTo(2);
    }
}
