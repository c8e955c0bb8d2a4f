package org.thirdsectorhub.organisations.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.thirdsectorhub.organisations.LegalForm;
import org.thirdsectorhub.organisations.OrganisationDraft;
import org.thirdsectorhub.organisations.ProfitDistribution;
import org.thirdsectorhub.organisations.register.OrganisationBatchStore;
import org.thirdsectorhub.shared.geography.Postcode;
import org.thirdsectorhub.shared.identifiers.OrgId;
import org.thirdsectorhub.shared.identifiers.OrgIdScheme;

/**
 * Imports the local spreadsheet template (CSV or XLSX, see {@link SpreadsheetTemplate}). A row is matched
 * to the register by charity number, else company number, else by name and postcode.
 */
final class SpreadsheetImporter {

    private static final Map<String, LegalForm> FORMS = new HashMap<>();

    static {
        for (LegalForm form : LegalForm.values()) {
            FORMS.put(key(form.name()), form);
        }
        FORMS.put("CIO", LegalForm.CHARITABLE_INCORPORATED_ORGANISATION);
        FORMS.put("CIC", LegalForm.COMMUNITY_INTEREST_COMPANY);
        FORMS.put("CO OPERATIVE SOCIETY", LegalForm.COOPERATIVE_SOCIETY);
        FORMS.put("CO OPERATIVE", LegalForm.COOPERATIVE_SOCIETY);
        FORMS.put("COOPERATIVE", LegalForm.COOPERATIVE_SOCIETY);
        FORMS.put("CLG", LegalForm.COMPANY_LIMITED_BY_GUARANTEE);
        FORMS.put("UNINCORPORATED", LegalForm.UNINCORPORATED_ASSOCIATION);
        FORMS.put("CHARITY", LegalForm.CHARITABLE_TRUST);
    }

    private final OrganisationBatchStore store;
    private int batches;
    private final Set<String> knownAreas;
    private final Set<String> knownCodes;
    private final Map<String, String> wards;
    private final int batchSize;

    SpreadsheetImporter(OrganisationBatchStore store, Set<String> knownAreas, Set<String> knownCodes,
            Map<String, String> wards, int batchSize) {
        this.store = store;
        this.knownAreas = knownAreas;
        this.knownCodes = knownCodes;
        this.wards = wards;
        this.batchSize = batchSize;
    }

    void run(Path file, String label, OrganisationBatchStore.Session session, ImportProgress progress) {
        List<OrganisationBatchStore.Incoming> batch = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        Header[] header = {null};
        RowSink sink = (line, cells) -> {
            if (header[0] == null) {
                header[0] = Header.of(cells, label);
                return;
            }
            if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                return;
            }
            progress.rowRead();
            try {
                OrganisationBatchStore.Incoming incoming = incoming(header[0], cells);
                Long earlier = seen.putIfAbsent(incoming.sourceKey(), line);
                if (earlier != null) {
                    throw new IllegalArgumentException("the same organisation as line " + earlier);
                }
                batch.add(incoming);
            } catch (IllegalArgumentException e) {
                progress.problem(new ImportProblem(label, line, e.getMessage()));
                return;
            }
            if (batch.size() >= batchSize) {
                flush(session, batch, progress);
            }
        };
        if (isZip(file)) {
            XlsxRows.read(file, label, sink::row);
        } else {
            readCsv(file, label, sink);
        }
        if (header[0] == null) {
            throw new ImportRefused(label + " is empty: it has no header row.");
        }
        flush(session, batch, progress);
    }

    interface RowSink {
        void row(Long line, List<String> cells);
    }

    private static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            if (magic.length == 4 && (magic[0] & 0xFF) == 0xD0 && (magic[1] & 0xFF) == 0xCF) {
                throw new ImportRefused(file.getFileName() + " is an old Excel (.xls) workbook: save it as .xlsx or CSV.");
            }
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void readCsv(Path file, String label, RowSink sink) {
        TextDecoding.Decoded decoded = TextDecoding.open(file, label);
        try (CSVParser parser = CSVFormat.DEFAULT.parse(decoded.reader())) {
            long line = 1;
            for (CSVRecord record : parser) {
                sink.row(line, record.toList());
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof java.nio.charset.CharacterCodingException coding) {
                throw new ImportRefused(TextDecoding.badEncoding(label, 0, coding), e);
            }
            throw new ImportRefused(label + " is not a readable CSV file: " + cause.getMessage(), e);
        }
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

    /** Column positions by name. */
    record Header(Map<String, Integer> columns) {

        static Header of(List<String> cells, String label) {
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                String name = cells.get(i) == null ? "" : cells.get(i).replace("\uFEFF", "").strip()
                        .toLowerCase(Locale.ROOT).replace(' ', '_');
                if (!name.isEmpty()) {
                    columns.putIfAbsent(name, i);
                }
            }
            List<String> missing = SpreadsheetTemplate.COLUMNS.stream().filter(SpreadsheetTemplate.Column::required)
                    .map(SpreadsheetTemplate.Column::name).filter(name -> !columns.containsKey(name)).toList();
            if (!missing.isEmpty()) {
                throw new ImportRefused(label + " does not follow the template: its first row has no "
                        + String.join(" or ", missing) + " column. Download the template and copy your rows into it.");
            }
            return new Header(columns);
        }

        String get(List<String> cells, String column) {
            Integer index = columns.get(column);
            if (index == null || index >= cells.size() || cells.get(index) == null) {
                return null;
            }
            String value = cells.get(index).strip();
            return value.isEmpty() ? null : value;
        }
    }

    OrganisationBatchStore.Incoming incoming(Header h, List<String> cells) {
        List<String> problems = new ArrayList<>();
        String name = h.get(cells, "name");
        if (name == null) {
            problems.add("name is empty");
        }
        String formText = h.get(cells, "legal_form");
        LegalForm form = formText == null ? null : FORMS.get(key(formText));
        if (form == null) {
            problems.add(formText == null ? "legal_form is empty" : "legal_form " + quoted(formText) + " is not one we know");
        }
        String postcodeText = h.get(cells, "postcode");
        String postcode = postcodeText == null ? null : Postcode.parse(postcodeText).map(Postcode::value).orElse(null);
        if (postcodeText != null && postcode == null) {
            problems.add("postcode " + quoted(postcodeText) + " is not a UK postcode");
        }
        String wardText = h.get(cells, "ward");
        String ward = wardText == null ? null : wards.get(wardText.toUpperCase(Locale.ROOT));
        if (wardText != null && ward == null) {
            problems.add("ward " + quoted(wardText) + " is not a ward of the district");
        }
        String email = h.get(cells, "email");
        if (email != null && !email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            problems.add("email " + quoted(email) + " is not an email address");
        }
        List<OrgId> identifiers = new ArrayList<>();
        OrgId charity = identifier(h.get(cells, "charity_number"), OrgIdScheme.GB_CHC, "charity_number", problems);
        OrgId company = identifier(h.get(cells, "company_number"), OrgIdScheme.GB_COH, "company_number", problems);
        if (charity != null) {
            identifiers.add(charity);
        }
        if (company != null) {
            identifiers.add(company);
        }
        Set<String> purposes = new LinkedHashSet<>();
        for (String code : list(h.get(cells, "purposes"))) {
            if (knownCodes.contains(code)) {
                purposes.add(code);
            } else {
                problems.add("purpose " + quoted(code) + " is not a Charity Commission code (101 to 310)");
            }
        }
        Integer staff = count(h.get(cells, "staff"), "staff", problems);
        Integer volunteers = count(h.get(cells, "volunteers"), "volunteers", problems);
        BigDecimal income = null;
        String incomeText = h.get(cells, "income");
        if (incomeText != null) {
            try {
                income = new BigDecimal(incomeText.replace(",", "").replace("\u00A3", "").strip());
                if (income.signum() < 0 || income.precision() - income.scale() > 13) {
                    problems.add("income " + quoted(incomeText) + " is out of range");
                }
            } catch (NumberFormatException e) {
                problems.add("income " + quoted(incomeText) + " is not an amount of money");
            }
        }
        LocalDate founded = founded(h.get(cells, "founded"), problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        Set<String> areas = ward != null && knownAreas.contains(ward) ? Set.of(ward) : Set.of();
        OrganisationDraft draft = new OrganisationDraft(name, List.of(), form, null, h.get(cells, "description"),
                h.get(cells, "social_purpose"), identifiers, purposes, new LinkedHashSet<>(list(h.get(cells, "tags"))), areas,
                h.get(cells, "website"), email, h.get(cells, "phone"), h.get(cells, "address"), h.get(cells, "town"),
                postcode, ward, income, staff, volunteers, founded, List.of(), List.of(), false, false,
                form == LegalForm.COOPERATIVE_SOCIETY ? ProfitDistribution.TO_MEMBERS : ProfitDistribution.NONE,
                form == LegalForm.COMMUNITY_INTEREST_COMPANY, false);
        OrgId match = charity != null ? charity : company;
        String key = match != null ? match.toString()
                : "name:" + name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + "|"
                        + (postcode == null ? "" : postcode);
        return new OrganisationBatchStore.Incoming(key, match, draft);
    }

    private static OrgId identifier(String text, OrgIdScheme scheme, String column, List<String> problems) {
        if (text == null) {
            return null;
        }
        return OrgId.of(scheme, text).orElseGet(() -> {
            problems.add(column + " " + quoted(text) + " is not a valid " + scheme.register() + " number");
            return null;
        });
    }

    private static Integer count(String text, String column, List<String> problems) {
        if (text == null) {
            return null;
        }
        String whole = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
        if (whole.matches("[0-9]{1,7}")) {
            return Integer.parseInt(whole);
        }
        problems.add(column + " " + quoted(text) + " is not a whole number");
        return null;
    }

    private static LocalDate founded(String text, List<String> problems) {
        if (text == null) {
            return null;
        }
        if (text.matches("(1[6-9]|20)[0-9]{2}")) {
            return LocalDate.of(Integer.parseInt(text), 1, 1);
        }
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            problems.add("founded " + quoted(text) + " is not a year or a date (yyyy-mm-dd)");
            return null;
        }
    }

    private static List<String> list(String text) {
        if (text == null) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split("[;,]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String key(String text) {
        return text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", " ").strip();
    }

    private static String quoted(String text) {
        return CharityCommissionImporter.quoted(text);
    }
}
