package org.thirdsectorhub.socialvalue.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.socialvalue.analysis.AnalysisDocument;
import org.thirdsectorhub.socialvalue.analysis.AnalysisDocument.InputEntry;
import org.thirdsectorhub.socialvalue.analysis.AnalysisDocument.OutcomeEntry;
import org.thirdsectorhub.socialvalue.engine.HistogramBin;
import org.thirdsectorhub.socialvalue.engine.InputKind;
import org.thirdsectorhub.socialvalue.engine.MonteCarloResult;
import org.thirdsectorhub.socialvalue.engine.OutcomeParameter;
import org.thirdsectorhub.socialvalue.engine.SroiResult;

/**
 * The analysis as a workbook an assurer can follow: the impact map and inputs as entered, and the
 * calculation as live formulas (impact, yearly values with drop-off, discounting, totals, ratio and
 * payback), so changing an assumption recalculates the ratio. Sensitivity and simulation results, which
 * a spreadsheet cannot reproduce, are given as values.
 */
@Component
public class ResultsWorkbook {

    public byte[] render(ResultsReport report, String ownerName) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            AnalysisDocument doc = report.analysis().document();
            Sheet summary = book.createSheet("Summary");
            Sheet inputs = book.createSheet("Inputs");
            Sheet map = book.createSheet("Impact map");
            Sheet calculation = book.createSheet("Calculation");

            // Summary: settings first, so formulas elsewhere can refer to the discount rate.
            set(summary, 0, 0, report.analysis().title(), styles.title);
            set(summary, 1, 0, report.analysis().kind().name().toLowerCase() + " SROI analysis, " + ownerName + ", version "
                    + report.analysis().version(), null);
            set(summary, 3, 0, "Discount rate", styles.bold);
            number(summary, 3, 1, doc.discountRate(), styles.percent);
            set(summary, 4, 0, "Price year", styles.bold);
            number(summary, 4, 1, doc.priceYear() == null ? null : BigDecimal.valueOf(doc.priceYear()), null);
            String rate = "Summary!$B$4";

            // Inputs: value = amount, or hours × rate for volunteer time; PV = value ÷ (1 + r)^year.
            header(inputs, styles, "Description", "Stakeholder", "Kind", "Year", "Amount (£)", "Hours", "Hourly rate (£)",
                    "Rate source", "Value (£)", "Discount factor", "Present value (£)");
            int row = 1;
            for (InputEntry input : doc.inputs()) {
                int r = row + 1;
                set(inputs, row, 0, input.description(), null);
                set(inputs, row, 1, input.stakeholder(), null);
                set(inputs, row, 2, input.kind() == InputKind.VOLUNTEER_TIME ? "Volunteer time"
                        : input.kind() == InputKind.IN_KIND ? "In kind" : "Money", null);
                number(inputs, row, 3, BigDecimal.valueOf(input.year()), null);
                number(inputs, row, 4, input.amount(), styles.money);
                number(inputs, row, 5, input.hours(), null);
                number(inputs, row, 6, input.hourlyRate(), styles.money);
                set(inputs, row, 7, input.rateSource(), null);
                formula(inputs, row, 8, "IF(C" + r + "=\"Volunteer time\",F" + r + "*G" + r + ",E" + r + ")", styles.money);
                formula(inputs, row, 9, "1/(1+" + rate + ")^D" + r, styles.factor);
                formula(inputs, row, 10, "I" + r + "*J" + r, styles.money);
                row++;
            }
            set(inputs, row, 0, "Total", styles.bold);
            formula(inputs, row, 8, row == 1 ? "0" : "SUM(I2:I" + row + ")", styles.money);
            formula(inputs, row, 10, row == 1 ? "0" : "SUM(K2:K" + row + ")", styles.money);
            String investmentPv = "Inputs!$K$" + (row + 1);

            // Impact map: impact in the outcome's first year = quantity × proxy × (1−DW) × (1−DS) × (1−AT).
            header(map, styles, "Outcome", "Stakeholder", "Indicator", "Quantity", "Proxy value (£)", "Proxy unit",
                    "Proxy source", "Deadweight", "Displacement", "Attribution", "Drop-off", "Duration (years)",
                    "Start year", "Impact in first year (£)", "Evidence: quantity", "Evidence: proxy",
                    "Evidence: deadweight", "Evidence: attribution");
            List<OutcomeEntry> outcomes = doc.outcomes();
            for (int i = 0; i < outcomes.size(); i++) {
                OutcomeEntry o = outcomes.get(i);
                int r = i + 2;
                int x = i + 1;
                set(map, x, 0, o.name(), null);
                set(map, x, 1, o.stakeholder(), null);
                set(map, x, 2, o.indicator(), null);
                number(map, x, 3, o.quantity(), null);
                number(map, x, 4, o.proxyValue(), styles.money);
                set(map, x, 5, o.proxyUnit(), null);
                set(map, x, 6, o.proxySource(), null);
                number(map, x, 7, o.deadweight(), styles.percent);
                number(map, x, 8, o.displacement(), styles.percent);
                number(map, x, 9, o.attribution(), styles.percent);
                number(map, x, 10, o.dropOff(), styles.percent);
                number(map, x, 11, BigDecimal.valueOf(o.durationYears()), null);
                number(map, x, 12, BigDecimal.valueOf(o.startYear()), null);
                formula(map, x, 13, "D" + r + "*E" + r + "*(1-H" + r + ")*(1-I" + r + ")*(1-J" + r + ")", styles.money);
                set(map, x, 14, grade(o, OutcomeParameter.QUANTITY), null);
                set(map, x, 15, grade(o, OutcomeParameter.PROXY_VALUE), null);
                set(map, x, 16, grade(o, OutcomeParameter.DEADWEIGHT), null);
                set(map, x, 17, grade(o, OutcomeParameter.ATTRIBUTION), null);
            }

            // Calculation: value in year t = impact × (1 − drop-off)^(t − start) while the outcome lasts.
            int lastYear = outcomes.stream().mapToInt(o -> o.startYear() + o.durationYears() - 1).max().orElse(1);
            Row years = calculation.createRow(0);
            cell(years, 0, "Outcome \\ year", styles.header);
            for (int t = 1; t <= lastYear; t++) {
                Cell c = years.createCell(t);
                c.setCellValue(t);
                c.setCellStyle(styles.header);
            }
            for (int i = 0; i < outcomes.size(); i++) {
                int mapRow = i + 2;
                Row line = calculation.createRow(i + 1);
                line.createCell(0).setCellFormula("'Impact map'!A" + mapRow);
                for (int t = 1; t <= lastYear; t++) {
                    String col = CellReference.convertNumToColString(t);
                    Cell c = line.createCell(t);
                    c.setCellFormula("IF(AND(" + col + "$1>='Impact map'!$M" + mapRow + "," + col + "$1<'Impact map'!$M" + mapRow
                            + "+'Impact map'!$L" + mapRow + "),'Impact map'!$N" + mapRow + "*(1-'Impact map'!$K" + mapRow
                            + ")^(" + col + "$1-'Impact map'!$M" + mapRow + "),0)");
                    c.setCellStyle(styles.money);
                }
            }
            int totalRow = outcomes.size() + 1;
            int factorRow = totalRow + 1;
            int pvRow = totalRow + 2;
            Row total = calculation.createRow(totalRow);
            Row factor = calculation.createRow(factorRow);
            Row pv = calculation.createRow(pvRow);
            cell(total, 0, "Total value in year", styles.bold);
            cell(factor, 0, "Discount factor 1/(1+r)^t", styles.bold);
            cell(pv, 0, "Present value", styles.bold);
            for (int t = 1; t <= lastYear; t++) {
                String col = CellReference.convertNumToColString(t);
                total.createCell(t).setCellFormula(outcomes.isEmpty() ? "0" : "SUM(" + col + "2:" + col + (outcomes.size() + 1) + ")");
                total.getCell(t).setCellStyle(styles.money);
                factor.createCell(t).setCellFormula("1/(1+" + rate + ")^" + col + "$1");
                factor.getCell(t).setCellStyle(styles.factor);
                pv.createCell(t).setCellFormula(col + (totalRow + 1) + "*" + col + (factorRow + 1));
                pv.getCell(t).setCellStyle(styles.money);
            }
            String lastCol = CellReference.convertNumToColString(lastYear);
            String totalPv = "SUM(Calculation!B" + (pvRow + 1) + ":" + lastCol + (pvRow + 1) + ")";
            String yearOne = "Calculation!B" + (totalRow + 1);

            set(summary, 6, 0, "Figure", styles.header);
            set(summary, 6, 1, "Value", styles.header);
            set(summary, 6, 2, "How it is calculated", styles.header);
            figure(summary, 7, "Total present value (£)", totalPv, styles.money, "Sum of the present values on the Calculation sheet");
            figure(summary, 8, "Present value of the investment (£)", investmentPv, styles.money, "Total of the Inputs sheet, each discounted by its year");
            figure(summary, 9, "Net present value (£)", "B8-B9", styles.money, "Total present value − investment");
            figure(summary, 10, "SROI ratio", "B8/B9", styles.ratio, "Total present value ÷ investment (£ of value for each £1)");
            figure(summary, 11, "Net SROI ratio", "B10/B9", styles.ratio, "Net present value ÷ investment");
            figure(summary, 12, "Payback (months)", "IF(" + yearOne + "=0,\"none\",B9/(" + yearOne + "/12))", styles.ratio,
                    "Investment ÷ (undiscounted value in year 1 ÷ 12)");
            set(summary, 14, 0, "The hub's engine gave a ratio of", null);
            number(summary, 14, 1, report.result().ratio(), styles.ratio);
            set(summary, 14, 2, "for comparison with the formula above", null);

            sensitivity(book.createSheet("Sensitivity"), report, styles);
            simulation(book.createSheet("Monte Carlo"), report.result(), styles);

            for (Sheet sheet : List.of(summary, inputs, map, calculation)) {
                for (int c = 0; c < 14; c++) {
                    sheet.setColumnWidth(c, c == 0 ? 40 * 256 : 16 * 256);
                }
            }
            summary.setColumnWidth(2, 60 * 256);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(book);
            book.setForceFormulaRecalculation(true);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sensitivity(Sheet sheet, ResultsReport report, Styles styles) {
        header(sheet, styles, "Assumption", "Low value", "High value", "Ratio at low", "Ratio at high", "Break-even value",
                "Swing", "Evidence");
        int row = 1;
        for (ResultsReport.TornadoBar bar : report.tornado()) {
            set(sheet, row, 0, bar.label(), null);
            number(sheet, row, 1, bar.low(), null);
            number(sheet, row, 2, bar.high(), null);
            number(sheet, row, 3, bar.ratioAtLow(), styles.ratio);
            number(sheet, row, 4, bar.ratioAtHigh(), styles.ratio);
            if (bar.breakEven() == null) {
                set(sheet, row, 5, "none in the valid range", null);
            } else {
                number(sheet, row, 5, bar.breakEven(), null);
            }
            number(sheet, row, 6, bar.swing(), styles.ratio);
            set(sheet, row, 7, bar.grade() == null ? "" : bar.grade().name().toLowerCase(), null);
            row++;
        }
        sheet.setColumnWidth(0, 50 * 256);
    }

    private static void simulation(Sheet sheet, SroiResult result, Styles styles) {
        MonteCarloResult mc = result.monteCarlo();
        if (mc == null) {
            set(sheet, 0, 0, "No simulation was run", null);
            return;
        }
        set(sheet, 0, 0, "Iterations", styles.bold);
        number(sheet, 0, 1, BigDecimal.valueOf(mc.iterations()), null);
        set(sheet, 1, 0, "Seed", styles.bold);
        number(sheet, 1, 1, BigDecimal.valueOf(mc.seed()), null);
        set(sheet, 2, 0, "Probability that the ratio is at least 1", styles.bold);
        number(sheet, 2, 1, mc.probabilityRatioAtLeastOne(), styles.percent);
        header(sheet, 4, styles, "Statistic", "Ratio", "Total present value (£)");
        String[] names = {"Mean", "5th percentile", "10th percentile", "Median", "90th percentile", "95th percentile"};
        BigDecimal[] ratios = {mc.ratio().mean(), mc.ratio().p5(), mc.ratio().p10(), mc.ratio().p50(), mc.ratio().p90(), mc.ratio().p95()};
        var t = mc.totalPresentValue();
        BigDecimal[] values = {t.mean(), t.p5(), t.p10(), t.p50(), t.p90(), t.p95()};
        for (int i = 0; i < names.length; i++) {
            set(sheet, 5 + i, 0, names[i], null);
            number(sheet, 5 + i, 1, ratios[i], styles.ratio);
            number(sheet, 5 + i, 2, values[i], styles.money);
        }
        header(sheet, 12, styles, "Ratio from", "Ratio to", "Scenarios");
        int row = 13;
        for (HistogramBin bin : mc.histogram()) {
            number(sheet, row, 0, bin.from(), styles.ratio);
            number(sheet, row, 1, bin.to(), styles.ratio);
            number(sheet, row, 2, BigDecimal.valueOf(bin.count()), null);
            row++;
        }
        sheet.setColumnWidth(0, 40 * 256);
        sheet.setColumnWidth(2, 24 * 256);
    }

    private static String grade(OutcomeEntry outcome, OutcomeParameter parameter) {
        var grade = outcome.evidenceFor(parameter.fieldName());
        return grade == null ? "" : grade.name().toLowerCase();
    }

    private static void figure(Sheet sheet, int row, String label, String formula, CellStyle style, String how) {
        set(sheet, row, 0, label, null);
        formula(sheet, row, 1, formula, style);
        set(sheet, row, 2, how, null);
    }

    private static void header(Sheet sheet, Styles styles, String... titles) {
        header(sheet, 0, styles, titles);
    }

    private static void header(Sheet sheet, int row, Styles styles, String... titles) {
        for (int i = 0; i < titles.length; i++) {
            set(sheet, row, i, titles[i], styles.header);
        }
    }

    private static Row row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }

    private static void set(Sheet sheet, int r, int c, String value, CellStyle style) {
        cell(row(sheet, r), c, value, style);
    }

    private static void cell(Row row, int c, String value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value == null ? "" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Sheet sheet, int r, int c, BigDecimal value, CellStyle style) {
        Cell cell = row(sheet, r).createCell(c);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void formula(Sheet sheet, int r, int c, String formula, CellStyle style) {
        Cell cell = row(sheet, r).createCell(c);
        cell.setCellFormula(formula);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle bold;
        final CellStyle header;
        final CellStyle money;
        final CellStyle percent;
        final CellStyle ratio;
        final CellStyle factor;

        Styles(XSSFWorkbook book) {
            Font boldFont = book.createFont();
            boldFont.setBold(true);
            Font titleFont = book.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 16);
            title = book.createCellStyle();
            title.setFont(titleFont);
            bold = book.createCellStyle();
            bold.setFont(boldFont);
            header = book.createCellStyle();
            header.setFont(boldFont);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            var format = book.createDataFormat();
            money = book.createCellStyle();
            money.setDataFormat(format.getFormat("#,##0.00"));
            percent = book.createCellStyle();
            percent.setDataFormat(format.getFormat("0.0%"));
            ratio = book.createCellStyle();
            ratio.setDataFormat(format.getFormat("0.00"));
            factor = book.createCellStyle();
            factor.setDataFormat(format.getFormat("0.000000"));
        }
    }
}
