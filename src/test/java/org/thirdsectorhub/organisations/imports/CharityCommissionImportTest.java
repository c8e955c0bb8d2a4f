package org.thirdsectorhub.organisations.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.thirdsectorhub.organisations.OrganisationDraft;
import org.thirdsectorhub.organisations.directory.DirectoryQuery;
import org.thirdsectorhub.organisations.directory.DirectorySearch;
import org.thirdsectorhub.organisations.register.OrganisationBatchStore;
import org.thirdsectorhub.organisations.register.RegisterService;
import org.thirdsectorhub.shared.security.Actor;
import org.thirdsectorhub.support.HubIntegrationTest;

@HubIntegrationTest
class CharityCommissionImportTest {

    private static final Actor TESTER = new Actor(null, "import test");

    @Autowired
    RegisterImports imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegisterService register;

    @Autowired
    DirectorySearch search;

    @Autowired
    ImportJobs jobs;

    @Autowired
    javax.sql.DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @TempDir
    Path temp;

    private ImportResult importExtract(Path path, String area) {
        return imports.run(new RegisterImports.Request(ImportKind.CHARITY_COMMISSION, path, path.getFileName().toString(),
                area), TESTER);
    }

    private UUID organisationWithCharityNumber(long number) {
        return jdbc.sql("SELECT organisation FROM organisations.organisation_identifier WHERE scheme = 'GB-CHC' AND identifier = ?")
                .param(String.valueOf(number)).query(UUID.class).single();
    }

    @Test
    void importsTheRealSampleWithItsFields() {
        SampleExtract extract = SampleExtract.copy(temp);
        ImportResult result = importExtract(extract.directory, null);

        assertThat(result.outcome()).isEqualTo(ImportOutcome.SUCCEEDED);
        assertThat(result.problems()).isEmpty();
        assertThat(result.counts().imported()).isEqualTo(150);
        assertThat(result.counts().skipped()).as("linked charities").isEqualTo(304);
        UUID id = organisationWithCharityNumber(209617 + extract.offset);
        var row = jdbc.sql("""
                SELECT name, legal_form, status, postcode, latest_income, income_band, source, email, founded_on::text AS founded,
                       id FROM organisations.organisation WHERE id = ?""").param(id).query().singleRow();
        assertThat(row.get("name")).isEqualTo("Mohammad town Health Foundation");
        assertThat(row.get("legal_form")).isEqualTo("CHARITABLE_COMPANY");
        assertThat(row.get("status")).isEqualTo("ACTIVE");
        assertThat(row.get("postcode")).isEqualTo("HG20 3PR");
        assertThat(row.get("latest_income").toString()).isEqualTo("153000000.00");
        assertThat(row.get("income_band")).isEqualTo("SUPER_MAJOR");
        assertThat(row.get("source")).isEqualTo("CHARITY_COMMISSION");
        assertThat(row.get("email")).isEqualTo("mohammad-town-health-foundation@example.com");
        assertThat(row.get("founded")).isEqualTo("1962-11-08");
        assertThat(search.search(new DirectoryQuery(String.valueOf(209617 + extract.offset), null, null, null, null, null,
                null, null, null, 1, 5), false).items()).extracting(org.thirdsectorhub.organisations.directory.DirectoryEntry::name)
                .as("found by its charity number").containsExactly("Mohammad town Health Foundation");
        assertThat(jdbc.sql("SELECT count(*) FROM organisations.organisation_classification WHERE organisation = ?")
                .param(id).query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT kind FROM organisations.classification WHERE organisation = ? AND current")
                .param(id).query(String.class).single()).isEqualTo("CHARITY");
        assertThat(jdbc.sql("SELECT count(*) FROM organisations.organisation_version WHERE organisation = ?")
                .param(id).query(Long.class).single()).isEqualTo(1);
        UUID cio = organisationWithCharityNumber(525394 + extract.offset);
        assertThat(jdbc.sql("SELECT name || '/' || kind FROM organisations.organisation_other_name WHERE organisation = ?")
                .param(cio).query(String.class).list()).contains("Joyce borough Disaster Relief CIO/OTHER");
        long removedInFile = extract.mainCharities().stream().filter(f -> f[6].equals("Removed")).count();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM organisations.organisation o JOIN organisations.organisation_import r ON r.organisation = o.id
                WHERE r.source = 'CHARITY_COMMISSION' AND r.source_key::bigint BETWEEN ? AND ? AND o.status = 'REMOVED'""")
                .params(extract.offset, extract.offset + 1_999_999).query(Long.class).single())
                .isEqualTo(removedInFile);
        var found = search.search(new DirectoryQuery("Mohammad town Health Foundation", null, null, null, null, null, null,
                null, null, 1, 20), false);
        assertThat(found.items()).extracting(entry -> entry.id()).contains(id);
        assertThat(imports.find(result.run()).orElseThrow().counts()).isEqualTo(result.counts());
    }

    @Test
    void importingTheSameExtractTwiceChangesNothing() {
        SampleExtract extract = SampleExtract.copy(temp);
        importExtract(extract.directory, null);
        long versions = versionsOfThisExtract(extract);

        ImportResult second = importExtract(extract.directory, null);

        // Flags are counted again for locally edited charities of other tests (no longer in this extract), but not added.
        assertThat(second.counts()).usingRecursiveComparison().ignoringFields("flagged")
                .isEqualTo(new ImportCounts(0, 0, 150, 0, 304, 0, 0));
        assertThat(versionsOfThisExtract(extract)).isEqualTo(versions);
    }

    @Test
    void aNewerExtractUpdatesRemovesAndFlagsLocalEdits() {
        SampleExtract first = SampleExtract.copy(temp);
        assertThat(importExtract(first.directory, null).succeeded()).isTrue();
        List<String[]> registered = first.mainCharities().stream().filter(f -> f[6].equals("Registered")).toList();
        String renamed = registered.get(0)[2];
        String dropped = registered.get(1)[2];
        String edited = registered.get(2)[2];
        UUID editedId = organisationWithCharityNumber(Long.parseLong(edited));
        OrganisationDraft before = register.latestVersion(editedId).orElseThrow();
        register.update(editedId, new OrganisationDraft(before.name(), before.otherNames(), before.legalForm(),
                before.status(), "Edited in the hub", before.socialPurpose(), before.identifiers(), before.purposeCodes(),
                before.tags(), before.areaCodes(), before.website(), before.email(), before.phone(), before.addressLine(),
                before.town(), before.postcode(), before.wardCode(), before.latestIncome(), before.staffCount(),
                before.volunteerCount(), before.foundedOn(), before.qualityMarks(), before.contacts(), before.publicBody(),
                before.controlledByPublicBody(), before.profitDistribution(), before.assetLock(), before.faithBased()),
                true, "test edit");

        SampleExtract newer = first.newer(temp);
        newer.edit("publicextract.charity.txt", line -> {
            String[] f = line.split("\t", -1);
            if (f[2].equals(dropped)) {
                return null;
            }
            if ((f[2].equals(renamed) || f[2].equals(edited)) && f[3].equals("0")) {
                f[4] = f[4] + " Renamed";
            }
            return String.join("\t", f);
        });
        ImportResult result = importExtract(newer.directory, null);

        assertThat(result.counts().updated()).isEqualTo(1);
        assertThat(result.counts().removed()).isEqualTo(1);
        assertThat(result.counts().flagged()).isEqualTo(1);
        assertThat(result.counts().unchanged()).isEqualTo(147);
        UUID renamedId = organisationWithCharityNumber(Long.parseLong(renamed));
        assertThat(register.latestVersion(renamedId).orElseThrow().name()).endsWith(" Renamed");
        assertThat(jdbc.sql("SELECT summary FROM organisations.organisation_version WHERE organisation = ? AND number = 2")
                .param(renamedId).query(String.class).single()).contains("changed name");
        assertThat(jdbc.sql("SELECT status FROM organisations.organisation WHERE id = ?")
                .param(organisationWithCharityNumber(Long.parseLong(dropped))).query(String.class).single())
                .isEqualTo("REMOVED");
        var kept = register.latestVersion(editedId).orElseThrow();
        assertThat(kept.name()).doesNotEndWith(" Renamed");
        assertThat(kept.description()).isEqualTo("Edited in the hub");
        assertThat(jdbc.sql("SELECT message FROM organisations.import_flag WHERE organisation = ?").param(editedId)
                .query(String.class).single()).contains("Renamed");

        ImportResult again = importExtract(newer.directory, null);
        assertThat(again.counts()).usingRecursiveComparison().ignoringFields("skipped")
                .isEqualTo(new ImportCounts(0, 0, 148, 0, 0, 1, 0));
        assertThat(jdbc.sql("SELECT count(*) FROM organisations.import_flag WHERE organisation = ?").param(editedId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void keepsOnlyCharitiesOperatingInTheArea() {
        SampleExtract extract = SampleExtract.copy(temp);
        ImportResult result = importExtract(extract.directory, "E06000042");

        assertThat(result.counts().imported()).isEqualTo(1);
        assertThat(result.counts().skipped()).isEqualTo(453);
        // Only this copy's charities: the same run also marks other tests' charities (absent from this copy) removed.
        UUID id = jdbc.sql("SELECT organisation FROM organisations.organisation_import WHERE run = ?"
                        + " AND source_key::bigint BETWEEN ? AND ?")
                .params(result.run(), extract.offset, extract.offset + 1_999_999).query(UUID.class).single();
        assertThat(jdbc.sql("SELECT area_code FROM organisations.organisation_area WHERE organisation = ?").param(id)
                .query(String.class).list()).contains("E06000042");
    }

    @Test
    void readsAZipOfTheExtract() {
        SampleExtract extract = SampleExtract.copy(temp);
        ImportResult result = importExtract(extract.zip(temp), null);

        assertThat(result.outcome()).isEqualTo(ImportOutcome.SUCCEEDED);
        assertThat(result.counts().imported()).isEqualTo(150);
    }

    @Test
    void reportsMalformedRowsWithTheirLineNumbersAndImportsTheRest() {
        SampleExtract extract = SampleExtract.copy(temp);
        String[] lineNumber = {"1"};
        int[] n = {1};
        extract.edit("publicextract.charity.txt", line -> {
            n[0]++;
            String[] f = line.split("\t", -1);
            if (n[0] == 10) {
                f[1] = "not-a-number";
            } else if (n[0] == 20) {
                f[12] = "lots";
                f[3] = "0";
            } else if (n[0] == 30) {
                return "just\tthree\tfields";
            }
            return String.join("\t", f);
        });
        ImportResult result = importExtract(extract.directory, null);

        assertThat(result.outcome()).isEqualTo(ImportOutcome.SUCCEEDED);
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.problems()).extracting(ImportProblem::toString).containsExactly(
                "publicextract.charity.txt line 10: organisation_number \u201cnot-a-number\u201d is not a whole number",
                "publicextract.charity.txt line 20: latest_income \u201clots\u201d is not a number",
                "publicextract.charity.txt line 30: has 3 fields, the header has 34");
        assertThat(lineNumber[0]).isEqualTo("1");
    }

    @Test
    void refusesAFileThatIsNotTheExtract() throws Exception {
        Path junk = Files.createDirectories(temp.resolve("junk"));
        byte[] bytes = new byte[4096];
        new java.util.Random(1).nextBytes(bytes);
        Files.write(junk.resolve("publicextract.charity.txt"), bytes);
        ImportResult binary = importExtract(junk, null);
        assertThat(binary.outcome()).isEqualTo(ImportOutcome.REFUSED);
        assertThat(binary.message()).contains("not a text file");

        Path wrong = Files.createDirectories(temp.resolve("wrong"));
        Files.writeString(wrong.resolve("publicextract.charity.txt"), "name,number\r\nA,1\r\n");
        ImportResult columns = importExtract(wrong, null);
        assertThat(columns.outcome()).isEqualTo(ImportOutcome.REFUSED);
        assertThat(columns.message()).contains("has no organisation_number");

        ImportResult missing = importExtract(temp.resolve("nowhere"), null);
        assertThat(missing.outcome()).isEqualTo(ImportOutcome.REFUSED);
        assertThat(imports.find(missing.run()).orElseThrow().outcome()).isEqualTo(ImportOutcome.REFUSED);
    }

    @Test
    void aFailureHalfWayLeavesNothingImported() throws Exception {
        SampleExtract extract = SampleExtract.copy(temp);
        byte[] text = notUtf8NearTheEnd(extract);
        imports.batchSize(10);
        try {
            ImportResult result = importExtract(extract.directory, null);
            assertThat(result.outcome()).isEqualTo(ImportOutcome.REFUSED);
            assertThat(result.message()).contains("not valid UTF-8").contains("Nothing was imported");
            assertThat(result.counts().imported()).isZero();
        } finally {
            imports.batchSize(RegisterImports.BATCH_SIZE);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM organisations.organisation_identifier WHERE scheme = 'GB-CHC'"
                + " AND identifier = ?").param(String.valueOf(209617 + extract.offset)).query(Long.class).single()).isZero();
        assertThat(new String(text, 0, 10, StandardCharsets.UTF_8)).startsWith("date_of");
    }

    /** A byte that is not UTF-8 near the end of the main table, past the 64 KB the encoding is judged on. */
    private static byte[] notUtf8NearTheEnd(SampleExtract extract) throws java.io.IOException {
        byte[] text = Files.readAllBytes(extract.charity());
        int at = text.length - 40;
        text[at] = (byte) 0xC3;
        text[at + 1] = (byte) 0x28;
        Files.write(extract.charity(), text);
        return text;
    }

    /** The keys a bulk load added back unchecked are checked in the background after its commit. */
    private void awaitKeysChecked() {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (jdbc.sql("SELECT count(*) FROM pg_constraint WHERE NOT convalidated"
                + " AND connamespace = 'organisations'::regnamespace").query(Long.class).single() > 0) {
            assertThat(System.nanoTime()).as("keys checked within 30 s").isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private List<String> foreignKeysToOrganisations() {
        return jdbc.sql("""
                SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
                WHERE contype = 'f' AND confrelid = 'organisations.organisation'::regclass ORDER BY 1""")
                .query(String.class).list();
    }

    @Test
    void aFirstImportIntoAnEmptyRegisterLoadsWithoutForeignKeyChecksAndRestoresThem() {
        // The shared test register is not empty, so the bulk load is asked for as if it were.
        List<String> keys = foreignKeysToOrganisations();
        SampleExtract extract = SampleExtract.copy(temp);
        imports.bulkLoad(true);
        try {
            ImportResult result = importExtract(extract.directory, null);
            assertThat(result.succeeded()).isTrue();
            assertThat(result.counts().imported()).isEqualTo(150);
        } finally {
            imports.bulkLoad(false);
        }
        awaitKeysChecked();
        assertThat(foreignKeysToOrganisations()).isEqualTo(keys);
        assertThat(versionsOfThisExtract(extract)).isEqualTo(150);
        assertThat(jdbc.sql("SELECT count(*) FROM pg_trigger WHERE tgname LIKE '%\\_directory\\_%' AND tgenabled <> 'O'")
                .query(Long.class).single()).isZero();
        var newest = jdbc.sql("""
                SELECT o.name, i.identifier FROM organisations.organisation o
                JOIN organisations.organisation_identifier i ON i.organisation = o.id AND i.scheme = 'GB-CHC'
                WHERE o.deleted_at IS NULL AND o.merged_into IS NULL AND NOT o.pending_approval
                ORDER BY o.created_at DESC LIMIT 1""").query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();
        assertThat(search.search(new org.thirdsectorhub.organisations.directory.DirectoryQuery(newest.get(1), null, null,
                null, null, null, null, null, null, 1, 5), false).items())
                .extracting(org.thirdsectorhub.organisations.directory.DirectoryEntry::name).contains(newest.get(0));
    }

    @Test
    void aFirstImportIntoAnEmptyRegisterCopiesEveryCharityAndReportsANumberThatComesTwice() {
        SampleExtract extract = SampleExtract.copy(temp);
        List<String> lines = new java.util.ArrayList<>(SampleExtract.read(extract.charity()));
        int linked = List.of(lines.get(0).split("\t", -1)).indexOf("linked_charity_number");
        String main = lines.stream().skip(1).filter(line -> line.split("\t", -1)[linked].equals("0")).findFirst()
                .orElseThrow();
        lines.add(main);
        SampleExtract.write(extract.charity(), lines);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            // The shared test register is emptied inside this transaction only: it is rolled back at the end.
            jdbc.sql("DELETE FROM organisations.organisation").update();

            ImportResult result = importExtract(extract.directory, null);

            assertThat(result.succeeded()).isTrue();
            assertThat(result.counts().imported()).isEqualTo(150);
            assertThat(result.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.line()).isEqualTo(lines.size());
                assertThat(problem.reason()).contains("came on an earlier row already");
            });
            assertThat(jdbc.sql("""
                    SELECT count(DISTINCT o.id) FROM organisations.organisation o
                    JOIN organisations.organisation_version v ON v.organisation = o.id AND v.number = 1
                    JOIN organisations.organisation_import i ON i.organisation = o.id AND i.source = 'CHARITY_COMMISSION'
                    JOIN organisations.classification c ON c.organisation = o.id AND c.current
                    JOIN organisations.classification_reasons r ON r.id = c.reasons_id
                    JOIN organisations.organisation_identifier d ON d.organisation = o.id AND d.scheme = 'GB-CHC'""")
                    .query(Long.class).single()).as("every table filled for every charity").isEqualTo(150);
            assertThat(register.latestVersion(organisationWithCharityNumber(209617 + extract.offset)).orElseThrow().name())
                    .isEqualTo("Mohammad town Health Foundation");
            status.setRollbackOnly();
        });
        assertThat(versionsOfThisExtract(extract)).isZero();
    }

    @Test
    void aBulkLoadThatFailsHalfWayLeavesNothingImportedAndTheForeignKeysInPlace() throws Exception {
        List<String> keys = foreignKeysToOrganisations();
        SampleExtract extract = SampleExtract.copy(temp);
        notUtf8NearTheEnd(extract);
        imports.batchSize(10);
        imports.bulkLoad(true);
        try {
            assertThat(importExtract(extract.directory, null).outcome()).isEqualTo(ImportOutcome.REFUSED);
        } finally {
            imports.batchSize(RegisterImports.BATCH_SIZE);
            imports.bulkLoad(false);
        }
        assertThat(versionsOfThisExtract(extract)).isZero();
        assertThat(foreignKeysToOrganisations()).isEqualTo(keys);
    }

    @Test
    void theProfileHashIgnoresSetOrder() {
        var a = new OrganisationDraft("A", null, org.thirdsectorhub.organisations.LegalForm.OTHER, null, null, null, null,
                java.util.Set.of("101", "102", "103", "104"), null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, false, false, null, false, false);
        var b = new OrganisationDraft("A", null, org.thirdsectorhub.organisations.LegalForm.OTHER, null, null, null, null,
                new java.util.TreeSet<>(List.of("104", "103", "102", "101")), null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, false, false, null, false, false);
        assertThat(OrganisationBatchStore.hash(a)).isEqualTo(OrganisationBatchStore.hash(b));
    }

    @Test
    void theProfileHashIsTheOneEarlierImportsStoredSoTheNextImportFindsNothingChanged() throws Exception {
        var draft = new OrganisationDraft("Wolverton \u00e9 Trust", List.of(new OrganisationDraft.OtherName("Old", true)),
                org.thirdsectorhub.organisations.LegalForm.CHARITABLE_TRUST, null, "Runs things", null,
                List.of(org.thirdsectorhub.shared.identifiers.OrgId.of(
                        org.thirdsectorhub.shared.identifiers.OrgIdScheme.GB_CHC, "1000123").orElseThrow()),
                java.util.Set.of("101", "205", "302"), null, java.util.Set.of("E05009396"), "https://example.org",
                null, null, "1 High Street", "Milton Keynes", "MK9 3HS", null, new java.math.BigDecimal("1234.50"), null,
                null, java.time.LocalDate.of(1990, 1, 2), null, null, false, false, null, false, false);
        // The hash as first written, by reflection over the record's components.
        StringBuilder text = new StringBuilder();
        for (var component : OrganisationDraft.class.getRecordComponents()) {
            Object value = component.getAccessor().invoke(draft);
            if (value instanceof java.util.Collection<?> values) {
                value = values.stream().map(String::valueOf).sorted().toList();
            }
            text.append(component.getName()).append('=').append(value).append('\u0001');
        }
        String expected = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(OrganisationBatchStore.hash(draft)).isEqualTo(expected);
    }

    private long versionsOfThisExtract(SampleExtract extract) {
        return jdbc.sql("""
                SELECT count(*) FROM organisations.organisation_version v JOIN organisations.organisation_import r
                  ON r.organisation = v.organisation WHERE r.source = 'CHARITY_COMMISSION' AND r.source_key::bigint >= ?
                  AND r.source_key::bigint < ?""").params(extract.offset, extract.offset + 2_000_000).query(Long.class).single();
    }

    @Test
    void aRunLeftRunningByAStoppedHubIsMarkedFailedButALiveOneIsNot() throws Exception {
        UUID abandoned = UUID.randomUUID();
        UUID alive = UUID.randomUUID();
        for (UUID run : List.of(abandoned, alive)) {
            jdbc.sql("""
                    INSERT INTO organisations.import_run (id, kind, file_name, started_by, started_at)
                    VALUES (?, 'CHARITY_COMMISSION', 'extract.zip', 'a test', now() - interval '1 hour')""")
                    .param(run).update();
        }
        // Another node's import transaction holds its run's lock for as long as it runs.
        try (java.sql.Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (var lock = other.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
                lock.setString(1, "organisations.import." + alive);
                lock.execute();
            }
            jobs.failInterruptedRuns();
            other.rollback();
        }
        assertThat(jdbc.sql("SELECT outcome FROM organisations.import_run WHERE id = ?").param(abandoned)
                .query(String.class).single()).isEqualTo("FAILED");
        assertThat(jdbc.sql("SELECT message FROM organisations.import_run WHERE id = ?").param(abandoned)
                .query(String.class).single()).contains("Upload the file again");
        assertThat(jdbc.sql("SELECT outcome FROM organisations.import_run WHERE id = ?").param(alive)
                .query(String.class).single()).isEqualTo("RUNNING");
        jdbc.sql("UPDATE organisations.import_run SET outcome = 'FAILED' WHERE id = ?").param(alive).update();
    }
}
