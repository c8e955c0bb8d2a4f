package org.thirdsectorhub.socialvalue.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thirdsectorhub.socialvalue.analysis.AnalysisDocument;
import org.thirdsectorhub.socialvalue.engine.HistogramBin;
import org.thirdsectorhub.socialvalue.engine.MonteCarloResult;
import org.thirdsectorhub.socialvalue.engine.OutcomeResult;
import org.thirdsectorhub.socialvalue.engine.StakeholderResult;
import org.thirdsectorhub.socialvalue.engine.YearValue;

/**
 * A board-ready PDF: the ratio in words, the headline figures, value by stakeholder and year, the
 * impact map, the assumptions the ratio is most sensitive to, the simulation, and the principles check.
 * Bars are drawn as table cells so the report needs no chart library and prints in black and white.
 */
@Component
public class PdfReport {

    private static final Color GOVUK_BLUE = new Color(0x1d, 0x70, 0xb8);
    private static final Color LIGHT = new Color(0xf3, 0xf2, 0xf1);
    private static final Font TITLE = new Font(Font.HELVETICA, 20, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 14, Font.BOLD);
    private static final Font LEAD = new Font(Font.HELVETICA, 16, Font.BOLD, GOVUK_BLUE);
    private static final Font BODY = new Font(Font.HELVETICA, 10);
    private static final Font SMALL = new Font(Font.HELVETICA, 8);
    private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);

    private final MessageSource messages;

    PdfReport(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] render(ResultsReport report, String ownerName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(pdf, out);
        pdf.addTitle(report.analysis().title() + " – SROI report");
        pdf.addSubject("Social return on investment");
        pdf.addCreator("Third Sector Hub");
        pdf.open();
        var analysis = report.analysis();
        var result = report.result();
        AnalysisDocument doc = analysis.document();

        pdf.add(new Paragraph(analysis.title(), TITLE));
        pdf.add(new Paragraph(msg("sroi.kind." + analysis.kind().name()) + " SROI analysis · " + ownerName + " · version "
                + analysis.version() + " · " + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
                .format(analysis.updatedAt().atZone(ZoneId.of("Europe/London"))), SMALL));
        if (!doc.description().isBlank()) {
            pdf.add(spaced(new Paragraph(doc.description(), BODY)));
        }
        pdf.add(spaced(new Paragraph(ratioInWords(report), LEAD)));

        heading(pdf, "Headline figures");
        PdfPTable figures = table(new float[] {3, 2});
        row(figures, "Total present value of outcomes", Figures.pounds(result.totalPresentValue()));
        row(figures, "Present value of the investment", Figures.pounds(result.investmentPresentValue()));
        row(figures, "Net present value", Figures.pounds(result.netPresentValue()));
        row(figures, "SROI ratio", Figures.ratio(result.ratio()) + " : 1");
        row(figures, "Net SROI ratio", Figures.ratio(result.netRatio()) + " : 1");
        row(figures, "Payback period", Figures.months(result.paybackMonths()));
        row(figures, "Discount rate", Figures.percent(doc.discountRate()));
        row(figures, "Price year", String.valueOf(doc.priceYear()));
        pdf.add(figures);

        heading(pdf, "Value by stakeholder");
        PdfPTable stakeholders = table(new float[] {3, 2, 1, 3});
        header(stakeholders, "Stakeholder", "Present value", "Share", "");
        for (StakeholderResult s : result.stakeholders()) {
            cell(stakeholders, s.stakeholder());
            number(stakeholders, Figures.pounds(s.presentValue()));
            number(stakeholders, Figures.percent(s.share()));
            stakeholders.addCell(bar(s.share().doubleValue()));
        }
        pdf.add(stakeholders);

        heading(pdf, "Value by year");
        PdfPTable years = table(new float[] {1, 2, 2});
        header(years, "Year", "Value", "Present value");
        for (YearValue y : result.years()) {
            cell(years, String.valueOf(y.year()));
            number(years, Figures.pounds(y.value()));
            number(years, Figures.pounds(y.presentValue()));
        }
        pdf.add(years);

        heading(pdf, "Outcomes");
        PdfPTable outcomes = table(new float[] {3, 2, 2, 2});
        header(outcomes, "Outcome", "Stakeholder", "Impact in its first year", "Present value");
        for (OutcomeResult o : result.outcomes()) {
            cell(outcomes, o.name());
            cell(outcomes, o.stakeholder());
            number(outcomes, Figures.pounds(o.impactYear1()));
            number(outcomes, Figures.pounds(o.presentValue()));
        }
        pdf.add(outcomes);

        heading(pdf, "Impact map assumptions");
        PdfPTable map = table(new float[] {3, 1.2f, 1.5f, 1, 1, 1, 1, 1});
        header(map, "Outcome and proxy source", "Quantity", "Proxy value", "Dead-weight", "Displace-ment", "Attri-bution",
                "Drop-off", "Years");
        for (AnalysisDocument.OutcomeEntry o : doc.outcomes()) {
            PdfPCell name = new PdfPCell();
            name.addElement(new Phrase(o.name(), BOLD));
            name.addElement(new Phrase(o.proxySource() == null ? "" : o.proxySource(), SMALL));
            map.addCell(name);
            number(map, Figures.plain(o.quantity()));
            number(map, Figures.pence(o.proxyValue()));
            number(map, Figures.percent(o.deadweight()));
            number(map, Figures.percent(o.displacement()));
            number(map, Figures.percent(o.attribution()));
            number(map, Figures.percent(o.dropOff()));
            number(map, o.durationYears() + (o.startYear() > 1 ? " from year " + o.startYear() : ""));
        }
        pdf.add(map);

        heading(pdf, "What the ratio is most sensitive to");
        Paragraph explained = new Paragraph("Each assumption moved to a low and a high value, all others held; break-even "
                + "is the value at which the ratio would fall to 1.", SMALL);
        explained.setSpacingAfter(6);
        pdf.add(explained);
        PdfPTable tornado = table(new float[] {4, 2, 2, 2});
        header(tornado, "Assumption", "Ratio at low", "Ratio at high", "Break-even");
        report.tornado().stream().limit(10).forEach(bar -> {
            cell(tornado, bar.label() + (bar.grade() == null ? "" : " (" + bar.grade().name().toLowerCase() + " evidence)"));
            number(tornado, Figures.ratio(bar.ratioAtLow()));
            number(tornado, Figures.ratio(bar.ratioAtHigh()));
            number(tornado, bar.breakEven() == null ? "none in range"
                    : bar.fraction() ? Figures.percent(bar.breakEven()) : Figures.plain(bar.breakEven()));
        });
        pdf.add(tornado);

        if (!report.weakEvidence().isEmpty() || !report.widestSwings().isEmpty()) {
            heading(pdf, "Weakest assumptions");
            com.lowagie.text.List list = new com.lowagie.text.List(false, 10);
            report.weakEvidence().forEach(w -> list.add(new com.lowagie.text.ListItem(
                    w.assumption() + " of \u201c" + w.outcome() + "\u201d rests on weak evidence", BODY)));
            report.widestSwings().forEach(b -> list.add(new com.lowagie.text.ListItem(
                    b.label() + " moves the ratio between " + Figures.ratio(b.ratioAtLow()) + " and "
                            + Figures.ratio(b.ratioAtHigh()), BODY)));
            pdf.add(list);
        }

        MonteCarloResult mc = result.monteCarlo();
        if (mc != null) {
            heading(pdf, "How certain is the ratio?");
            pdf.add(new Paragraph("In " + String.format(Locale.UK, "%,d", mc.iterations())
                    + " simulated scenarios the ratio was at least 1 in " + Figures.percent(mc.probabilityRatioAtLeastOne())
                    + " of them. Half the scenarios gave a ratio below " + Figures.ratio(mc.ratio().p50()) + "; 90% lay between "
                    + Figures.ratio(mc.ratio().p5()) + " and " + Figures.ratio(mc.ratio().p95()) + ".", BODY));
            PdfPTable histogram = table(new float[] {2, 1, 4});
            header(histogram, "Ratio", "Scenarios", "");
            int largest = Math.max(1, report.largestBin());
            for (HistogramBin bin : mc.histogram()) {
                cell(histogram, Figures.ratio(bin.from()) + " to " + Figures.ratio(bin.to()));
                number(histogram, String.valueOf(bin.count()));
                histogram.addCell(bar((double) bin.count() / largest));
            }
            pdf.add(histogram);
        }

        heading(pdf, "Check against the seven principles of SROI");
        PdfPTable principles = table(new float[] {3, 1.5f, 5});
        header(principles, "Principle", "Status", "Analyst's notes");
        for (ResultsReport.PrincipleCheck check : report.principles()) {
            cell(principles, msg(check.principle().messageKey()));
            cell(principles, check.status() == null ? "Not assessed" : msg("sroi.principleStatus." + check.status().name()));
            String note = check.note() == null ? "" : check.note();
            if (check.hintKey() != null) {
                note = (note.isBlank() ? "" : note + "\n") + "Hub check: " + msg(check.hintKey());
            }
            cell(principles, note);
        }
        pdf.add(principles);
        pdf.add(spaced(new Paragraph("Figures are rounded for display; the XLSX export has the unrounded calculation. "
                + "Present values are discounted at " + Figures.percent(doc.discountRate()) + " a year from year 1; the "
                + "investment in year 0 is not discounted.", SMALL)));
        pdf.close();
        return out.toByteArray();
    }

    static String ratioInWords(ResultsReport report) {
        return "£" + Figures.ratio(report.result().ratio()) + " of social value for every £1 invested";
    }

    private String msg(String key) {
        return messages.getMessage(key, null, key, Locale.UK);
    }

    private static Paragraph spaced(Paragraph paragraph) {
        paragraph.setSpacingBefore(8);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    private static void heading(Document pdf, String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        pdf.add(heading);
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        return table;
    }

    private static void header(PdfPTable table, String... titles) {
        for (String title : titles) {
            PdfPCell cell = new PdfPCell(new Phrase(title, BOLD));
            cell.setBackgroundColor(LIGHT);
            table.addCell(cell);
        }
    }

    private static void row(PdfPTable table, String label, String value) {
        cell(table, label);
        number(table, value);
    }

    private static void cell(PdfPTable table, String text) {
        table.addCell(new PdfPCell(new Phrase(text == null ? "" : text, BODY)));
    }

    private static void number(PdfPTable table, String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, BODY));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(cell);
    }

    private static PdfPCell bar(double share) {
        PdfPTable inner = new PdfPTable(new float[] {(float) Math.max(share, 0.001), (float) Math.max(1 - share, 0.001)});
        inner.setWidthPercentage(100);
        PdfPCell filled = new PdfPCell(new Phrase(new Chunk(" ", SMALL)));
        filled.setBackgroundColor(GOVUK_BLUE);
        filled.setBorder(0);
        PdfPCell empty = new PdfPCell(new Phrase(new Chunk(" ", SMALL)));
        empty.setBorder(0);
        inner.addCell(filled);
        inner.addCell(empty);
        PdfPCell cell = new PdfPCell(inner);
        cell.setPadding(3);
        return cell;
    }

}
