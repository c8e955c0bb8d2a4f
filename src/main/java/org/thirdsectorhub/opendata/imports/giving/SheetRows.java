package org.thirdsectorhub.opendata.imports.giving;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.thirdsectorhub.opendata.imports.InputFiles;
import org.thirdsectorhub.opendata.imports.UnreadableFile;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The rows of a flattened 360Giving spreadsheet, one at a time: CSV through a decoding reader, XLSX (first
 * sheet) through POI's SAX reader so a large sheet is never held in memory. XLSX cells come as their values,
 * not as Excel shows them: dates as ISO dates, numbers without currency signs or separators.
 */
final class SheetRows {

    interface RowHandler {
        void row(long line, List<String> cells);
    }

    private SheetRows() {}

    static void csv(Path file, String fileName, RowHandler handler) {
        try (BufferedReader reader = InputFiles.open(file, fileName)) {
            for (CSVRecord record : CSVFormat.DEFAULT.builder().get().parse(reader)) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                handler.row(record.getRecordNumber(), cells);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new UnreadableFile(fileName + " could not be read as CSV: " + e.getMessage(), e);
        }
    }

    static void xlsx(Path file, String fileName, RowHandler handler) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableFile(fileName + " has no sheets.");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                        new ReadOnlySharedStringsTable(pkg), new Handler(handler), new ValueFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (NotOfficeXmlFileException e) {
            throw new UnreadableFile(fileName + " is not an XLSX spreadsheet.", e);
        } catch (IOException | OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException
                | org.apache.poi.ooxml.POIXMLException e) {
            throw new UnreadableFile(fileName + " could not be read as an XLSX spreadsheet: " + e.getMessage(), e);
        }
    }

    /** Dates as ISO dates (or date-times when there is a time of day) and numbers as plain numbers. */
    static final class ValueFormatter extends DataFormatter {

        ValueFormatter() {
            super(Locale.UK);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime at = DateUtil.getLocalDateTime(value, use1904, true);
                return at.toLocalTime().toSecondOfDay() == 0 ? at.toLocalDate().toString()
                        : at.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            }
            BigDecimal number = new BigDecimal(Double.toString(value)).stripTrailingZeros();
            return number.scale() < 0 ? number.setScale(0).toPlainString() : number.toPlainString();
        }
    }

    private static final class Handler implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowHandler rows;
        private List<String> cells;

        Handler(RowHandler rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            rows.row((long) rowNum + 1, cells);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }
}
