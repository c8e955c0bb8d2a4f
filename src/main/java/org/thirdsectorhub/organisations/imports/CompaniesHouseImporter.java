package org.thirdsectorhub.organisations.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.thirdsectorhub.organisations.LegalForm;
import org.thirdsectorhub.organisations.OrganisationDraft;
import org.thirdsectorhub.organisations.OrganisationStatus;
import org.thirdsectorhub.organisations.ProfitDistribution;
import org.thirdsectorhub.organisations.register.OrganisationBatchStore;
import org.thirdsectorhub.shared.geography.Postcode;
import org.thirdsectorhub.shared.identifiers.OrgId;
import org.thirdsectorhub.shared.identifiers.OrgIdScheme;

/**
 * Imports Companies House "BasicCompanyData" CSV: community interest companies, registered societies
 * and companies limited by guarantee; every other category is skipped and counted. A company already in
 * the register under its company number (a charitable company from the Charity Commission, say) is
 * linked to this source but not overwritten: Companies House says less about it than the Commission.
 */
final class CompaniesHouseImporter {

    static final List<String> REQUIRED = List.of("CompanyName", "CompanyNumber", "CompanyCategory", "CompanyStatus");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final OrganisationBatchStore store;
    private int batches;
    private final int batchSize;

    CompaniesHouseImporter(OrganisationBatchStore store, int batchSize) {
        this.store = store;
        this.batchSize = batchSize;
    }

    void run(Path file, String label, OrganisationBatchStore.Session session, ImportProgress progress) {
        TextDecoding.Decoded decoded = TextDecoding.open(file, label);
        List<OrganisationBatchStore.Incoming> batch = new ArrayList<>(batchSize);
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreSurroundingSpaces(true).get().parse(decoded.reader())) {
            Map<String, String> columns = new HashMap<>();
            parser.getHeaderNames().forEach(name -> columns.put(name.strip(), name));
            List<String> missing = REQUIRED.stream().filter(name -> !columns.containsKey(name)).toList();
            if (!missing.isEmpty()) {
                throw new ImportRefused(label + " is not Companies House basic company data: its header has no "
                        + String.join(", ", missing) + ".");
            }
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                progress.rowRead();
                if (!record.isConsistent()) {
                    progress.problem(new ImportProblem(label, line, "has " + record.size() + " fields, the header has "
                            + columns.size()));
                    continue;
                }
                Row row = name -> {
                    String column = columns.get(name);
                    String value = column == null ? null : record.get(column);
                    return value == null || value.isBlank() ? null : value.strip();
                };
                LegalForm form = legalForm(row.get("CompanyCategory"));
                if (form == null) {
                    progress.skipped(1);
                    continue;
                }
                try {
                    OrganisationDraft draft = draft(row, form);
                    OrgId company = draft.identifiers().get(0);
                    batch.add(new OrganisationBatchStore.Incoming(company.identifier(), company, draft));
                } catch (IllegalArgumentException e) {
                    progress.problem(new ImportProblem(label, line, e.getMessage()));
                    continue;
                }
                if (batch.size() >= batchSize) {
                    flush(session, batch, progress);
                }
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ImportRefused(TextDecoding.badEncoding(label, 0, e), e);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof java.nio.charset.CharacterCodingException coding) {
                throw new ImportRefused(TextDecoding.badEncoding(label, 0, coding), e);
            }
            throw new ImportRefused(label + " is not a readable CSV file: " + e.getMessage(), e);
        } catch (IOException | IllegalStateException e) {
            throw new ImportRefused(label + " is not a readable CSV file: " + e.getMessage(), e);
        }
        flush(session, batch, progress);
    }

    private void flush(OrganisationBatchStore.Session session, List<OrganisationBatchStore.Incoming> batch,
            ImportProgress progress) {
        if (batch.isEmpty()) {
            return;
        }
        OrganisationBatchStore.Outcome outcome = store.write(session, batch);
        // Statistics after the first batch and then every 50, so the planner knows how big the tables are.
        if (++batches % 50 == 1) {
            store.analyse();
        }
        progress.imported(outcome.imported());
        progress.updated(outcome.updated());
        progress.unchanged(outcome.unchanged());
        progress.flagged(outcome.flagged());
        batch.clear();
    }

    interface Row {
        String get(String column);
    }

    /**
     * The categories imported. Registered societies (and the older "Industrial and Provident Society")
     * are recorded as co-operative societies: the basic data does not say which are community benefit societies.
     */
    static LegalForm legalForm(String category) {
        if (category == null) {
            return null;
        }
        String c = category.toUpperCase(Locale.ROOT);
        if (c.equals("COMMUNITY INTEREST COMPANY")) {
            return LegalForm.COMMUNITY_INTEREST_COMPANY;
        }
        if (c.startsWith("PRI/LTD BY GUAR") || c.startsWith("PRI/LBG")) {
            return LegalForm.COMPANY_LIMITED_BY_GUARANTEE;
        }
        if (c.equals("REGISTERED SOCIETY") || c.equals("INDUSTRIAL AND PROVIDENT SOCIETY")) {
            return LegalForm.COOPERATIVE_SOCIETY;
        }
        return null;
    }

    static OrganisationDraft draft(Row row, LegalForm form) {
        String name = row.get("CompanyName");
        if (name == null) {
            throw new IllegalArgumentException("CompanyName is empty");
        }
        String number = row.get("CompanyNumber");
        OrgId company = OrgId.of(OrgIdScheme.GB_COH, number == null ? "" : number).orElseThrow(() ->
                new IllegalArgumentException("CompanyNumber " + CharityCommissionImporter.quoted(number)
                        + " is not a company number"));
        String status = row.get("CompanyStatus");
        OrganisationStatus state = status != null && status.toUpperCase(Locale.ROOT).contains("DISSOLVED")
                ? OrganisationStatus.DISSOLVED : OrganisationStatus.ACTIVE;
        List<String> address = new ArrayList<>();
        for (String column : List.of("RegAddress.CareOf", "RegAddress.POBox", "RegAddress.AddressLine1",
                "RegAddress.AddressLine2")) {
            if (row.get(column) != null) {
                address.add(row.get(column));
            }
        }
        List<String> sic = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            if (row.get("SICCode.SicText_" + i) != null && !row.get("SICCode.SicText_" + i).equalsIgnoreCase("None Supplied")) {
                sic.add(row.get("SICCode.SicText_" + i));
            }
        }
        List<OrganisationDraft.OtherName> previous = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            String former = row.get("PreviousName_" + i + ".CompanyName");
            if (former != null && !former.equalsIgnoreCase(name)) {
                previous.add(new OrganisationDraft.OtherName(former, true));
            }
        }
        boolean cic = form == LegalForm.COMMUNITY_INTEREST_COMPANY;
        return new OrganisationDraft(name, previous, form, state,
                sic.isEmpty() ? "" : "Nature of business: " + String.join("; ", sic),
                cic ? "Community interest company: it passed the community interest test" : null,
                List.of(company), Set.of(), Set.of(), Set.of(), null, null, null,
                address.isEmpty() ? null : String.join(", ", address), row.get("RegAddress.PostTown"),
                Postcode.parse(row.get("RegAddress.PostCode")).map(Postcode::value).orElse(null), null, null, null,
                null, date(row.get("IncorporationDate")), List.of(), List.of(), false, false,
                form == LegalForm.COOPERATIVE_SOCIETY ? ProfitDistribution.TO_MEMBERS : ProfitDistribution.NONE, cic,
                false);
    }

    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("IncorporationDate " + CharityCommissionImporter.quoted(text)
                    + " is not a date (dd/mm/yyyy)");
        }
    }
}
