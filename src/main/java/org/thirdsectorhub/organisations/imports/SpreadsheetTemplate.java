package org.thirdsectorhub.organisations.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The spreadsheet for groups on no register: one row per organisation, these columns (any order, header
 * names not case-sensitive). Only name and legal_form are required.
 */
public final class SpreadsheetTemplate {

    /** Column name and what goes in it. */
    public record Column(String name, boolean required, String help, String example) {}

    public static final List<Column> COLUMNS = List.of(
            new Column("name", true, "The organisation's name", "Fishermead Friday Lunch Club"),
            new Column("legal_form", true, "One of: unincorporated association, charitable trust, CIO, charitable company, "
                    + "CIC, company limited by guarantee, co-operative society, community benefit society, friendly "
                    + "society, excepted charity, exempt charity, other", "unincorporated association"),
            new Column("description", false, "What it does, in a sentence or two",
                    "A weekly hot lunch and company for older neighbours."),
            new Column("social_purpose", false, "Its social, community or environmental purpose",
                    "Reducing loneliness among older people"),
            new Column("address", false, "Street address", "Fishermead Community Centre, Fishermead Boulevard"),
            new Column("town", false, "Town", "Milton Keynes"),
            new Column("postcode", false, "A UK postcode", "MK6 2LP"),
            new Column("ward", false, "Ward name or GSS code (E05…)", "Woughton & Fishermead"),
            new Column("email", false, "A contact email address", "lunchclub@example.org"),
            new Column("website", false, "Web address", "https://example.org/lunch-club"),
            new Column("phone", false, "Telephone number", "01908 000000"),
            new Column("charity_number", false, "Charity Commission number, if registered", ""),
            new Column("company_number", false, "Companies House number, if incorporated", ""),
            new Column("purposes", false, "Charity Commission classification codes (101 to 310), separated by ;",
                    "105; 202; 306"),
            new Column("tags", false, "Local tags, separated by ;", "older people; food"),
            new Column("staff", false, "Number of paid staff", "0"),
            new Column("volunteers", false, "Number of volunteers", "12"),
            new Column("income", false, "Latest annual income in pounds", "3500"),
            new Column("founded", false, "Year founded (or a date, yyyy-mm-dd)", "2015"));

    private SpreadsheetTemplate() {}

    public static void writeCsv(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT);
        csv.printRecord(COLUMNS.stream().map(Column::name).toList());
        csv.printRecord(COLUMNS.stream().map(Column::example).toList());
        csv.flush();
    }

    public static void writeXlsx(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Organisations");
            Row header = sheet.createRow(0);
            Row example = sheet.createRow(1);
            for (int i = 0; i < COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(COLUMNS.get(i).name());
                example.createCell(i).setCellValue(COLUMNS.get(i).example());
            }
            Sheet help = workbook.createSheet("Help");
            for (int i = 0; i < COLUMNS.size(); i++) {
                Row row = help.createRow(i);
                row.createCell(0).setCellValue(COLUMNS.get(i).name());
                row.createCell(1).setCellValue(COLUMNS.get(i).required() ? "required" : "optional");
                row.createCell(2).setCellValue(COLUMNS.get(i).help());
            }
            workbook.write(out);
        }
    }
}
