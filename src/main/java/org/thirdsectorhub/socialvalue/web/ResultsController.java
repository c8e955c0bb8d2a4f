package org.thirdsectorhub.socialvalue.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.thirdsectorhub.identity.HubUser;
import org.thirdsectorhub.socialvalue.analysis.Analyses;
import org.thirdsectorhub.socialvalue.analysis.Analysis;
import org.thirdsectorhub.socialvalue.analysis.AnalysisCalculation;
import org.thirdsectorhub.socialvalue.engine.SroiValidationException;
import org.thirdsectorhub.socialvalue.report.PdfReport;
import org.thirdsectorhub.socialvalue.report.ResultsReport;
import org.thirdsectorhub.socialvalue.report.ResultsWorkbook;

/** The results page a board member can read, and the PDF and XLSX exports. */
@Controller
class ResultsController {

    private final Analyses analyses;
    private final AnalysisCalculation calculation;
    private final OwnerNames owners;
    private final PdfReport pdf;
    private final ResultsWorkbook workbook;

    ResultsController(Analyses analyses, AnalysisCalculation calculation, OwnerNames owners, PdfReport pdf,
            ResultsWorkbook workbook) {
        this.analyses = analyses;
        this.calculation = calculation;
        this.owners = owners;
        this.pdf = pdf;
        this.workbook = workbook;
    }

    @GetMapping("/social-value/analyses/{id}/results")
    String results(@AuthenticationPrincipal HubUser user, @PathVariable UUID id, Model model) {
        Analysis analysis = analyses.get(user, id);
        model.addAttribute("analysis", analysis);
        model.addAttribute("ownerName", owners.nameOf(analysis.owner()));
        try {
            model.addAttribute("report", ResultsReport.of(analysis, calculation.calculate(analysis.document())));
        } catch (SroiValidationException e) {
            model.addAttribute("problems", e.errors());
        }
        model.addAttribute("iterations", AnalysisCalculation.ITERATIONS);
        model.addAttribute("seed", AnalysisCalculation.SEED);
        return "socialvalue/results";
    }

    @GetMapping("/social-value/analyses/{id}/report.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal HubUser user, @PathVariable UUID id) {
        Analysis analysis = analyses.get(user, id);
        ResultsReport report = report(analysis);
        if (report == null) {
            return backToResults(id);
        }
        return download(pdf.render(report, owners.nameOf(analysis.owner())), MediaType.APPLICATION_PDF, analysis, "pdf");
    }

    @GetMapping("/social-value/analyses/{id}/workbook.xlsx")
    ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal HubUser user, @PathVariable UUID id) {
        Analysis analysis = analyses.get(user, id);
        ResultsReport report = report(analysis);
        if (report == null) {
            return backToResults(id);
        }
        return download(workbook.render(report, owners.nameOf(analysis.owner())),
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), analysis, "xlsx");
    }

    /** The report, or null when the analysis is not complete enough to calculate. */
    private ResultsReport report(Analysis analysis) {
        try {
            return ResultsReport.of(analysis, calculation.calculate(analysis.document()));
        } catch (SroiValidationException e) {
            return null;
        }
    }

    private static ResponseEntity<byte[]> backToResults(UUID id) {
        return ResponseEntity.status(303).location(java.net.URI.create("/social-value/analyses/" + id + "/results")).build();
    }

    private static ResponseEntity<byte[]> download(byte[] content, MediaType type, Analysis analysis, String extension) {
        String name = analysis.title().replaceAll("[^A-Za-z0-9 _-]", "").strip().replace(' ', '-');
        if (name.isEmpty()) {
            name = "sroi-analysis";
        }
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + "-v" + analysis.version() + "." + extension, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
