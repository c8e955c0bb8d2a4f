package org.thirdsectorhub.socialvalue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.identity.Role;
import org.thirdsectorhub.socialvalue.analysis.Analyses;
import org.thirdsectorhub.socialvalue.analysis.Analysis;
import org.thirdsectorhub.socialvalue.analysis.AnalysisCalculation;
import org.thirdsectorhub.socialvalue.engine.SroiResult;
import org.thirdsectorhub.support.HubIntegrationTest;
import org.thirdsectorhub.support.TestAccounts;

@HubIntegrationTest
class ExportTest {

    static final UUID DEMO_ORGANISATION = UUID.fromString("5b0c3f7e-2d7a-4c1e-9f4b-6a1d2e3c4b5a");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Analyses analyses;

    @Autowired
    AnalysisCalculation calculation;

    @Test
    void thePdfReportStatesTheFiguresInWords() throws Exception {
        HubUser member = accounts.create(Role.ORGANISATION_MEMBER, DEMO_ORGANISATION).toPrincipal(Instant.now());
        Analysis befriending = demo(member, "Befriending");
        SroiResult result = calculation.calculate(befriending.document());
        MvcResult response = mvc.perform(get("/social-value/analyses/" + befriending.id() + "/report.pdf").with(user(member)))
                .andReturn();
        assertThat(response.getResponse().getStatus()).isEqualTo(200);
        assertThat(response.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(response.getResponse().getHeader("Content-Disposition")).contains("attachment", ".pdf");
        String text;
        try (var pdf = Loader.loadPDF(response.getResponse().getContentAsByteArray())) {
            text = new PDFTextStripper().getText(pdf);
        }
        String ratio = result.ratio().setScale(2, RoundingMode.HALF_UP).toPlainString();
        assertThat(text).contains(befriending.title(), "£" + ratio + " of social value for every £1 invested",
                "Reduced loneliness", "Older people living alone", "Check against the seven principles of SROI",
                "How certain is the ratio?", "Weakest assumptions");
        assertThat(text).contains(String.format("£%,d", result.totalPresentValue().setScale(0, RoundingMode.HALF_UP).longValueExact()));
    }

    @Test
    void theWorkbookRecalculatesTheRatioWithLiveFormulas() throws Exception {
        HubUser member = accounts.create(Role.ORGANISATION_MEMBER, DEMO_ORGANISATION).toPrincipal(Instant.now());
        for (String title : new String[] {"Befriending", "Youth", "Social prescribing"}) {
            Analysis analysis = demo(member, title);
            SroiResult result = calculation.figures(analysis.document());
            MvcResult response = mvc.perform(get("/social-value/analyses/" + analysis.id() + "/workbook.xlsx").with(user(member)))
                    .andReturn();
            assertThat(response.getResponse().getStatus()).isEqualTo(200);
            try (var book = new XSSFWorkbook(new ByteArrayInputStream(response.getResponse().getContentAsByteArray()))) {
                Sheet summary = book.getSheet("Summary");
                assertThat(summary.getRow(10).getCell(1).getCellFormula()).isEqualTo("B8/B9");
                // Clear the cached values and recalculate every formula from the inputs and the impact map.
                XSSFFormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
                evaluator.clearAllCachedResultValues();
                XSSFFormulaEvaluator.evaluateAllFormulaCells(book);
                double tolerance = 1e-9 * result.totalPresentValue().doubleValue();
                assertThat(summary.getRow(7).getCell(1).getNumericCellValue()).as(title + " total PV")
                        .isCloseTo(result.totalPresentValue().doubleValue(), within(tolerance));
                assertThat(summary.getRow(8).getCell(1).getNumericCellValue()).as(title + " investment")
                        .isCloseTo(result.investmentPresentValue().doubleValue(), within(1e-6));
                assertThat(summary.getRow(10).getCell(1).getNumericCellValue()).as(title + " ratio")
                        .isCloseTo(result.ratio().doubleValue(), within(1e-9));
                assertThat(summary.getRow(11).getCell(1).getNumericCellValue()).as(title + " net ratio")
                        .isCloseTo(result.netRatio().doubleValue(), within(1e-9));
                if (result.paybackMonths() != null) {
                    assertThat(summary.getRow(12).getCell(1).getNumericCellValue()).as(title + " payback")
                            .isCloseTo(result.paybackMonths().doubleValue(), within(1e-6));
                }
                assertThat(book.getSheet("Impact map").getRow(1).getCell(0).getStringCellValue())
                        .isEqualTo(analysis.document().outcomes().get(0).name());
                assertThat(book.getSheet("Sensitivity").getPhysicalNumberOfRows()).isGreaterThan(5);
                assertThat(book.getSheet("Monte Carlo").getRow(0).getCell(1).getNumericCellValue()).isEqualTo(10000);
            }
        }
    }

    @Test
    void anIncompleteAnalysisSendsPeopleBackToItsResultsPage() throws Exception {
        UUID organisation = UUID.randomUUID();
        HubUser member = accounts.create(Role.ORGANISATION_MEMBER, organisation).toPrincipal(Instant.now());
        Analysis empty = analyses.create(member, "Empty", org.thirdsectorhub.socialvalue.AnalysisKind.FORECAST,
                org.thirdsectorhub.socialvalue.AnalysisOwner.organisation(organisation),
                org.thirdsectorhub.socialvalue.analysis.AnalysisDocument.empty("", 2024));
        MvcResult pdf = mvc.perform(get("/social-value/analyses/" + empty.id() + "/report.pdf").with(user(member))).andReturn();
        assertThat(pdf.getResponse().getStatus()).isEqualTo(303);
        MvcResult results = mvc.perform(get("/social-value/analyses/" + empty.id() + "/results").with(user(member))).andReturn();
        assertThat(results.getResponse().getStatus()).isEqualTo(200);
        assertThat(results.getResponse().getContentAsString()).contains("The analysis cannot be calculated yet");
    }

    private Analysis demo(HubUser member, String prefix) {
        return analyses.visibleTo(member).stream().filter(a -> a.title().startsWith(prefix)).findFirst().orElseThrow();
    }
}
