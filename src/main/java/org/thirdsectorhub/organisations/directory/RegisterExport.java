package org.thirdsectorhub.organisations.directory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole register as CSV or XLSX, streamed row by row from a database cursor into the response,
 * so memory stays flat however large the register is.
 */
@Service
public class RegisterExport {

    static final List<String> COLUMNS = List.of("id", "name", "other_names", "legal_form", "kind", "third_sector",
            "status", "identifiers", "description", "purposes", "beneficiaries", "address", "town", "postcode",
            "ward_code", "ward", "website", "email", "phone", "income_band", "latest_income", "staff", "volunteers",
            "founded_on", "quality_marks", "updated_at");

    private static final String QUERY = """
            SELECT o.id, o.name,
                   (SELECT string_agg(n.name, '; ' ORDER BY n.name) FROM organisations.organisation_other_name n WHERE n.organisation = o.id) AS other_names,
                   o.legal_form, coalesce(c.kind, 'NOT_THIRD_SECTOR') AS kind, coalesce(c.third_sector, FALSE) AS third_sector,
                   o.status,
                   (SELECT string_agg(i.scheme || '-' || i.identifier, '; ' ORDER BY i.scheme) FROM organisations.organisation_identifier i WHERE i.organisation = o.id) AS identifiers,
                   o.description,
                   (SELECT string_agg(t.name, '; ' ORDER BY t.code) FROM organisations.organisation_classification oc
                      JOIN organisations.taxonomy_term t ON t.taxonomy = oc.taxonomy AND t.code = oc.code
                      WHERE oc.organisation = o.id AND t.category = 'theme') AS purposes,
                   (SELECT string_agg(t.name, '; ' ORDER BY t.code) FROM organisations.organisation_classification oc
                      JOIN organisations.taxonomy_term t ON t.taxonomy = oc.taxonomy AND t.code = oc.code
                      WHERE oc.organisation = o.id AND t.category = 'beneficiaries') AS beneficiaries,
                   o.address_line AS address, o.town, o.postcode, o.ward_code, w.name AS ward, o.website, o.email, o.phone,
                   o.income_band, o.latest_income, o.staff_count AS staff, o.volunteer_count AS volunteers, o.founded_on,
                   (SELECT string_agg(q.mark, '; ' ORDER BY q.mark) FROM organisations.organisation_quality_mark q WHERE q.organisation = o.id) AS quality_marks,
                   o.updated_at
            FROM organisations.organisation o
            LEFT JOIN organisations.classification c ON c.organisation = o.id AND c.current
            LEFT JOIN organisations.area w ON w.code = o.ward_code
            WHERE o.deleted_at IS NULL AND o.merged_into IS NULL AND NOT o.pending_approval
            ORDER BY o.name, o.id""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    RegisterExport(javax.sql.DataSource dataSource, org.springframework.transaction.PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        // PostgreSQL streams rows through a cursor only inside a transaction and with a fetch size.
        this.jdbc.setFetchSize(1000);
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setReadOnly(true);
    }

    public void writeCsv(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get());
        eachRow(rs -> {
            try {
                for (String column : COLUMNS) {
                    csv.print(rs.getObject(column));
                }
                csv.println();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        csv.flush();
    }

    public void writeXlsx(OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet("Register");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(COLUMNS.get(i));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int[] rowNumber = {1};
            eachRow(rs -> {
                Row row = sheet.createRow(rowNumber[0]++);
                for (int i = 0; i < COLUMNS.size(); i++) {
                    Object value = rs.getObject(COLUMNS.get(i));
                    if (value instanceof Number number) {
                        row.createCell(i).setCellValue(number.doubleValue());
                    } else if (value instanceof Boolean flag) {
                        row.createCell(i).setCellValue(flag);
                    } else if (value != null) {
                        row.createCell(i).setCellValue(String.valueOf(value));
                    }
                }
            });
            workbook.write(out);
        }
    }

    private void eachRow(SqlConsumer consumer) {
        transaction.executeWithoutResult(status -> jdbc.query(QUERY, rs -> {
            try {
                consumer.accept(rs);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    @FunctionalInterface
    private interface SqlConsumer {
        void accept(ResultSet rs) throws SQLException;
    }
}
