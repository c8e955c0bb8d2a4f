package org.thirdsectorhub.socialvalue.proxy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.thirdsectorhub.audit.AuditTrail;
import org.thirdsectorhub.audit.AuditedChange;

/**
 * Imports a CSV of proxies an administrator holds the rights to. Streams the file and writes in
 * batches, all or nothing: if any row fails, nothing is kept and the report lists every failed row.
 *
 * <p>Columns (header row required, any order, case-insensitive): name, category, value, unit,
 * price_year, source, licence, and optionally notes and source_url.
 */
@Service
public class ProxyImport {

    public static final List<String> REQUIRED = List.of("name", "category", "value", "unit", "price_year", "source", "licence");
    public static final List<String> OPTIONAL = List.of("notes", "source_url");
    static final int BATCH = 500;
    static final int MAX_LENGTH = 2000;

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ProxyImport(JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param fileName the uploaded file's name, for the audit trail
     * @param content the file, UTF-8
     * @param importedBy the administrator
     * @return how many rows were imported, or every problem found
     */
    @Transactional
    public Report importCsv(String fileName, InputStream content, UUID importedBy) {
        List<RowProblem> problems = new ArrayList<>();
        List<Object[]> batch = new ArrayList<>(BATCH);
        int imported = 0;
        int rows = 0;
        Instant now = Instant.now(clock);
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new BufferedReader(new InputStreamReader(content, decoder));
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                        .setIgnoreEmptyLines(true).setIgnoreHeaderCase(true).get().parse(skipBom(reader))) {
            Map<String, Integer> header = parser.getHeaderMap().entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT).strip(), Map.Entry::getValue,
                            (a, b) -> a));
            List<String> missing = REQUIRED.stream().filter(column -> !header.containsKey(column)).toList();
            if (!missing.isEmpty()) {
                return failed(List.of(new RowProblem(1, "The header row must have the columns "
                        + String.join(", ", REQUIRED) + "; missing: " + String.join(", ", missing))), 0);
            }
            for (CSVRecord record : parser) {
                rows++;
                long line = record.getRecordNumber() + 1;
                Object[] values = row(record, header, line, problems, importedBy, now);
                if (values != null && problems.isEmpty()) {
                    batch.add(values);
                    if (batch.size() == BATCH) {
                        imported += flush(batch);
                    }
                }
            }
        } catch (CharacterCodingException e) {
            return failed(List.of(new RowProblem(0, "The file is not UTF-8 text. Save it as \"CSV UTF-8\" and try again")), rows);
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException | IOException e) {
            if (e.getCause() instanceof CharacterCodingException || e instanceof CharacterCodingException) {
                return failed(List.of(new RowProblem(0, "The file is not UTF-8 text. Save it as \"CSV UTF-8\" and try again")), rows);
            }
            problems.add(new RowProblem(rows + 2, "The file could not be read as CSV after this row: check for a quote mark that is not closed"));
            return failed(problems, rows);
        }
        if (!problems.isEmpty()) {
            return failed(problems, rows);
        }
        if (rows == 0) {
            return failed(List.of(new RowProblem(0, "The file has no rows of proxies under the header row")), 0);
        }
        imported += flush(batch);
        audit.record(new AuditedChange("socialvalue", "proxy", null, "imported",
                "Imported " + imported + " proxies into the proxy library from " + fileName));
        return new Report(imported, rows, List.of());
    }

    private Report failed(List<RowProblem> problems, int rows) {
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        return new Report(0, rows, problems);
    }

    private int flush(List<Object[]> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        jdbc.batchUpdate("""
                INSERT INTO socialvalue.proxy (id, name, category, value, unit, price_year, source, licence, notes,
                    source_url, imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch);
        int size = batch.size();
        batch.clear();
        return size;
    }

    private static Object[] row(CSVRecord record, Map<String, Integer> header, long line, List<RowProblem> problems,
            UUID importedBy, Instant now) {
        List<String> wrong = new ArrayList<>();
        String name = text(record, header, "name", true, wrong);
        String category = text(record, header, "category", true, wrong);
        String unit = text(record, header, "unit", true, wrong);
        String source = text(record, header, "source", true, wrong);
        String licence = text(record, header, "licence", true, wrong);
        String notes = text(record, header, "notes", false, wrong);
        String sourceUrl = text(record, header, "source_url", false, wrong);
        BigDecimal value = null;
        String valueText = text(record, header, "value", true, wrong);
        if (valueText != null) {
            try {
                value = new BigDecimal(valueText.replace(",", "").replace("£", ""));
                if (value.signum() < 0 || value.precision() - value.scale() > 15 || value.scale() > 4) {
                    wrong.add("value must be a number of 0 or more with at most 4 decimal places");
                    value = null;
                }
            } catch (NumberFormatException e) {
                wrong.add("value must be a number, like 1250.50");
            }
        }
        Integer priceYear = null;
        String yearText = text(record, header, "price_year", true, wrong);
        if (yearText != null) {
            try {
                priceYear = Integer.parseInt(yearText);
                if (priceYear < 1900 || priceYear > 2100) {
                    wrong.add("price_year must be a year between 1900 and 2100");
                    priceYear = null;
                }
            } catch (NumberFormatException e) {
                wrong.add("price_year must be a year, like 2024");
            }
        }
        if (sourceUrl != null && !sourceUrl.matches("(?i)https?://\\S+")) {
            wrong.add("source_url must start with http:// or https://");
        }
        if (!wrong.isEmpty()) {
            problems.add(new RowProblem(line, String.join("; ", wrong)));
            return null;
        }
        return new Object[] {UUID.randomUUID(), name, category, value, unit, priceYear, source, licence, notes, sourceUrl,
                importedBy, Timestamp.from(now)};
    }

    private static String text(CSVRecord record, Map<String, Integer> header, String column, boolean required,
            List<String> wrong) {
        Integer index = header.get(column);
        String value = index == null || index >= record.size() ? null : record.get(index);
        if (value == null || value.isBlank()) {
            if (required) {
                wrong.add(column + " is missing");
            }
            return null;
        }
        if (value.length() > MAX_LENGTH) {
            wrong.add(column + " must be " + MAX_LENGTH + " characters or fewer");
            return null;
        }
        return value.strip();
    }

    private static Reader skipBom(Reader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    /**
     * @param imported rows written (0 when any failed)
     * @param rows data rows read
     * @param problems every failed row, with its line number in the file (0 for the file as a whole)
     */
    public record Report(int imported, int rows, List<RowProblem> problems) {
        public boolean succeeded() {
            return problems.isEmpty();
        }
    }

    public record RowProblem(long line, String message) {}
}
