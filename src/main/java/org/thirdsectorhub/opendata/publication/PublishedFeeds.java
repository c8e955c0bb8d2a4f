package org.thirdsectorhub.opendata.publication;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The public feeds: the records of a dataset's latest publication, exactly as they were validated, streamed
 * from a database cursor into the response (the JSON documents are copied as they are, never parsed again).
 */
@Service
public class PublishedFeeds {

    private final Publications publications;
    private final PackageEnvelopes envelopes;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final JsonMapper json;

    PublishedFeeds(Publications publications, PackageEnvelopes envelopes, DataSource dataSource,
            PlatformTransactionManager transactions, JsonMapper json) {
        this.publications = publications;
        this.envelopes = envelopes;
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(2000);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.json = json;
    }

    /** The 360Giving package or the OCDS release package of the latest publication. */
    public void writePackage(Dataset dataset, OutputStream out) {
        PublicationSummary latest = publications.latest(dataset).orElseThrow(NotPublished::new);
        ObjectNode envelope = envelopes.envelope(dataset, latest.publishedAt());
        try (JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartObject();
            for (Map.Entry<String, JsonNode> field : envelope.properties()) {
                generator.writeName(field.getKey());
                generator.writeTree(field.getValue());
            }
            generator.writeName(PackageEnvelopes.recordsField(dataset));
            generator.writeStartArray();
            forEachDocument(dataset, generator::writeRawValue);
            generator.writeEndArray();
            generator.writeEndObject();
        }
    }

    /** The published grants flattened to the 360Giving spreadsheet titles, as CSV. */
    public void writeCsv(OutputStream out) {
        requirePublished();
        List<SpreadsheetColumns.Column> columns = SpreadsheetColumns.forLocations(mostLocations());
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
            printer.printRecord(columns.stream().map(SpreadsheetColumns.Column::title).toList());
            forEachDocument(Dataset.GRANTS, document -> {
                JsonNode grant = json.readTree(document);
                try {
                    for (SpreadsheetColumns.Column column : columns) {
                        printer.print(column.valueIn(grant));
                    }
                    printer.println();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same as an XLSX workbook with one sheet named grants, written with a bounded window of rows. */
    public void writeXlsx(OutputStream out) {
        requirePublished();
        List<SpreadsheetColumns.Column> columns = SpreadsheetColumns.forLocations(mostLocations());
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            SXSSFSheet sheet = workbook.createSheet("grants");
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i).title());
            }
            int[] next = {1};
            forEachDocument(Dataset.GRANTS, document -> {
                JsonNode grant = json.readTree(document);
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < columns.size(); i++) {
                    String value = columns.get(i).valueIn(grant);
                    if (i == 4 && !value.isEmpty()) {
                        row.createCell(i).setCellValue(Double.parseDouble(value));
                    } else {
                        row.createCell(i).setCellValue(value);
                    }
                }
            });
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private void requirePublished() {
        if (publications.latest(Dataset.GRANTS).isEmpty()) {
            throw new NotPublished();
        }
    }

    private int mostLocations() {
        Integer most = jdbc.queryForObject(
                "SELECT coalesce(max(locations), 0) FROM opendata.published_record WHERE dataset = 'GRANTS'", Integer.class);
        return most == null ? 0 : most;
    }

    private void forEachDocument(Dataset dataset, Consumer<String> sink) {
        readOnly.executeWithoutResult(status -> jdbc.query(
                "SELECT document FROM opendata.published_record WHERE dataset = ? ORDER BY position",
                rs -> {
                    sink.accept(rs.getString(1));
                }, dataset.name()));
    }

    /** The dataset has never been published: there is nothing to serve yet. */
    public static class NotPublished extends RuntimeException {
        public NotPublished() {
            super("not published yet");
        }
    }
}
